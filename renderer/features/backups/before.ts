/** The backup taken before an import or a restore changes the register (desktop only). */
import { platform } from '../../platform';
import { askToResumeBackups } from './askBackupPassphrase';
import { takeBackup } from './take-backup';

/**
 * Resolves to null when the register is backed up (or there is nothing to back up), or to why
 * the backup failed; the caller then changes nothing. A browser has no backup folder, so it
 * resolves to null there: Settings says no automatic backups are made in a browser.
 */
export async function backupBefore(
  reason: 'before-import' | 'before-restore',
): Promise<string | null> {
  const bridge = platform.backups;
  if (!bridge) return null;
  let outcome = await takeBackup(bridge, reason);
  if (outcome.status === 'paused' && (await askToResumeBackups())) {
    outcome = await takeBackup(bridge, reason);
  }
  if (outcome.status === 'paused') {
    return 'Your backups are protected, and without the passphrase no backup could be taken first, so nothing was changed. Enter the passphrase in Settings ▸ Backups, then try again.';
  }
  return outcome.status === 'failed' ? outcome.message : null;
}
