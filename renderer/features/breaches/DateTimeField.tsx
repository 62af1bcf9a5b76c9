/**
 * An instant entered as a UK date (typed DD/MM/YYYY or picked) and a time typed on the 24-hour
 * clock whatever the system's locale, each with its own label and message; the pair carries the
 * record field's path, so a finding's link lands on it.
 */
import { Group, TextInput } from '@mantine/core';
import type { FocusEvent } from 'react';
import { DateField } from '../../components/DateField';
import { breachKit as kit } from './breach-fields';
import type { BreachForm, TimeField } from './breach-form';

/** "9:05", "0905" or "9.05" → "09:05"; anything else is left for validation to explain. */
export const tidyTime = (text: string): string => {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` : text.trim();
};

export interface DateTimeFieldProps {
  form: BreachForm;
  field: TimeField;
  required?: boolean;
}

export function DateTimeField({ form, field, required = false }: DateTimeFieldProps) {
  const date = kit.dateProps(form, `${field}.date`);
  const time = kit.fieldProps(form, `${field}.time`);
  const path = `${field}.time` as const;
  return (
    <Group align="flex-start" gap="md" wrap="wrap" data-path={field}>
      <DateField {...date} required={required} w={240} />
      <TextInput
        {...time}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          form.setFieldValue(path, tidyTime(event.currentTarget.value));
          time.onBlur?.(event);
        }}
        required={required}
        placeholder="HH:MM"
        inputMode="numeric"
        autoComplete="off"
        maxLength={5}
        w={200}
      />
    </Group>
  );
}
