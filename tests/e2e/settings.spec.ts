import { expect, test } from './test';
import { startWithExample } from './fixtures';

test('in the desktop app, "Where is my data?" opens the data folder and the backup folder', async ({
  page,
}) => {
  // Stands in for the preload's bridge, so the page renders as it does in the desktop app.
  await page.addInitScript(() => {
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
});
