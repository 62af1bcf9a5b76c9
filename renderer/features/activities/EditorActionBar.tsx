/** The editor's actions, kept in view at the bottom of the window while the form scrolls. */
import { Button, Group, Paper, Text } from '@mantine/core';
import {
  IconArchive,
  IconCopy,
  IconDeviceFloppy,
  IconPlayerPlay,
  IconTrash,
} from '@tabler/icons-react';
import type { ActivityStatus } from '../../../shared/domain';

export interface EditorActionBarProps {
  isNew: boolean;
  status: ActivityStatus;
  dirty: boolean;
  saving: boolean;
  busy: boolean;
  onBack: () => void;
  onDuplicate: () => void;
  onToggleStatus: () => void;
  onDelete: () => void;
}

export function EditorActionBar(props: EditorActionBarProps) {
  const { isNew, status, dirty, saving, busy } = props;
  const activating = status !== 'active';
  return (
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      radius="md"
      pos="sticky"
      bottom={8}
      style={{ zIndex: 5 }}
      role="group"
      aria-label="Activity actions"
    >
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            loading={saving}
            disabled={saving}
          >
            {isNew ? 'Save activity' : 'Save changes'}
          </Button>
          <Button variant="default" onClick={props.onBack}>
            {isNew ? 'Cancel' : 'Back to the list'}
          </Button>
          <Text size="sm" c="dimmed" aria-live="polite">
            {dirty ? 'Unsaved changes' : isNew ? 'Not saved yet' : 'All changes saved'}
          </Text>
        </Group>
        {isNew ? null : (
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconCopy size={18} aria-hidden />}
              onClick={props.onDuplicate}
              disabled={busy}
            >
              Duplicate
            </Button>
            <Button
              variant="default"
              leftSection={
                activating ? (
                  <IconPlayerPlay size={18} aria-hidden />
                ) : (
                  <IconArchive size={18} aria-hidden />
                )
              }
              onClick={props.onToggleStatus}
              disabled={busy}
            >
              {activating ? 'Make active' : 'Retire'}
            </Button>
            <Button
              variant="outline"
              color="red.8"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={props.onDelete}
              disabled={busy}
            >
              Delete
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
