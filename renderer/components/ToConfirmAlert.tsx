/**
 * The fields a person still has to check: each a link to the field with its own button to mark
 * it confirmed, and a way to clear them all. Confirming changes the form; saving records it.
 */
import { ActionIcon, Alert, Button, Group, Text, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCheck, IconChecklist } from '@tabler/icons-react';
import { FieldLink } from './FieldLink';
import type { Confirmable } from './fieldPaths';
import { readableAlert } from './readableAlert';
import classes from './ToConfirmAlert.module.css';

export interface ToConfirmAlertProps {
  /** The record's form: its toConfirm list is shown, and confirming a field changes it. */
  form: UseFormReturnType<Confirmable>;
  /** The field kit's labelFor, to name each field. */
  labelFor: (path: string) => string;
  /**
   * Where the unchecked answers came from, completing "These … and may not match what you
   * really do", e.g. 'came from a template or an import'.
   */
  origin: string;
}

interface ItemsProps {
  toConfirm: readonly string[];
  labelFor: (path: string) => string;
  onConfirm: (path: string) => void;
}

export function ToConfirmAlert({ form, labelFor, origin }: ToConfirmAlertProps) {
  const toConfirm = form.values.toConfirm;
  if (toConfirm.length === 0) return null;
  const onConfirm = (path: string) =>
    form.setFieldValue('toConfirm', (flags) => flags.filter((flag) => flag !== path));
  const items = { toConfirm, labelFor, onConfirm };
  return (
    <Alert
      color="yellow"
      variant="light"
      styles={readableAlert}
      icon={<IconChecklist aria-hidden />}
      title={`${toConfirm.length} ${toConfirm.length === 1 ? 'field' : 'fields'} to confirm`}
    >
      <Text size="sm" mb="xs">
        {`These ${origin} and may not match what you really do. Check each, then mark it confirmed and save.`}
      </Text>
      <Chips {...items} />
      <Button size="xs" variant="default" onClick={() => form.setFieldValue('toConfirm', [])}>
        Mark all as confirmed
      </Button>
    </Alert>
  );
}

/** The confirm button's look, action and accessible name. */
const confirmButton = ({ labelFor, onConfirm }: ItemsProps, path: string) =>
  ({
    variant: 'subtle',
    color: 'dark',
    onClick: () => onConfirm(path),
    'aria-label': `Mark ${labelFor(path)} as confirmed`,
  }) as const;

function Chips(props: ItemsProps) {
  const { toConfirm, labelFor } = props;
  return (
    <Group gap={6} mb="sm" component="ul" className={classes.chips}>
      {toConfirm.map((path) => (
        <li key={path} className={classes.chip}>
          <FieldLink path={path}>{labelFor(path)}</FieldLink>
          <Tooltip label="Mark as confirmed">
            <ActionIcon size="sm" {...confirmButton(props, path)}>
              <IconCheck size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </li>
      ))}
    </Group>
  );
}
