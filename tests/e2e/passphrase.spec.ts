/** Register files protected with a passphrase: exported, refused when wrong or damaged, opened. */
import { readFile } from 'node:fs/promises';
import { expectNoViolations } from './axe';
import { readDatabase, startWithExample, wipeDatabase } from './fixtures';
import { expect, test, type Page } from './test';
import { encryptRegisterBytes } from '../../shared/register-file/encryption';

const PASSPHRASE = 'kettle harbour violet';

async function download(page: Page, button: RegExp | string, after?: () => Promise<void>) {
  const saved = page.waitForEvent('download');
  if (after) await after();
  else await page.getByRole('button', { name: button }).click();
  const file = await saved;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function importInSettings(page: Page, name: string, buffer: Buffer) {
  await page.getByRole('link', { name: 'Settings' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /import register file/i }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

const byId = (rows: unknown[] = []) =>
  [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));

test('a register exported with a passphrase opens only with that passphrase', async ({ page }) => {
  await startWithExample(page);
  const before = await readDatabase(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Export with a passphrase…' }).click();
  const ask = page.getByRole('dialog', { name: 'Protect the register file with a passphrase' });
  await expect(ask.getByText(/nobody can open the file/)).toBeVisible();
  await expectNoViolations(page, 'the new passphrase dialog', '[role="dialog"]');

  const first = ask.getByLabel('Passphrase', { exact: true });
  const repeat = ask.getByLabel('Repeat the passphrase');
  await first.fill('short one');
  await expect(ask.getByText(/Choose a longer passphrase/)).toBeVisible();
  await repeat.fill('short one');
  await ask.getByRole('button', { name: 'Protect and export' }).click();
  await expect(ask).toBeVisible();
  await expect(first).toHaveAttribute('aria-invalid', 'true');

  await first.fill(PASSPHRASE);
  await expect(ask.getByText(/Choose a longer passphrase/)).toBeHidden();
  await expect(ask.getByText(/not the same/)).toBeVisible();
  await repeat.fill(PASSPHRASE);
  await expect(ask.getByText(/not the same/)).toBeHidden();
  const file = await download(page, '', () =>
    ask.getByRole('button', { name: 'Protect and export' }).click(),
  );
  await expect(page.getByText('Protected register exported')).toBeVisible();
  expect(file.name).toMatch(/\.ropa\.json$/);
  const envelope = JSON.parse(file.bytes.toString('utf8')) as Record<string, unknown>;
  expect(envelope).toMatchObject({ format: 'ropa-desk.encrypted', version: 1 });
  expect(Object.keys(envelope)).not.toContain('activities');
  expect(file.bytes.toString('utf8')).not.toContain('Konnect');

  await wipeDatabase(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /open a register file/i }).click();
  await (
    await chooser
  ).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  const unlock = page.getByRole('dialog', { name: 'Enter the passphrase' });
  await expect(unlock.getByText(file.name, { exact: false })).toBeVisible();
  await expectNoViolations(page, 'the passphrase dialog', '[role="dialog"]');
  const field = unlock.getByLabel('Passphrase', { exact: true });
  await expect(field).toHaveAttribute('type', 'password');
  await unlock.getByRole('button', { name: 'Show or hide the passphrase' }).click();
  await expect(field).toHaveAttribute('type', 'text');

  await field.fill('kettle harbour violets');
  await unlock.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(unlock.getByText(/not the one this file was protected with/)).toBeVisible();
  await expect(field).toBeFocused();
  expect((await readDatabase(page)).activities ?? []).toHaveLength(0);

  await field.fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('organisation-name')).toHaveText('Konnect Communities C.I.C.');
  const after = await readDatabase(page);
  for (const table of ['organisation', 'activities', 'thirdParties', 'transfers', 'lias', 'tras']) {
    expect(byId(after[table]), table).toEqual(byId(before[table]));
  }
});

test('cancelling the passphrase, or a damaged protected file, changes nothing', async ({
  page,
}) => {
  await startWithExample(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const plain = await download(page, /^export register file/i);
  const bytes = Buffer.from(await encryptRegisterBytes(plain.bytes, PASSPHRASE));
  const before = await readDatabase(page);

  await importInSettings(page, 'protected.ropa.json', bytes);
  const unlock = page.getByRole('dialog', { name: 'Enter the passphrase' });
  await unlock.getByRole('button', { name: 'Cancel' }).click();
  await expect(unlock).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // One character of the ciphertext changed: refused before any passphrase is asked for.
  const text = bytes.toString('utf8');
  const at = text.indexOf('"ciphertext": "') + 20;
  const damaged = `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
  await importInSettings(page, 'damaged.ropa.json', Buffer.from(damaged));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('That file was not imported')).toBeVisible();
  await expect(page.getByText(/changed or damaged since it was protected/)).toBeVisible();
  expect(await readDatabase(page)).toEqual(before);
});

test('the palette offers the protected export too', async ({ page }) => {
  await startWithExample(page);
  await page.keyboard.press('Control+K');
  await page.keyboard.type('passphrase');
  await page.getByRole('button', { name: /Export register file with a passphrase/ }).click();
  await expect(
    page.getByRole('dialog', { name: 'Protect the register file with a passphrase' }),
  ).toBeVisible();
});
