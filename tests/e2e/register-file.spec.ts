import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './test';
import { verifyChain } from '../../shared/audit/chain';
import { CURRENT_SCHEMA_VERSION } from '../../shared/register-file';
import type { AuditEvent } from '../../shared/domain';
import { readDatabase, startWithExample, wipeDatabase } from './fixtures';

async function exportRegister(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /export register file/i }).click();
  const path = await (await download).path();
  return path;
}

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /import register file/i }).click();
  await (await chooser).setFiles(file);
}

test('export, wipe, import gives back an identical register', async ({ page }) => {
  await startWithExample(page);
  const before = await readDatabase(page);
  const path = await exportRegister(page);
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'ropa-desk.register',
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });

  await wipeDatabase(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Ropa Desk' })).toBeVisible();
  expect((await readDatabase(page)).activities ?? []).toHaveLength(0);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /open a register file/i }).click();
  await (
    await chooser
  ).setFiles({
    name: 'register.ropa.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('organisation-name')).toHaveText('Konnect Communities C.I.C.');

  const after = await readDatabase(page);
  const byId = (rows: unknown[]) =>
    [...(rows as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  for (const table of ['organisation', 'activities', 'thirdParties', 'transfers', 'lias', 'tras']) {
    expect(byId(after[table] ?? []), table).toEqual(byId(before[table] ?? []));
  }
  // The trail comes back whole, with the import recorded on the end of it.
  const trail = after.auditEvents as { summary: string }[];
  expect(trail.slice(0, before.auditEvents?.length)).toEqual(before.auditEvents);
  expect(trail.at(-1)?.summary).toMatch(/^Imported register file/);
  expect(await verifyChain(trail as AuditEvent[])).toEqual({ ok: true, count: trail.length });
});

for (const [problem, content, message] of [
  ['truncated', (text: string) => text.slice(0, text.length / 2), /not valid JSON/],
  [
    'tampered',
    (text: string) => text.replace('Konnect Communities C.I.C.', 'Konnect Communities Ltd'),
    /checksum does not match/,
  ],
  ['foreign', () => JSON.stringify({ hello: 'world' }), /not a Ropa Desk register file/],
] as const) {
  test(`a ${problem} file is refused and nothing changes`, async ({ page }) => {
    await startWithExample(page);
    const path = await exportRegister(page);
    const text = await readFile(path, 'utf8');
    await page.goto('/#/activities/act-enquiries');
    await page.getByRole('textbox', { name: /^Owner/ }).fill('Changed before the import');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Saved “Enquiries”')).toBeVisible();
    const before = await readDatabase(page);

    await page.getByRole('link', { name: 'Settings' }).click();
    await importFile(page, {
      name: `${problem}.ropa.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(content(text)),
    });
    await expect(page.getByText('That file was not imported')).toBeVisible();
    await expect(page.getByText(message)).toBeVisible();
    expect(await readDatabase(page)).toEqual(before);
  });
}

test('importing over a register asks first and saves a copy before replacing', async ({ page }) => {
  await startWithExample(page);
  const path = await exportRegister(page);
  const text = await readFile(path, 'utf8');
  await importFile(page, {
    name: 'again.ropa.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const dialog = page.getByRole('dialog', { name: 'Replace the current register?' });
  await expect(dialog).toBeVisible();
  const copy = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save a copy, then replace' }).click();
  expect((await copy).suggestedFilename()).toMatch(/before import.*\.ropa\.json$/);
  await expect(page.getByText('Register imported')).toBeVisible();
});
