/**
 * Clears the register after saving a copy of it. The audit trail is kept, with the clearing
 * chained on as an event, so the history of the register is never lost by starting again.
 */
import { Button, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconRestore } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { emptyRegister } from '../../../shared/domain';
import { replaceRegister, snapshot } from '../../db/repos/register';
import { updateSettings } from '../../db/repos/settings';
import { FormSection } from '../../components/FormSection';
import { errorMessage, notifyFailure } from '../../components/notifyFailure';
import { showReplacedRegister, unlessUnsavedChanges } from '../../navigation/useGuardedNavigate';
import { exportRegister } from '../register-file/registerFile';

/** Resolves true when the register was cleared. */
async function startAgain(): Promise<boolean> {
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
    return false;
  }
  const { auditEvents } = await snapshot();
  await replaceRegister(
    { ...emptyRegister(), auditEvents },
    'Started again: the register was cleared',
  );
  await updateSettings({ onboarded: false });
  return true;
}

function confirmStartAgain(navigate: (to: string) => void) {
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
      startAgain().then(
        (cleared) => {
          if (cleared) showReplacedRegister(navigate);
        },
        (error: unknown) => notifyFailure('The register was not cleared', error),
      );
    },
  });
}

export function StartAgain() {
  const [, navigate] = useLocation();
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
          onClick={() => unlessUnsavedChanges(() => confirmStartAgain(navigate))}
        >
          Start again…
        </Button>
      </div>
    </FormSection>
  );
}
