/**
 * Restoring a backup: the register as it is now is backed up first (so the restore can be
 * undone by restoring that backup), then the backup is read, opened with its passphrase when it
 * is protected, fully validated, and put in the register's place in one transaction. Any
 * failure leaves the register as it was.
 */
import type { Register } from '../../../shared/domain';
import type { BackupEntry } from '../../../shared/ipc/contract';
import { readRegisterFile, RegisterFileError } from '../../../shared/register-file';
import {
  checkProtectedFile,
  decryptRegisterBytes,
  EmptyPassphraseError,
  isEncryptedRegister,
  ProtectedFileError,
  WrongPassphraseError,
} from '../../../shared/register-file/encryption';
import { replaceRegister } from '../../db/repos/register';
import { updateSettings } from '../../db/repos/settings';
import type { BackupBridge } from '../../platform/types';
import type { Unlocked } from '../passphrase/unlockProtectedFile';
import { backupPassphraseState, isPaused, unlockBackups } from './backup-passphrase';
import { takeBackup, type BackupOutcome } from './take-backup';
import { reasonWords, ukDateTime } from './words';

export class RestoreBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreBackupError';
  }
}

export type RestorableBackup = Pick<BackupEntry, 'name' | 'time' | 'reason'>;

export const describeBackup = (backup: RestorableBackup): string =>
  `the backup of ${ukDateTime(backup.time)} (${reasonWords[backup.reason].toLowerCase()})`;

/** The questions a restore may need to ask; without them a protected backup is refused. */
export interface RestorePrompts {
  /** Asks for a protected backup's passphrase, trying `open` with each one typed. */
  unlock(
    backup: RestorableBackup,
    open: (passphrase: string) => Promise<Register>,
  ): Promise<Unlocked<Register>>;
  /** Asks for the passphrase that lets backups go on; true once it is in memory. */
  resume(): Promise<boolean>;
}

type Bridge = Pick<BackupBridge, 'writeBackup' | 'readBackup'>;

const unusable = (backup: RestorableBackup, why: string) =>
  new RestoreBackupError(`Nothing was restored: ${describeBackup(backup)} cannot be used. ${why}`);

async function registerOf(bytes: Uint8Array, backup: RestorableBackup): Promise<Register> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return (await readRegisterFile(text)).register;
  } catch (error) {
    const why =
      error instanceof RegisterFileError
        ? error.message
        : 'The file is not text: it is damaged or is not a Ropa Desk register file.';
    throw unusable(backup, `${why} Choose another backup.`);
  }
}

/** Any refusal but a wrong or blank passphrase (which may be typed again) ends the restore. */
const asUnusable =
  (backup: RestorableBackup) =>
  (error: unknown): never => {
    const retry = error instanceof WrongPassphraseError || error instanceof EmptyPassphraseError;
    if (error instanceof ProtectedFileError && !retry) throw unusable(backup, error.message);
    throw error;
  };

/** A paused session is resumed by the backup's passphrase when it is also the backups' own. */
async function resumeWith(passphrase: string): Promise<void> {
  if (isPaused(backupPassphraseState())) await unlockBackups(passphrase).catch(() => undefined);
}

/** The backup's register, or null when the person gave up on its passphrase. */
async function readBackup(
  bridge: Bridge,
  backup: RestorableBackup,
  prompts: RestorePrompts | undefined,
): Promise<Register | null> {
  const read = await bridge.readBackup({ name: backup.name });
  if (read.status === 'failed')
    throw new RestoreBackupError(`Nothing was restored. ${read.message}`);
  if (!isEncryptedRegister(read.data)) return registerOf(read.data, backup);
  if (!prompts) throw unusable(backup, 'It is protected with a passphrase.');
  // A damaged file is reported before anyone is asked to type a passphrase for it.
  await checkProtectedFile(read.data).catch(asUnusable(backup));
  const unlocked = await prompts.unlock(backup, async (passphrase) => {
    const plain = await decryptRegisterBytes(read.data, passphrase).catch(asUnusable(backup));
    const register = await registerOf(plain, backup);
    await resumeWith(passphrase);
    return register;
  });
  if (unlocked.status === 'cancelled') return null;
  if (unlocked.status === 'failed') throw new RestoreBackupError(unlocked.message);
  return unlocked.value;
}

function refuseWithout(safety: BackupOutcome): void {
  if (safety.status === 'failed') {
    throw new RestoreBackupError(
      `Nothing was restored: a backup of your register as it is now could not be taken first, so the restore could not be undone. ${safety.message}`,
    );
  }
  if (safety.status === 'paused') {
    throw new RestoreBackupError(
      'Nothing was restored: your backups are protected, and without the passphrase the register as it is now could not be backed up first, so the restore could not be undone. Enter the passphrase in Settings ▸ Backups, then restore again.',
    );
  }
}

/**
 * Restores `backup` and resolves to the register now in place, or to null when the person did
 * not enter a protected backup's passphrase (nothing changed).
 */
export async function restoreBackup(
  bridge: Bridge,
  backup: RestorableBackup,
  now = new Date(),
  prompts?: RestorePrompts,
): Promise<Register | null> {
  let safety = await takeBackup(bridge, 'before-restore', now);
  if (safety.status !== 'paused') refuseWithout(safety);
  // With backups paused, the backup is opened first: its passphrase is most often the backups'
  // own, so one question both opens it and lets the safety backup be taken.
  const register = await readBackup(bridge, backup, prompts);
  if (register === null) return null;
  if (safety.status === 'paused') {
    if (isPaused(backupPassphraseState()) && prompts) await prompts.resume();
    safety = await takeBackup(bridge, 'before-restore', now);
    refuseWithout(safety);
  }
  // readRegisterFile has validated it whole (registerOf): no second pass over every record.
  await replaceRegister(register, `Restored ${describeBackup(backup)}`, now, { validated: true });
  // A register lost with the browser's storage takes the first-run flag with it.
  await updateSettings({ onboarded: true });
  return register;
}
