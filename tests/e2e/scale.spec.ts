import { expect, test } from './test';
import { exampleRegister } from '../../shared/example/konnect';
import { exampleWithCopies, openRegisterFile } from './fixtures';

const COPIES = 10_000;

test('the activity list stays usable with 10,000 activities', async ({ page }) => {
  test.setTimeout(180_000);
  const file = await exampleWithCopies(COPIES, (model, i) => ({
    ...model,
    id: `gen-${i}`,
    name: `${model.name} — branch ${String(i).padStart(5, '0')}`,
    businessFunction: `Branch ${i % 40}`,
  }));
  const total = (
    COPIES + exampleRegister(new Date().toISOString()).activities.length
  ).toLocaleString('en-GB');

  // An opened register lands on the dashboard, its checks run over every activity.
  await openRegisterFile(page, 'large.ropa.json', file);
  await expect(page.getByText(/^open findings?$/)).toBeVisible({ timeout: 60_000 });
  await page
    .getByRole('navigation', { name: 'Register areas' })
    .getByRole('link', { name: 'Processing activities' })
    .click();
  await expect(page.getByText(`Showing ${total} of ${total}`)).toBeVisible({ timeout: 60_000 });

  // Only the rows in view are in the page, however long the register.
  const table = page.getByRole('table', { name: 'Processing activities' });
  expect(await table.getByRole('row').count()).toBeLessThan(80);

  await page.getByLabel('Search').fill('branch 09999');
  await expect(page.getByText(`Showing 1 of ${total}`)).toBeVisible();
  await expect(table.getByText(/branch 09999$/)).toBeVisible();

  await page.getByLabel('Search').fill('');
  // Sorted by name already: one click reverses it.
  await page.getByRole('button', { name: /^Name/ }).click();
  await expect(table.getByRole('row').nth(1)).toContainText('Website cookies and analytics');
});
