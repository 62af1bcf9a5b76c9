import { expect, test } from './test';
import { activityTemplates } from '../../shared/templates/activity-templates';
import { readDatabase, startWithExample } from './fixtures';

test('an edited activity is still changed after a reload', async ({ page }) => {
  await startWithExample(page);
  await page
    .getByRole('table', { name: 'Processing activities' })
    .getByText('Enquiries', { exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Enquiries', level: 2 })).toBeVisible();

  const description = page.getByRole('textbox', { name: /^Description/ });
  await description.fill(
    'Answering questions people send us by email, social media and the website form.',
  );
  await page.getByRole('textbox', { name: /^Owner/ }).fill('Operations lead');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved “Enquiries”')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Description/ })).toHaveValue(
    'Answering questions people send us by email, social media and the website form.',
  );
  await expect(page.getByRole('textbox', { name: /^Owner/ })).toHaveValue('Operations lead');
  const stored = await readDatabase(page);
  const events = stored.auditEvents as { summary: string }[];
  expect(events.at(-1)?.summary).toBe('Updated activity “Enquiries”');
});

test('an activity created from a template joins the list as a draft', async ({ page }) => {
  await startWithExample(page);
  const template = activityTemplates.find((t) => /payroll/i.test(t.name));
  expect(template).toBeDefined();
  await page.getByRole('button', { name: /from template/i }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Search templates').fill('payroll');
  await dialog.getByText(template?.name ?? '', { exact: true }).click();

  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue(template?.name ?? '');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText(`Saved “${template?.name}”`)).toBeVisible();

  await page.getByRole('link', { name: 'Processing activities' }).click();
  const table = page.getByRole('table', { name: 'Processing activities' });
  const row = table.getByRole('row').filter({ hasText: template?.name ?? '' });
  await expect(row).toContainText('Draft');
  const stored = await readDatabase(page);
  expect(stored.activities).toHaveLength(14);
});

test('delete asks first, and Undo brings the activity back', async ({ page }) => {
  await startWithExample(page);
  await page.goto('/#/activities/act-order-updates');
  await expect(page.getByRole('heading', { name: 'Order updates', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /delete/i })
    .click();

  const table = page.getByRole('table', { name: 'Processing activities' });
  await expect(table.getByText('Order updates', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  // Undo reopens the restored activity.
  await expect(page.getByRole('heading', { name: 'Order updates', level: 2 })).toBeVisible();
  const stored = await readDatabase(page);
  expect((stored.activities as { id: string }[]).some((a) => a.id === 'act-order-updates')).toBe(
    true,
  );
});

test('leaving a form with unsaved changes asks first', async ({ page }) => {
  await startWithExample(page);
  await page.goto('/#/activities/act-enquiries');
  await page.getByRole('textbox', { name: /^Owner/ }).fill('Someone new');
  await page.getByRole('link', { name: 'Third parties' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(page.getByRole('textbox', { name: /^Owner/ })).toHaveValue('Someone new');
  await page.getByRole('link', { name: 'Third parties' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { name: 'Third parties', level: 2 })).toBeVisible();
});

test('the list filters and sorts', async ({ page }) => {
  await startWithExample(page);
  await page.getByLabel('Search').fill('market');
  await expect(page.getByText(/Showing [1-9]\d* of 13/)).toBeVisible();
  const table = page.getByRole('table', { name: 'Processing activities' });
  await expect(table.getByText('Online shop orders', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('Showing 13 of 13')).toBeVisible();

  await page.getByRole('button', { name: /^Name/ }).click();
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow).toContainText('Website cookies and analytics');
});
