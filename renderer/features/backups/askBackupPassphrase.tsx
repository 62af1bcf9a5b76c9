/**
 * The questions about backup passphrases: enter it to keep backing up, choose one, and enter a
 * protected backup's own to restore it.
 */
import { notifications } from '@mantine/notifications';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/register-file/encryption';
import { askNewPassphrase, type NewPassphraseWording } from '../passphrase/askNewPassphrase';
import { unlockProtectedFile } from '../passphrase/unlockProtectedFile';
import { backupPassphraseState, unlockBackups } from './backup-passphrase';
import { describeBackup, type RestorePrompts } from './restore-backup';

const PAUSED_ID = 'backups-paused';
let pausedShown = false;

/** Says once, until backups go on again, that automatic backups wait for the passphrase. */
export function showBackupsPaused(): void {
  if (pausedShown) return;
  pausedShown = true;
  notifications.show({
    id: PAUSED_ID,
    color: 'orange',
    title: 'Automatic backups are paused',
    message:
      backupPassphraseState().protection.status === 'damaged'
        ? 'Ropa Desk cannot read its record of your backup passphrase. Set it again, or turn protection off, in Settings ▸ Backups.'
        : 'Your backups are protected, and Ropa Desk takes none until you enter the passphrase in Settings ▸ Backups.',
    autoClose: false,
    withCloseButton: true,
    onClose: () => {
      pausedShown = false;
    },
  });
}

export function hideBackupsPaused(): void {
  pausedShown = false;
  notifications.hide(PAUSED_ID);
}

/**
 * "Your backups are protected": resolves true once the right passphrase is in memory, false on
 * "Not now". A wrong passphrase is said so and may be typed again.
 */
export async function askToResumeBackups(): Promise<boolean> {
  // A damaged record has no verifier to check a passphrase against: Settings sets a new one.
  if (backupPassphraseState().protection.status !== 'on') return false;
  const answer = await unlockProtectedFile('your backups', unlockBackups, {
    title: 'Your backups are protected',
    intro:
      'Your backups are protected. Enter the passphrase to keep backing up. Until you do, Ropa Desk takes no automatic backups.',
    submit: 'Keep backing up',
    cancel: 'Not now',
    close: 'Close without entering the passphrase',
  });
  if (answer.status === 'opened') hideBackupsPaused();
  return answer.status === 'opened';
}

const newWording: NewPassphraseWording = {
  title: 'Protect backups with a passphrase',
  intro: `Every backup from now on is encrypted with this passphrase, and restoring one asks for it. Ropa Desk keeps it only while it is open: after each start it asks for it once. Use at least ${MIN_PASSPHRASE_LENGTH} characters: a few unrelated words are easy to remember and hard to guess.`,
  submit: 'Protect backups',
  close: 'Close without protecting backups',
  lostWarning:
    'If the passphrase is forgotten, nobody can restore these backups: not you, not Ropa Desk, not anyone else. There is no way to recover it. Write it down somewhere safe, away from this computer.',
};

const changeWording: NewPassphraseWording = {
  ...newWording,
  title: 'Change the backup passphrase',
  intro: `Backups from now on are encrypted with the new passphrase. Backups already taken keep the passphrase they were taken with: restoring one of those asks for the old one. Use at least ${MIN_PASSPHRASE_LENGTH} characters.`,
  submit: 'Change passphrase',
  close: 'Close without changing the passphrase',
};

/** Asks for a new backup passphrase twice; null when the person cancels. */
export const askNewBackupPassphrase = (change: boolean): Promise<string | null> =>
  askNewPassphrase(change ? changeWording : newWording);

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What a restore asks: the backup's own passphrase, and the one that lets backups go on. */
export const restorePrompts: RestorePrompts = {
  unlock: (backup, open) =>
    unlockProtectedFile(backup.name, open, {
      title: 'Enter the backup’s passphrase',
      intro: `${capitalised(describeBackup(backup))} is protected with a passphrase. Enter it to restore the backup. If you have changed the passphrase since, enter the one it was taken with.`,
      submit: 'Restore',
      cancel: 'Cancel',
      close: 'Close without restoring',
    }),
  resume: askToResumeBackups,
};
