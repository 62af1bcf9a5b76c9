/** The draft's save button, kept in view at the bottom of the window while the notice scrolls. */
import { Button, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { StickyActionBar } from '../../components/StickyActionBar';

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
    <StickyActionBar label="Draft actions">
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
    </StickyActionBar>
  );
}
