import { expect, test } from '@playwright/test';
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
