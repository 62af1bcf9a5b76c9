/** The fields a person still has to check, each a link to the field, and a way to clear them all. */
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { focusField } from './form-kit';

export interface ToConfirmAlertProps {
  toConfirm: readonly string[];
  labelFor: (path: string) => string;
  /** Clears the list in the form; saving records it. */
  onConfirmAll: () => void;
}

export function ToConfirmAlert({ toConfirm, labelFor, onConfirmAll }: ToConfirmAlertProps) {
  if (toConfirm.length === 0) return null;
  const count = toConfirm.length === 1 ? 'One field needs' : `${toConfirm.length} fields need`;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconListCheck aria-hidden />}
      title={`${count} checking`}
      // Mantine's yellow title text fails AA contrast on the yellow background.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="sm">
        <Text size="sm">
          These were filled in for you as a first answer. Check each one, correct it if needed, then mark
          them as confirmed and save.
        </Text>
        <List size="sm" spacing={2}>
          {toConfirm.map((path) => (
            <List.Item key={path}>
              <Anchor component="button" type="button" size="sm" c="inherit" underline="always" onClick={() => focusField(path)}>
                {labelFor(path)}
              </Anchor>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button size="xs" variant="default" onClick={onConfirmAll}>
            Mark all as confirmed
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
