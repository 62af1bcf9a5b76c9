/** The draft's save button, kept in view at the bottom of the window while the notice scrolls. */
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';

export interface DraftActionBarProps {
  /** composed: nothing of the organisation's own saved yet, nothing to save either. */
  state: 'composed' | 'unsaved' | 'saved';
  saving: boolean;
  onSave: () => void;
  onLeave: () => void;
}

const stateText: Record<DraftActionBarProps['state'], string> = {
  composed: 'As composed from the register',
  unsaved: 'Unsaved changes',
  saved: 'All changes saved',
};

export function DraftActionBar({ state, saving, onSave, onLeave }: DraftActionBarProps) {
  return (
    // Buttons sit at the left: notifications appear bottom right and would cover them there.
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      radius="md"
      pos="sticky"
      bottom={8}
      style={{ zIndex: 5 }}
      role="group"
      aria-label="Draft actions"
    >
      <Group gap="sm" wrap="wrap">
        <Button
          leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          onClick={onSave}
          loading={saving}
          disabled={saving || state !== 'unsaved'}
        >
          Save draft
        </Button>
        <Button variant="default" onClick={onLeave}>
          Back to the notices
        </Button>
        <Text size="sm" c="dimmed" aria-live="polite" ml="xs">
          {stateText[state]}
        </Text>
      </Group>
    </Paper>
  );
}
