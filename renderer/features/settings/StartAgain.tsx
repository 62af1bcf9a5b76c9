/**
 * Clears the register after saving a copy of it. The audit trail is kept, with the clearing
 * chained on as an event, so the history of the register is never lost by starting again.
 */
import { Button, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { emptyRegister } from '../../../shared/domain';
import { replaceRegister, snapshot } from '../../db/repos/register';
import { updateSettings } from '../../db/repos/settings';
import { FormSection } from '../../components/FormSection';
import { errorMessage, notifyFailure } from '../../components/notifyFailure';
import { exportRegister } from '../register-file/registerFile';

async function startAgain() {
  const copy = await exportRegister('before starting again').catch((error: unknown) => ({
    status: 'failed' as const,
    message: errorMessage(error),
  }));
  if (copy.status !== 'saved') {
    const why = copy.status === 'failed' ? copy.message : 'You cancelled saving the copy.';
    notifications.show({
      color: 'red',
      title: 'Nothing was cleared',
      message: `${why} Without a copy of your register, it was not cleared.`,
      autoClose: false,
    });
    return;
  }
  const { auditEvents } = await snapshot();
  await replaceRegister(
    { ...emptyRegister(), auditEvents },
    'Started again: the register was cleared',
  );
  await updateSettings({ onboarded: false });
}

function confirmStartAgain() {
  modals.openConfirmModal({
    title: 'Clear the register and start again?',
    children: (
      <Stack gap="xs">
        <Text size="sm">
          Your organisation profile, activities, third parties and transfers will be removed from
          this computer. The audit trail is kept.
        </Text>
        <Text size="sm">
          First, Ropa Desk saves a copy of the whole register as a file, so you can import it again.
        </Text>
      </Stack>
    ),
    labels: { confirm: 'Save a copy, then clear', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      startAgain().catch((error: unknown) => notifyFailure('The register was not cleared', error));
    },
  });
}

export function StartAgain() {
  return (
    <FormSection
      id="start-again"
      title="Start again"
      intro="Clear this register and go back to the welcome screen, to start from the example, a blank register or a file."
    >
      <div>
        <Button
          color="red"
          variant="outline"
          leftSection={<IconRestore size={18} aria-hidden />}
          onClick={confirmStartAgain}
        >
          Start again…
        </Button>
      </div>
    </FormSection>
  );
}
