/**
 * The fields a person still has to check: each a link to the field with its own "Confirmed"
 * button, and a way to clear them all (as the activity editor does).
 */
import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { focusField, readableAlert } from './form-kit';

export interface ToConfirmAlertProps {
  toConfirm: readonly string[];
  labelFor: (path: string) => string;
  /** Clears one path from the list in the form; saving records it. */
  onConfirm: (path: string) => void;
  /** Clears the list in the form; saving records it. */
  onConfirmAll: () => void;
}

export function ToConfirmAlert({
  toConfirm,
  labelFor,
  onConfirm,
  onConfirmAll,
}: ToConfirmAlertProps) {
  if (toConfirm.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconListCheck aria-hidden />}
      title={`${toConfirm.length} ${toConfirm.length === 1 ? 'field' : 'fields'} to confirm`}
      styles={readableAlert}
    >
      <Text size="sm" mb="xs">
        These were filled in as a first answer and may not match what you really do. Check each,
        then mark it confirmed and save.
      </Text>
      <List size="sm" spacing={4} mb="sm">
        {toConfirm.map((path) => (
          <List.Item key={path}>
            <Group gap="xs">
              <Anchor
                component="button"
                type="button"
                size="sm"
                c="inherit"
                underline="always"
                onClick={() => focusField(path)}
              >
                {labelFor(path)}
              </Anchor>
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
