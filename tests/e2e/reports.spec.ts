/**
 * The Reports screen: a long report shows its progress and can be cancelled, leaving nothing
 * behind; the funder pack is then made, saved and read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { expectNoViolations } from './axe';
import { exampleWithCopies, openRegisterFile, startWithExampleOnDashboard } from './fixtures';

const COPIES = 800;

const report = (page: Page, title: string) => page.getByRole('article', { name: title });

test('a long report shows progress and is cancelled; the funder pack is made and saved', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The example plus 800 activities no funder pays for: a long Article 30 record.
  const file = await exampleWithCopies(COPIES, (model, i) => ({
    ...model,
    id: `long-${i}`,
    name: `${model.name} — site ${String(i).padStart(4, '0')}`,
    funderIds: [],
    programmes: [],
  }));
  await openRegisterFile(page, 'long.ropa.json', file);
  await page
    .getByRole('navigation', { name: 'Register areas' })
    .getByRole('link', { name: 'Reports' })
    .click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 2 })).toBeVisible();

  await report(page, 'Record of processing activities')
    .getByRole('button', { name: 'Make PDF…' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'Mark it CONFIDENTIAL' }).check();
  await dialog.getByRole('button', { name: 'Make PDF' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Progress of the report' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    /Gathering the register|Laying out the pages|Drawing the pages/,
  );
  // The window answers while the worker works: the sidebar's own button still responds.
  await expect(page.getByRole('button', { name: 'Hide the sidebar' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByText('Nothing was made or saved.')).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // Made to the end this time, drawn in two workers, merged and numbered.
  await report(page, 'Record of processing activities')
    .getByRole('button', { name: 'Make PDF…' })
    .click();
  await dialog.getByRole('checkbox', { name: 'Mark it CONFIDENTIAL' }).check();
  await dialog.getByRole('button', { name: 'Make PDF' }).click();
  await expect(dialog.getByText('The report is ready')).toBeVisible({ timeout: 120_000 });
  const saved = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const record = execFileSync('pdftotext', ['-raw', await (await saved).path(), '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const pages = record.split('\f').slice(0, -1);
  expect(pages[0]).toMatch(/^CONFIDENTIAL\nRecord of processing activities\n/);
  pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages.length}`));
  for (const i of [0, 399, 799]) {
    expect(record).toContain(`site ${String(i).padStart(4, '0')}`);
  }
  expect(record.match(/^1\. Business function/gm)).toHaveLength(COPIES + 13);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await report(page, 'Funder assurance pack').getByRole('button', { name: 'Make PDF…' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Funder' })).toHaveValue(
    'Funders of our programmes',
  );
  await expectNoViolations(page, 'Report choices', '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Make PDF' }).click();
  await expect(dialog.getByText('The report is ready')).toBeVisible({ timeout: 60_000 });
  await expectNoViolations(page, 'Report ready', '[role="dialog"]');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(
    /^Konnect Communities C\.I\.C\. Funder assurance pack – Funders of our programmes \d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const text = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Funders of our programmes');
  expect(text).toContain('Client records');
  // Only the funder's own work: none of the 800 activities no funder pays for.
  expect(text).not.toContain('site 0001');
  expect(text).toContain('Konnect Communities C.I.C.');
  expect(text).toMatch(/Page 1 of \d+/);
});

test('the Reports screen passes an axe scan', async ({ page }) => {
  await startWithExampleOnDashboard(page);
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { name: 'Reports', level: 2 })).toBeVisible();
  await expectNoViolations(page, 'Reports');
});
