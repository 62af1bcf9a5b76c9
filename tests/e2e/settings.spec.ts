import { expect, test } from '@playwright/test';
import { startWithExample } from './fixtures';

test('in the desktop app, "Where is my data?" promises no backups it does not make', async ({
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
      },
    });
  });
  await startWithExample(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Where is my data?' });
  await expect(section.getByRole('button', { name: 'Show the data folder' })).toBeVisible();
  await expect(section).not.toContainText('automatic backups');
  await expect(section).toContainText('export a register file');
});
