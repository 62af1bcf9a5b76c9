/** Shared steps for the window tests: each test starts in a fresh browser context (empty IndexedDB). */
import { expect, type Page } from '@playwright/test';
import type { Activity } from '../../shared/domain';
import { exampleRegister } from '../../shared/example/konnect';
import { writeRegisterFile } from '../../shared/register-file';

/**
 * First run → "Start with the example organisation" → the dashboard (the first screen) → the
 * activity list, where most tests begin.
 */
export async function startWithExample(page: Page): Promise<void> {
  await startWithExampleOnDashboard(page);
  await page
    .getByRole('navigation', { name: 'Register areas' })
    .getByRole('link', { name: 'Processing activities' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Processing activities', level: 2 }),
  ).toBeVisible();
}

/** First run → "Start with the example organisation" → the dashboard. */
export async function startWithExampleOnDashboard(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /example organisation/i }).click();
  await expect(page.getByTestId('organisation-name')).toHaveText('Konnect Communities C.I.C.');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
}

/** Reads the whole register from the page's IndexedDB, as the app stores it. */
export async function readDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const open = indexedDB.open('ropa-desk');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = [
      'organisation',
      'activities',
      'thirdParties',
      'transfers',
      'lias',
      'tras',
      'auditEvents',
    ];
    const tx = db.transaction(names, 'readonly');
    const entries = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, unknown[]]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve([name, request.result as unknown[]]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(entries);
  });
}

/** Deletes the app's database, as if the browser's storage had been cleared, and reloads. */
export async function wipeDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('ropa-desk');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => resolve();
      }),
  );
  await page.reload();
}

/**
 * The example register plus `copies` generated activities, each a copy of an example activity
 * that `vary` makes distinct (an id and a name at least), as the bytes of a register file.
 */
export async function exampleWithCopies(
  copies: number,
  vary: (model: Activity, index: number) => Activity,
): Promise<Buffer> {
  const now = new Date().toISOString();
  const register = exampleRegister(now);
  const source = [...register.activities];
  for (let i = 0; i < copies; i += 1) {
    const model = source[i % source.length];
    if (!model) throw new Error('The example has no activities');
    register.activities.push(vary(model, i));
  }
  return Buffer.from(await writeRegisterFile(register, now, 'window test'));
}

/** Welcome → "Open a register file" → the file → the dashboard, however long it takes to load. */
export async function openRegisterFile(page: Page, name: string, file: Buffer): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /open a register file/i }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({
    timeout: 60_000,
  });
}
