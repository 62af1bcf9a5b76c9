import { expect, test } from './test';
import { exampleRegister } from '../../shared/example/konnect';
import { readDatabase, startWithExample } from './fixtures';

test('first run offers three starts, and the example fills the activity list', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Ropa Desk', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /blank register/i })).toBeVisible();
  await expect(page.getByRole('button', { name: /open a register file/i })).toBeVisible();

  await startWithExample(page);
  const expected = exampleRegister(new Date().toISOString()).activities.map((a) => a.name);
  expect(expected.length).toBeGreaterThanOrEqual(12);
  await expect(page.getByText(`Showing ${expected.length} of ${expected.length}`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Processing activities' });
  for (const name of expected) {
    await expect(table.getByText(name, { exact: true })).toBeVisible();
  }
  const stored = await readDatabase(page);
  expect(stored.activities).toHaveLength(expected.length);
});

test('a blank register starts at the organisation profile', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /blank register/i }).click();
  await expect(page.getByRole('heading', { name: 'Organisation', level: 2 })).toBeVisible();
  await expect(page.getByTestId('organisation-name')).toHaveText('No organisation yet');
});

test('while the welcome screen is still looking for a register, no choice replaces it unasked', async ({
  page,
}) => {
  // A register left by an interrupted first run: data on this computer, not yet onboarded.
  await startWithExample(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ropa-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'onboarded', value: false });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // A slow disk: on the next load, the register's tables stay busy for a few seconds, so the
  // welcome screen cannot yet know that a register is there.
  await page.addInitScript(() => {
    const open = indexedDB.open('ropa-desk');
    open.onsuccess = () => {
      const db = open.result;
      const tables = ['organisation', 'activities', 'thirdParties', 'transfers'];
      const tx = db.transaction(tables, 'readwrite');
      const store = tx.objectStore('organisation');
      const until = Date.now() + 3_000;
      const spin = () => {
        if (Date.now() < until) store.count().onsuccess = spin;
      };
      spin();
      tx.oncomplete = () => db.close();
    };
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Ropa Desk', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: /example organisation/i }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the register on this computer?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Ropa Desk', level: 1 })).toBeVisible();
  await expect(page.getByText('There is already a register on this computer')).toBeVisible();
});

test('a register stored by a newer Ropa Desk is refused, named, and left untouched', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: /example organisation/i }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  const before = await readDatabase(page);
  // A newer release upgrades the database in place; the window's own connection gives way.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ropa-desk', 60);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      }),
  );
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'This register needs a newer Ropa Desk' }),
  ).toBeVisible();
  await expect(page.getByText('stored as version 6')).toBeVisible();
  await expect(page.getByText('understands up to version 5')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Register areas' })).toHaveCount(0);
  expect(await readDatabase(page)).toEqual(before);
});

test('the window asks to keep its storage and warns when the disk is nearly full', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { storageCalls: calls });
    Object.defineProperty(navigator, 'storage', {
      value: {
        persisted: () => Promise.resolve(false),
        persist: () => {
          calls.push('persist');
          return Promise.resolve(true);
        },
        estimate: () => Promise.resolve({ quota: 500 * 1_048_576, usage: 380 * 1_048_576 }),
      },
    });
  });
  await page.goto('/');
  await expect(page.getByText('The disk is nearly full')).toBeVisible();
  await expect(page.getByText(/Only 120 MB is left for Ropa Desk’s data/)).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { storageCalls: string[] }).storageCalls),
  ).toEqual(['persist']);
});
