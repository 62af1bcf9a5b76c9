/**
 * One backup: the register as "Export register file" writes it, handed to main to write to the
 * backup folder. An empty register is never backed up: there is nothing to keep, and an empty
 * backup would push good ones out of the rotation and hide a database that lost its records.
 * When backups are protected, the file is encrypted here first; without the passphrase in
 * memory nothing is written ('paused'), never an unprotected backup in its place.
 */
import type {
  BackupEntry,
  BackupReasonName,
  WriteBackupRequest,
  WriteBackupResponse,
} from '../../../shared/ipc/contract';
import { writeRegisterFile } from '../../../shared/register-file';
import { errorMessage } from '../../components/notifyFailure';
import { isRegisterEmpty, snapshot } from '../../db/repos/register';
import type { BackupBridge } from '../../platform/types';
import { passphraseForBackup } from './backup-passphrase';
import { protectBackup } from './protected-backup';

export type BackupOutcome = WriteBackupResponse | { status: 'empty' } | { status: 'paused' };

const listeners = new Set<(backup: BackupEntry) => void>();

/** Called after every backup written from this window (the Settings list refreshes on it). */
export function onBackupWritten(listener: (backup: BackupEntry) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What main is asked to write: the file protected with `passphrase`, or as it is when null. */
export async function backupRequest(
  reason: BackupReasonName,
  text: string,
  passphrase: string | null,
): Promise<WriteBackupRequest> {
  return passphrase === null
    ? { reason, data: new TextEncoder().encode(text) }
    : { reason, ...(await protectBackup(text, passphrase)) };
}

export async function takeBackup(
  bridge: Pick<BackupBridge, 'writeBackup'>,
  reason: BackupReasonName,
  now = new Date(),
): Promise<BackupOutcome> {
  try {
    if (await isRegisterEmpty()) return { status: 'empty' };
    const protection = passphraseForBackup();
    if (protection.protect && protection.passphrase === null) return { status: 'paused' };
    const text = await writeRegisterFile(
      await snapshot(),
      now.toISOString(),
      `Ropa Desk ${import.meta.env.PACKAGE_VERSION ?? ''}`.trim(),
    );
    const answer = await bridge.writeBackup(
      await backupRequest(reason, text, protection.protect ? protection.passphrase : null),
    );
    if (answer.status === 'written') for (const listener of listeners) listener(answer.backup);
    return answer;
  } catch (error) {
    return {
      status: 'failed',
      message: `The register could not be prepared for a backup (${errorMessage(error)}). Your register itself is unchanged.`,
    };
  }
}
