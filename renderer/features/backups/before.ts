/** The backup taken before an import or a restore changes the register (desktop only). */
import { platform } from '../../platform';
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
  const outcome = await takeBackup(bridge, reason);
  return outcome.status === 'failed' ? outcome.message : null;
}
