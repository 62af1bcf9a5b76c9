import { expect, test } from './test';
import { startWithExample } from './fixtures';

test('Ctrl+K jumps to any record by name', async ({ page }) => {
  await startWithExample(page);
  await page.keyboard.press('Control+K');
  const search = page.getByRole('textbox', { name: 'Go to, create or find a record' });
  await expect(search).toBeFocused();
  await page.keyboard.type('Microsoft');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Microsoft/, level: 2 })).toBeVisible();
});

test('an activity opens from the list by keyboard alone', async ({ page }) => {
  await startWithExample(page);
  const firstRow = page
    .getByRole('table', { name: 'Processing activities' })
    .getByRole('row')
    .nth(1);
  await firstRow.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Customer accounts', level: 2 })).toBeVisible();
});
