/** The notices at the top of the editor: what is left to confirm, what is invalid, what failed. */
import { ActionIcon, Alert, Anchor, Button, Group, List, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconChecklist } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { labelFor } from './field-labels';
import { focusField, readableAlert } from './form-kit';
import classes from './EditorAlerts.module.css';
import type { SaveProblem } from './save-errors';

function FieldLink({ path, children }: { path: string; children: ReactNode }) {
  return (
    // The text colour, underlined: the primary colour is too faint on the alerts' tints.
    <Anchor
      component="button"
      type="button"
      size="sm"
      c="inherit"
      underline="always"
      onClick={() => focusField(path)}
    >
      {children}
    </Anchor>
  );
}

export interface ToConfirmAlertProps {
  toConfirm: string[];
  onConfirm: (path: string) => void;
  onConfirmAll: () => void;
}

export function ToConfirmAlert({ toConfirm, onConfirm, onConfirmAll }: ToConfirmAlertProps) {
  if (toConfirm.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      styles={readableAlert}
      icon={<IconChecklist aria-hidden />}
      title={`${toConfirm.length} ${toConfirm.length === 1 ? 'field' : 'fields'} to confirm`}
    >
      <Text size="sm" mb="xs">
        These came from a template or an import and may not match what you really do. Check each,
        then mark it confirmed and save.
      </Text>
      <Group gap={6} mb="sm" component="ul" className={classes.chips}>
        {toConfirm.map((path) => (
          <li key={path} className={classes.chip}>
            <FieldLink path={path}>{labelFor(path)}</FieldLink>
            <Tooltip label="Mark as confirmed">
              <ActionIcon
                size="sm"
                variant="subtle"
                color="dark"
                onClick={() => onConfirm(path)}
                aria-label={`Mark ${labelFor(path)} as confirmed`}
              >
                <IconCheck size={14} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </li>
        ))}
      </Group>
      <Button size="xs" variant="default" onClick={onConfirmAll}>
        Mark all as confirmed
      </Button>
    </Alert>
  );
}

export function ErrorSummary({ errors }: { errors: [path: string, message: string][] }) {
  if (errors.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title="The activity was not saved: correct these first"
      role="alert"
    >
      <List size="sm" spacing={4}>
        {errors.map(([path, message]) => (
          <List.Item key={path}>
            <FieldLink path={path}>{labelFor(path)}</FieldLink>: {message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function SaveErrorAlert({
  problem,
  onClose,
}: {
  problem: SaveProblem | null;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Save is pressed at the bottom of a long form; bring the message to where the person looks.
  useEffect(() => {
    if (problem) ref.current?.scrollIntoView({ block: 'center' });
  }, [problem]);
  if (!problem) return null;
  return (
    <Alert
      ref={ref}
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={problem.title}
      role="alert"
      withCloseButton
      closeButtonLabel="Dismiss this message"
      onClose={onClose}
    >
      {problem.message}
    </Alert>
  );
}
