/** The wizard's buttons, kept in view at the bottom of the window while the step scrolls. */
import { Button, Divider, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDeviceFloppy } from '@tabler/icons-react';
import { StickyActionBar } from '../../components/StickyActionBar';

export interface WizardActionBarProps {
  canGoBack: boolean;
  /** The next step's name, or null on the last step. */
  nextLabel: string | null;
  onBack: () => void;
  onNext: () => void;
  onSave: () => void;
  onLeave: () => void;
  saving: boolean;
  state: 'new' | 'unsaved' | 'saved';
}

const stateText: Record<WizardActionBarProps['state'], string> = {
  new: 'Not saved yet',
  unsaved: 'Unsaved changes',
  saved: 'All changes saved',
};

export function WizardActionBar(props: WizardActionBarProps) {
  return (
    <StickyActionBar label="Assessment actions">
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={18} aria-hidden />}
        onClick={props.onBack}
        disabled={!props.canGoBack}
      >
        Back
      </Button>
      {props.nextLabel ? (
        <Button
          rightSection={<IconChevronRight size={18} aria-hidden />}
          onClick={props.onNext}
          aria-label={`Next: ${props.nextLabel}`}
        >
          Next
        </Button>
      ) : null}
      <Divider orientation="vertical" />
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={18} aria-hidden />}
        onClick={props.onSave}
        loading={props.saving}
        disabled={props.saving}
      >
        Save draft
      </Button>
      <Button variant="subtle" onClick={props.onLeave}>
        Back to the list
      </Button>
      <Text size="sm" c="dimmed" aria-live="polite" ml="xs">
        {stateText[props.state]}
      </Text>
    </StickyActionBar>
  );
}
