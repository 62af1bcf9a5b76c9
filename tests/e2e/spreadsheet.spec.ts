import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { expectNoViolations } from './axe';
import { readDatabase, startWithExample, wipeDatabase } from './fixtures';

const importScreen = (page: Page) =>
  page.getByRole('heading', { name: 'Import the ICO spreadsheet', level: 2 });

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  await expect(page.getByRole('table', { name: 'Columns of the file' })).toBeVisible();
}

const count = (page: Page, label: string) => page.getByTestId(`count-${label}`);

test('export the ICO spreadsheet, import it into a blank register, get the same activities', async ({
  page,
}) => {
  await startWithExample(page);
  const before = await readDatabase(page);
  const names = (before.activities as { name: string }[]).map((a) => a.name).sort();
  expect(names.length).toBeGreaterThan(3);

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('region', { name: 'ICO spreadsheet' })).toBeVisible();
  await expectNoViolations(page, 'Settings with the ICO spreadsheet section');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export ICO spreadsheet (.xlsx)…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^Konnect Communities C\.I\.C\. ROPA \d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  await expect(page.getByText('ICO spreadsheet exported')).toBeVisible();
  const xlsx = await readFile(await file.path());

  await wipeDatabase(page);
  await page.getByRole('button', { name: /blank register/i }).click();
  await expect(page.getByRole('heading', { name: 'Organisation', level: 2 })).toBeVisible();
  await page.goto('/#/import-spreadsheet');
  await expect(importScreen(page)).toBeVisible();

  await chooseFile(
    page,
    'konnect.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    xlsx,
  );
  await expect(page.getByText(/Sheet “Record of processing”: headings in row 9/)).toBeVisible();
  await page.getByRole('button', { name: 'Preview the import' }).click();

  await expect(count(page, 'Activities to create')).toHaveText(String(names.length));
  await expect(count(page, 'Third parties reused')).toHaveText('0');
  expect(Number(await count(page, 'New third parties').textContent())).toBeGreaterThan(0);
  // A reading: the lawful basis read from the ICO column's words, shown for the person to check.
  const readings = page.getByRole('table', { name: 'Readings to check' });
  await expect(
    readings.getByRole('row').filter({ hasText: 'Article 6 lawful basis' }).first(),
  ).toBeVisible();
  expect(await readDatabase(page).then((db) => db.activities ?? [])).toHaveLength(0);

  await page.getByRole('button', { name: `Import ${names.length} activities` }).click();
  await expect(page.getByText('Import complete')).toBeVisible();
  await expect(page.getByText(/marked “imported, to confirm”/)).toBeVisible();

  const after = await readDatabase(page);
  expect((after.activities as { name: string }[]).map((a) => a.name).sort()).toEqual(names);
  await page.getByRole('link', { name: 'Go to the activities' }).click();
  await expect(
    page.getByRole('heading', { name: 'Processing activities', level: 2 }),
  ).toBeVisible();
  const list = page.getByRole('table', { name: 'Processing activities' });
  for (const name of names.slice(0, 5)) {
    await expect(list.getByRole('row').filter({ hasText: name }).first()).toBeVisible();
  }
});

const csv = [
  'Activity name,Business function,Article 6 lawful basis for processing personal data,Kept for',
  'Volunteer rota,Volunteering,consent,Two years after the volunteer leaves',
  ',,"legal obligation",Six years',
  'Payroll,Finance,legal obligation,Six years after the end of the tax year',
].join('\r\n');

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('a CSV with a renamed column is mapped, its broken row shown with the reason, and imported', async ({
      page,
    }) => {
      await startWithExample(page);
      await page.goto('/#/import-spreadsheet');
      await expect(importScreen(page)).toBeVisible();
      await expectNoViolations(page, `Import: choose a file (${colorScheme})`);

      await chooseFile(page, 'volunteers.csv', 'text/csv', Buffer.from(csv));
      const keptFor = page.getByRole('combobox', { name: 'Where column D, “Kept for”, goes' });
      await expect(keptFor).toHaveValue('Leave out');
      await expect(page.getByTestId('column-0')).toContainText('Close: check it');
      await expectNoViolations(page, `Import: match the columns (${colorScheme})`);

      // Leaving with a file read but not imported asks first; staying keeps the mapping.
      await page
        .getByRole('navigation', { name: 'Register areas' })
        .getByRole('link', { name: 'Processing activities' })
        .click();
      await page.getByRole('button', { name: 'Stay and keep editing' }).click();
      await expect(importScreen(page)).toBeVisible();

      await keptFor.click();
      await keptFor.fill('Retention schedule');
      await page.getByRole('option', { name: 'Retention schedule (if possible)' }).click();
      await expect(page.getByTestId('column-3')).toContainText('Your choice');

      await page.getByRole('button', { name: 'Preview the import' }).click();
      await expect(count(page, 'Activities to create')).toHaveText('2');
      await expect(count(page, 'Rows not read')).toHaveText('1');
      const unreadable = page.getByRole('table', { name: 'Rows not read' });
      await expect(unreadable.getByRole('row').nth(1)).toContainText('3');
      await expect(unreadable.getByRole('row').nth(1)).toContainText(/name/i);
      await expectNoViolations(page, `Import: preview (${colorScheme})`);

      // The person corrects a reading: row 2's "consent" is in fact legitimate interests.
      const basis = page.getByRole('combobox', {
        name: 'Reading of “Article 6 lawful basis for processing personal data” in row 2',
      });
      await expect(basis).toHaveValue('Consent — Art 6(1)(a)');
      await basis.click();
      await page.getByRole('option', { name: 'Legitimate interests — Art 6(1)(f)' }).click();
      const readings = page.getByRole('table', { name: 'Readings to check' });
      await expect(
        readings.getByRole('row').filter({ has: basis }).getByText('Confirmed'),
      ).toBeVisible();

      await page.getByRole('button', { name: 'Import 2 activities' }).click();
      await expect(page.getByText('Import complete')).toBeVisible();
      await expectNoViolations(page, `Import: done (${colorScheme})`);

      const stored = (await readDatabase(page)).activities as {
        name: string;
        lawfulBasis: string | null;
        toConfirm: string[];
        retention: { period: string };
      }[];
      const rota = stored.find((a) => a.name === 'Volunteer rota');
      expect(rota?.retention.period).toMatch(/Two years/);
      expect(rota?.lawfulBasis).toBe('legitimate-interests');
      expect(rota?.toConfirm).not.toContain('lawfulBasis');
      expect(stored.find((a) => a.name === 'Payroll')?.toConfirm).toContain('lawfulBasis');
      await page.getByRole('link', { name: 'Volunteer rota' }).click();
      await expect(page.getByRole('heading', { name: 'Volunteer rota', level: 2 })).toBeVisible();
    });
  });
}

test('a file that is not a spreadsheet is refused with the reason, and another can be chosen', async ({
  page,
}) => {
  await startWithExample(page);
  await page.goto('/#/import-spreadsheet');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'notes.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('not a workbook at all'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'That file was not read' })).toBeVisible();
  await chooseFile(page, 'volunteers.csv', 'text/csv', Buffer.from(csv));
});

test('the export can be started from the command palette', async ({ page }) => {
  await startWithExample(page);
  await page.keyboard.press('Control+K');
  await page
    .getByRole('textbox', { name: 'Go to, create or find a record' })
    .fill('ICO spreadsheet');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export ICO spreadsheet/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
});

test('a 1,000-row sheet previews with only the rows in view drawn, and imports', async ({
  page,
}) => {
  const rows = Array.from(
    { length: 1000 },
    (_, i) => `Activity ${i + 1},Team ${i % 7},consent,Mailchimp; Xero,Two years`,
  );
  const big = ['Activity name,Business function,Lawful basis,Recipients,Retention', ...rows].join(
    '\n',
  );
  await startWithExample(page);
  await page.goto('/#/import-spreadsheet');
  await chooseFile(page, 'big.csv', 'text/csv', Buffer.from(big));
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(count(page, 'Activities to create')).toHaveText('1,000');
  const drawn = await page
    .getByRole('table', { name: 'Readings to check' })
    .locator('tbody tr:not([aria-hidden])')
    .count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(60);
  await page.getByRole('button', { name: 'Import 1,000 activities' }).click();
  await expect(page.getByText('Import complete')).toBeVisible({ timeout: 30_000 });
  expect((await readDatabase(page)).activities?.length).toBeGreaterThanOrEqual(1000);
});
