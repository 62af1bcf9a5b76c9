/** The editor's actions, kept in view at the bottom of the window while the form scrolls. */
import { Button, Divider, Text } from '@mantine/core';
import {
  IconArchive,
  IconCopy,
  IconDeviceFloppy,
  IconPlayerPlay,
  IconTrash,
} from '@tabler/icons-react';
import type { ActivityStatus } from '../../../shared/domain';
import { StickyActionBar } from '../../components/StickyActionBar';

export interface EditorActionBarProps {
  isNew: boolean;
  /** The saved status: what Retire / Make active changes. */
  status: ActivityStatus;
  dirty: boolean;
  /** Fields still invalid after the last attempt to save. */
  problems: number;
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
    <StickyActionBar label="Activity actions">
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
      {isNew ? null : (
        <>
          <Divider orientation="vertical" />
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
            // Light, not outline: red outline text falls under 4.5:1 on the dark theme.
            variant="light"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={props.onDelete}
            disabled={busy}
          >
            Delete
          </Button>
        </>
      )}
      <Text size="sm" c={props.problems > 0 ? 'red.8' : 'dimmed'} aria-live="polite" ml="xs">
        {props.problems > 0
          ? `Not saved: ${props.problems} ${props.problems === 1 ? 'field needs' : 'fields need'} correcting`
          : dirty
            ? 'Unsaved changes'
            : isNew
              ? 'Not saved yet'
              : 'All changes saved'}
      </Text>
    </StickyActionBar>
  );
}
