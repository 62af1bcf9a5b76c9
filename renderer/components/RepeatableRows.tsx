/**
 * A form section holding one list field whose rows a person adds and removes (audiences, social
 * media accounts): the rows, a note while there are none, an add button, the list's own error,
 * and the "To confirm" badge on the title while the list is to confirm.
 */
import {
  ActionIcon,
  Button,
  Group,
  Stack,
  Text,
  type ActionIconProps,
  type MantineSpacing,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import { isToConfirm, type Confirmable } from './fieldPaths';
import { FormSection, type FormSectionProps } from './FormSection';

export interface RepeatableRowsProps<Item> extends Omit<FormSectionProps, 'flagged' | 'children'> {
  /** The record's form, for the list's "to confirm" flag and its error. */
  form: UseFormReturnType<Confirmable>;
  /** The list's path in the form: the summaries move the focus here. */
  path: string;
  /** The list's rows, as the form holds them. */
  items: readonly Item[];
  /** A key that stays with an item while rows are added and removed. */
  itemKey: (item: Item, index: number) => string;
  /** One row, with its own RemoveRowButton. */
  renderRow: (item: Item, index: number) => ReactNode;
  /** Shown while there are no rows. */
  empty: string;
  /** The space between rows. */
  gap: MantineSpacing;
  /** The add button's words, e.g. 'Add an audience'. */
  addLabel: string;
  /** Adds an empty row to the list in the form. */
  onAdd: () => void;
  /** The add button is disabled at this many rows. */
  max: number;
}

export function RepeatableRows<Item>(props: RepeatableRowsProps<Item>) {
  const { form, path, items, itemKey, renderRow, empty, gap, addLabel, onAdd, max } = props;
  const error = form.errors[path];
  return (
    <FormSection
      id={props.id}
      title={props.title}
      flagged={isToConfirm(form.values.toConfirm, path)}
      intro={props.intro}
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : null}
      <Stack gap={gap} data-path={path} tabIndex={-1}>
        {items.map((item, index) => (
          <Fragment key={itemKey(item, index)}>{renderRow(item, index)}</Fragment>
        ))}
      </Stack>
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={onAdd}
          disabled={items.length >= max}
        >
          {addLabel}
        </Button>
      </Group>
      {error ? (
        <Text size="sm" c="red.8">
          {error}
        </Text>
      ) : null}
    </FormSection>
  );
}

export interface RemoveRowButtonProps extends ActionIconProps {
  /** The row's name, in the button's accessible name "Remove …". */
  name: string;
  /** Removes the row (or explains why it cannot go). */
  onClick: () => void;
}

/** The bin button that removes one row. */
export function RemoveRowButton({ name, onClick, ...rest }: RemoveRowButtonProps) {
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      size="lg"
      aria-label={`Remove ${name}`}
      onClick={onClick}
      {...rest}
    >
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}
