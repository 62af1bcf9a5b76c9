/**
 * Before a welcome choice replaces a register that is already on this computer, ask, and save
 * a copy of it first (as importing does), so a click on the welcome screen never loses work.
 */
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { isRegisterEmpty, snapshot } from '../../db/repos/register';
import { exportRegister } from '../register-file/registerFile';

/**
 * Resolves true when it is safe to go on; throws when the copy could not be saved. It looks at
 * the database itself rather than at what a screen last showed, which may not have loaded yet.
 */
export async function confirmReplacingRegister(): Promise<boolean> {
  if (await isRegisterEmpty()) return true;
  const existing = await snapshot();
  return new Promise((resolve, reject) => {
    // onClose also fires after onConfirm, and on Escape or a click outside.
    let confirmed = false;
    modals.openConfirmModal({
      title: 'Replace the register on this computer?',
      children: (
        <Text size="sm">
          The register for {existing.organisation?.name ?? 'an unnamed organisation'} (
          {existing.activities.length} activities, {existing.thirdParties.length} third parties)
          will be replaced. First, Ropa Desk saves a copy of it as a file, so nothing is lost.
        </Text>
      ),
      labels: { confirm: 'Save a copy, then replace', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onClose: () => {
        if (!confirmed) resolve(false);
      },
      onConfirm: () => {
        confirmed = true;
        exportRegister('before starting over').then((copy) => {
          if (copy.status === 'saved') resolve(true);
          else if (copy.status === 'cancelled')
            reject(new Error('You cancelled saving the copy, so the register was not replaced.'));
          else reject(new Error(`${copy.message} Without a copy, the register was not replaced.`));
        }, reject);
      },
    });
  });
}
