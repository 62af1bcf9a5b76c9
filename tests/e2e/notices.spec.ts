/**
 * Privacy notices with the example register: the checklist beside the draft, a retention
 * period changed in the register showing as drift, version 2 published and compared with the
 * example's version 1 of 2 November 2021, and the version exported as HTML and PDF (whose
 * text, read back with pdftotext, states the new period); axe scans in both colour schemes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { expectNoViolations } from './axe';
import { startWithExample } from './fixtures';

test.use({ actionTimeout: 10_000 });

const NEW_PERIOD = '24 months after the enquiry is dealt with';
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

async function openNotices(page: Page) {
  await page
    .getByRole('navigation', { name: 'Register areas' })
    .getByText('Privacy notices')
    .click();
  // The pointer stays on the active sidebar link: hovered, it must still pass axe.
  await expect(page.getByRole('heading', { name: 'Privacy notices', level: 2 })).toBeVisible();
}

/** Chooses an export format and returns the download it starts. */
async function exportAs(page: Page, item: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return download;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('drift after a register change, version 2 published, compared and exported', async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await startWithExample(page);

      // The list: one row per notice; the example's notice for all audiences is at version 1.
      await openNotices(page);
      const list = page.getByRole('table', { name: 'Privacy notices' });
      await expect(list.getByRole('row')).toHaveCount(6);
      const allRow = list.getByRole('row').filter({ hasText: 'Privacy notice for all audiences' });
      await expect(allRow.getByRole('link', { name: 'Version 1' })).toBeVisible();
      await expect(allRow).toContainText('Effective 2 November 2021');
      await expectNoViolations(page, 'Notice list');

      // The draft, with the Article 13/14 checklist beside it.
      await allRow.getByRole('link', { name: 'Privacy notice for all audiences' }).click();
      await expect(
        page.getByRole('heading', { name: 'Privacy notice for all audiences', level: 2 }),
      ).toBeVisible();
      const checklist = page.getByRole('region', { name: 'Article 13/14 checklist' });
      await expect(checklist.getByRole('listitem')).toHaveCount(16);
      await expect(checklist).toContainText('Lawful basis for each purpose');
      await expect(page.getByRole('button', { name: 'Publish version 2' })).toBeVisible();
      await expectNoViolations(page, 'Notice editor');

      // The register changes: Enquiries are kept for longer.
      await page.goto('/#/activities/act-enquiries');
      await expect(page.getByRole('heading', { name: 'Enquiries', level: 2 })).toBeVisible();
      await page.getByRole('textbox', { name: /^Retention period/ }).fill(NEW_PERIOD);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText('Saved “Enquiries”')).toBeVisible();

      // The list now says the notice has drifted, and names the change.
      await openNotices(page);
      await expect(allRow).toContainText(/The register has changed since version 1: \d+ changes?/);
      await allRow.getByRole('button', { name: /^Show all \d+ changes$/ }).click();
      await expect(allRow).toContainText(NEW_PERIOD);

      // Publish version 2: the "what changed" note is prefilled with the change.
      await allRow.getByRole('link', { name: 'Privacy notice for all audiences' }).click();
      await expect(page.getByText(/The register has changed since version 1/)).toBeVisible();
      await page.getByRole('button', { name: 'Publish version 2' }).click();
      const dialog = page.getByRole('dialog', { name: 'Publish version 2' });
      await expect(dialog.getByRole('textbox', { name: 'What changed' })).toHaveValue(
        new RegExp(NEW_PERIOD),
      );
      await expectNoViolations(page, 'Publish dialog', '[role="dialog"]');
      await dialog.getByRole('button', { name: 'Publish version 2' }).click();
      await expect(page.getByRole('heading', { name: 'Version 2 — read-only' })).toBeVisible();
      await expect(page.getByRole('article')).toContainText(NEW_PERIOD);
      await expect(page.getByTestId('version-hash')).toHaveText(/^[0-9a-f]{64}$/);
      await expect(page.getByText('The content matches its fingerprint')).toBeVisible();
      await expectNoViolations(page, 'Version view');

      // Export the version as HTML and as PDF; the PDF's text states the new period.
      const html = await exportAs(page, 'Web page (HTML)');
      expect(html.suggestedFilename()).toBe(
        `Konnect Communities C.I.C. privacy notice v2 ${today()}.html`,
      );
      expect(readFileSync(await html.path(), 'utf8')).toContain(NEW_PERIOD);
      const pdf = await exportAs(page, 'PDF');
      expect(pdf.suggestedFilename()).toBe(
        `Konnect Communities C.I.C. privacy notice v2 ${today()}.pdf`,
      );
      const text = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], {
        encoding: 'utf8',
      });
      expect(text.replace(/\s+/g, ' ')).toContain(NEW_PERIOD);

      // Compare with version 1: the new period among the text added and the changes of substance.
      await page.getByRole('button', { name: 'Compare with version 1' }).click();
      await expect(
        page.getByRole('heading', { name: 'Version 1 compared with version 2', level: 2 }),
      ).toBeVisible();
      const diff = page.getByTestId('text-diff');
      // Word by word against the 2021 text, "months" is common to both: the rest is inserted.
      await expect(diff.locator('ins').filter({ hasText: /\b24\b/ })).not.toHaveCount(0);
      await expect(
        diff.locator('ins').filter({ hasText: 'after the enquiry is dealt with' }),
      ).not.toHaveCount(0);
      await expect(diff.locator('del').first()).toBeVisible();
      const substance = page.getByTestId('substantive-changes');
      await expect(substance).toContainText(NEW_PERIOD);
      await page.getByRole('button', { name: 'Copy as “what changed” note' }).click();
      await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
      const note = await page.evaluate(() => navigator.clipboard.readText());
      expect(note).toContain(NEW_PERIOD);
      await expectNoViolations(page, 'Version comparison');

      // The versions list holds both, and the drift is gone.
      await page.getByRole('button', { name: 'All versions' }).click();
      const versions = page.getByRole('table', { name: 'Published versions' });
      await expect(versions.getByRole('row')).toHaveCount(3);
      await openNotices(page);
      await expect(allRow).toContainText('Up to date with the register');
    });
  });
}

test('own wording is guarded until saved, kept after a reload, and removed only on request', async ({
  page,
}) => {
  await startWithExample(page);
  await page.goto('/#/notices/all');
  await page.getByRole('button', { name: 'Use our own wording for “Introduction”' }).click();
  const box = page.getByRole('textbox', { name: 'Your wording for “Introduction”' });
  await expect(box).toHaveValue(/This notice explains/);
  await box.fill('Hello from Konnect Communities.\n\n- We keep it short.');

  // Leaving asks first; staying keeps the words.
  await page.getByRole('navigation', { name: 'Register areas' }).getByText('Third parties').click();
  await page.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(box).toHaveValue(/Hello from Konnect/);

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  const article = page.getByRole('article');
  await expect(article.getByText('Hello from Konnect Communities.')).toBeVisible();
  await expect(
    article.getByRole('listitem').filter({ hasText: 'We keep it short.' }),
  ).toBeVisible();

  await page
    .getByRole('button', { name: 'Go back to the composed text for “Introduction”' })
    .click();
  await page.getByRole('button', { name: 'Remove my wording' }).click();
  await expect(article.getByText(/This notice explains/)).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeVisible();
});

test('the 2021 notice, version 1, keeps the checklist it was published with', async ({ page }) => {
  await startWithExample(page);
  await page.goto('/#/notices/all/versions/1');
  const checklist = page.getByRole('region', { name: 'Article 13/14 checklist' });
  await expect(checklist).toContainText('as published');
  const basis = checklist
    .getByRole('listitem')
    .filter({ hasText: 'Lawful basis for each purpose' });
  await expect(basis).toContainText('Missing');
  await expectNoViolations(page, 'Version 1 with its checklist');
});
