/** Export and import as a person does them: with a confirmation, a safety copy, and plain messages. */
import { Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import type { Register } from '../../../shared/domain';
import { errorMessage } from '../../components/notifyFailure';
import { snapshot } from '../../db/repos/register';
import { paths } from '../../navigation/paths';
import { platform } from '../../platform';
import { backupBefore } from '../backups/before';
import { askNewPassphrase } from '../passphrase/askNewPassphrase';
import { showReplacedRegister, unlessUnsavedChanges } from '../../navigation/useGuardedNavigate';
import {
  applyImport,
  chooseRegisterFile,
  exportRegister,
  registerIsEmpty,
  type ChosenFile,
} from './registerFile';

const counts = (r: Register) =>
  `${r.activities.length} activities, ${r.thirdParties.length} third parties and ${r.transfers.length} transfers`;

function fail(title: string, message: string) {
  notifications.show({ color: 'red', title, message, autoClose: false, withCloseButton: true });
}

/** Resolves true when the register was replaced by the file's. */
async function replaceWith(file: Extract<ChosenFile, { status: 'read' }>): Promise<boolean> {
  try {
    await applyImport(file);
    notifications.show({
      color: 'teal',
      title: 'Register imported',
      message: `${file.result.register.organisation?.name ?? 'The register'}: ${counts(file.result.register)}.`,
    });
    return true;
  } catch (error) {
    fail('Nothing was imported', `${errorMessage(error)} Your register is unchanged.`);
    return false;
  }
}

export function useRegisterFileActions() {
  const [, navigate] = useLocation();

  const exportWith = useCallback(async (passphrase?: string) => {
    try {
      const saved = await exportRegister('', passphrase);
      if (saved.status === 'saved') {
        notifications.show({
          color: 'teal',
          title: passphrase === undefined ? 'Register exported' : 'Protected register exported',
          message: `Saved as ${saved.path}`,
        });
      } else if (saved.status === 'failed') {
        fail('The register was not exported', saved.message);
      }
    } catch (error) {
      fail('The register was not exported', errorMessage(error));
    }
  }, []);

  const exportFile = useCallback(() => exportWith(), [exportWith]);

  const exportProtectedFile = useCallback(async () => {
    const passphrase = await askNewPassphrase();
    if (passphrase !== null) await exportWith(passphrase);
  }, [exportWith]);

  const chooseAndReplace = useCallback(async () => {
    const replaced = () => showReplacedRegister(navigate);
    const file = await chooseRegisterFile();
    if (file.status === 'cancelled') return;
    if (file.status === 'failed') {
      fail('That file was not imported', `${file.message} Your register is unchanged.`);
      return;
    }
    if (await registerIsEmpty()) {
      if (await replaceWith(file)) replaced();
      return;
    }
    const current = await snapshot();
    // The desktop app backs up by itself; a browser has no backup folder, so it saves a file.
    const automatic = platform.backups !== null;
    modals.openConfirmModal({
      title: 'Replace the current register?',
      children: (
        <Stack gap="xs">
          <Text size="sm">
            Your register ({current.organisation?.name ?? 'no organisation'}: {counts(current)})
            will be replaced by the one in “{file.name}” (
            {file.result.register.organisation?.name ?? 'no organisation'}:{' '}
            {counts(file.result.register)}).
          </Text>
          <Text size="sm">
            {automatic
              ? 'First, Ropa Desk backs up your current register, so you can restore it from Settings ▸ Backups.'
              : 'First, Ropa Desk saves a copy of your current register as a file, so nothing is lost.'}
          </Text>
        </Stack>
      ),
      labels: {
        confirm: automatic ? 'Back up, then replace' : 'Save a copy, then replace',
        cancel: 'Cancel',
      },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        void (async () => {
          if (automatic) {
            const failed = await backupBefore('before-import');
            if (failed !== null) {
              fail(
                'Nothing was imported',
                `${failed} Without a backup of your current register, it was not replaced.`,
              );
              return;
            }
            if (await replaceWith(file)) replaced();
            return;
          }
          const copy = await exportRegister('before import').catch((error: unknown) => ({
            status: 'failed' as const,
            message: errorMessage(error),
          }));
          if (copy.status !== 'saved') {
            const why = copy.status === 'failed' ? copy.message : 'You cancelled saving the copy.';
            fail(
              'Nothing was imported',
              `${why} Without a copy of your current register, it was not replaced.`,
            );
            return;
          }
          if (await replaceWith(file)) replaced();
        })();
      },
    });
  }, [navigate]);

  // An editor with unsaved changes would otherwise stay open over the imported register, and
  // its Save would write the old values back over it: ask first, as leaving the editor does.
  const importFile = useCallback(() => {
    unlessUnsavedChanges((discarded) => {
      // Discarded changes must not stay on screen, still editable, while a file is chosen.
      if (discarded) navigate(paths.activities);
      chooseAndReplace().catch((error: unknown) =>
        fail('Nothing was imported', `${errorMessage(error)} Your register is unchanged.`),
      );
    });
  }, [chooseAndReplace, navigate]);

  return { exportFile, exportProtectedFile, importFile };
}
