/**
 * A search box with the search icon, bound to a string: an input of type "search" (a searchbox
 * to assistive technology) unless it is to stay a plain textbox.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

export interface SearchInputProps extends Omit<
  TextInputProps,
  'value' | 'onChange' | 'leftSection'
> {
  /** Its visible label, which also names it. */
  label: string;
  /** The text searched for. */
  value: string;
  /** Called with the new text on every keystroke. */
  onChange: (value: string) => void;
  /** A plain textbox (no type="search"), as the template picker's has always been. */
  textbox?: boolean;
}

export function SearchInput({ value, onChange, textbox = false, ...rest }: SearchInputProps) {
  return (
    <TextInput
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      type={textbox ? undefined : 'search'}
      {...rest}
    />
  );
}
