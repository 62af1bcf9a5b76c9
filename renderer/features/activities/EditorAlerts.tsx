/** The notices at the top of the editor: what is left to confirm, what is invalid, what failed. */
import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconAlertCircle, IconChecklist } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { labelFor } from './field-labels';
import { focusField } from './form-kit';
import type { SaveProblem } from './save-errors';

function FieldLink({ path, children }: { path: string; children: ReactNode }) {
  return (
    <Anchor component="button" type="button" size="sm" onClick={() => focusField(path)}>
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
      icon={<IconChecklist aria-hidden />}
      title={`${toConfirm.length} ${toConfirm.length === 1 ? 'field' : 'fields'} to confirm`}
    >
      <Text size="sm" mb="xs">
        These came from a template or an import and may not match what you really do. Check each,
        then mark it confirmed and save.
      </Text>
      <List size="sm" spacing={4} mb="sm">
        {toConfirm.map((path) => (
          <List.Item key={path}>
            <Group gap="xs">
              <FieldLink path={path}>{labelFor(path)}</FieldLink>
              <Button
                size="compact-xs"
                variant="subtle"
                color="dark"
                onClick={() => onConfirm(path)}
                aria-label={`Mark ${labelFor(path)} as confirmed`}
              >
                Confirmed
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
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
  if (!problem) return null;
  return (
    <Alert
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
