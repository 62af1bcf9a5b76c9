/**
 * Restoring a backup: the register as it is now is backed up first (so the restore can be
 * undone by restoring that backup), then the backup is read, fully validated, and put in the
 * register's place in one transaction. Any failure leaves the register as it was.
 */
import type { Register } from '../../../shared/domain';
import { readRegisterFile, RegisterFileError } from '../../../shared/register-file';
import { replaceRegister } from '../../db/repos/register';
import { updateSettings } from '../../db/repos/settings';
import type { BackupBridge } from '../../platform/types';
import { takeBackup } from './take-backup';
import { reasonWords, ukDateTime } from './words';
import type { BackupEntry } from '../../../shared/ipc/contract';

export class RestoreBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreBackupError';
  }
}

export type RestorableBackup = Pick<BackupEntry, 'name' | 'time' | 'reason'>;

export const describeBackup = (backup: RestorableBackup): string =>
  `the backup of ${ukDateTime(backup.time)} (${reasonWords[backup.reason].toLowerCase()})`;

/** Restores `backup` and resolves to the register now in place. */
export async function restoreBackup(
  bridge: Pick<BackupBridge, 'writeBackup' | 'readBackup'>,
  backup: RestorableBackup,
  now = new Date(),
): Promise<Register> {
  const safety = await takeBackup(bridge, 'before-restore', now);
  if (safety.status === 'failed') {
    throw new RestoreBackupError(
      `Nothing was restored: a backup of your register as it is now could not be taken first, so the restore could not be undone. ${safety.message}`,
    );
  }
  const read = await bridge.readBackup({ name: backup.name });
  if (read.status === 'failed') {
    throw new RestoreBackupError(`Nothing was restored. ${read.message}`);
  }
  let register: Register;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(read.data);
    register = (await readRegisterFile(text)).register;
  } catch (error) {
    const why =
      error instanceof RegisterFileError
        ? error.message
        : 'The file is not text: it is damaged or is not a Ropa Desk register file.';
    throw new RestoreBackupError(
      `Nothing was restored: ${describeBackup(backup)} cannot be used. ${why} Choose another backup.`,
    );
  }
  await replaceRegister(register, `Restored ${describeBackup(backup)}`, now);
  // A register lost with the browser's storage takes the first-run flag with it.
  await updateSettings({ onboarded: true });
  return register;
}
