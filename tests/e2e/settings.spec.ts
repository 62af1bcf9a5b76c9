import { expect, test } from './test';
import { startWithExample } from './fixtures';

test('in the desktop app, "Where is my data?" opens the data folder and the backup folder', async ({
  page,
}) => {
  // Stands in for the preload's bridge, so the page renders as it does in the desktop app.
  await page.addInitScript(() => {
    // Backup protection as main keeps it: off until a verifier is saved.
    let verifier: string | null = null;
    Object.defineProperty(window, 'ropaDesk', {
      value: {
        saveFile: () => Promise.resolve({ status: 'cancelled' }),
        openFile: () => Promise.resolve({ status: 'cancelled' }),
        revealDataFolder: () =>
          Promise.resolve({ status: 'shown', path: '/home/sam/.config/Ropa Desk' }),
        onMenuCommand: () => () => undefined,
        writeBackup: () => Promise.resolve({ status: 'failed', message: 'Not in this test.' }),
        listBackups: () =>
          Promise.resolve({ status: 'listed', folder: '/b', source: 'default', entries: [] }),
        readBackup: () => Promise.resolve({ status: 'failed', message: 'Not in this test.' }),
        latestBackup: () => Promise.resolve({ status: 'none' }),
        revealBackupFolder: () => Promise.resolve({ status: 'shown', path: '/b' }),
        chooseBackupFolder: () => Promise.resolve({ status: 'cancelled' }),
        backupProtection: () =>
          Promise.resolve(verifier === null ? { status: 'off' } : { status: 'on', verifier }),
        setBackupProtection: (request: { verifier: string | null }) => {
          verifier = request.verifier;
          return Promise.resolve({ status: 'saved' });
        },
        readyToQuit: () => Promise.resolve({ status: 'ok' }),
      },
    });
  });
  await startWithExample(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Where is my data?' });
  await expect(section.getByRole('button', { name: 'Show the data folder' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Show the backup folder' })).toBeVisible();
  await expect(section).toContainText('export a register file');

  // Backup protection is known (off), so it can be turned on here.
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Protect backups with a passphrase…' }).click();
  const ask = page.getByRole('dialog', { name: 'Protect backups with a passphrase' });
  await ask.getByLabel('Passphrase', { exact: true }).fill('kettle harbour violet');
  await ask.getByLabel('Repeat the passphrase').fill('kettle harbour violet');
  await ask.getByRole('button', { name: 'Protect backups' }).click();
  // 600,000 PBKDF2 rounds on a busy machine can outlast the default five seconds.
  await expect(backups).toContainText('Backups are protected with a passphrase', {
    timeout: 30_000,
  });
});
