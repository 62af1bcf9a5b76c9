import { expect, test } from '@playwright/test';
import { exampleRegister } from '../../shared/example/konnect';
import { writeRegisterFile } from '../../shared/register-file';

const COPIES = 10_000;

/** The example register plus 10,000 generated activities, as a register file. */
async function largeRegisterFile(): Promise<Buffer> {
  const now = new Date().toISOString();
  const register = exampleRegister(now);
  const source = [...register.activities];
  for (let i = 0; i < COPIES; i += 1) {
    const model = source[i % source.length];
    if (!model) throw new Error('The example has no activities');
    register.activities.push({
      ...model,
      id: `gen-${i}`,
      name: `${model.name} — branch ${String(i).padStart(5, '0')}`,
      businessFunction: `Branch ${i % 40}`,
    });
  }
  return Buffer.from(await writeRegisterFile(register, now, 'scale test'));
}

test('the activity list stays usable with 10,000 activities', async ({ page }) => {
  test.setTimeout(180_000);
  const file = await largeRegisterFile();
  const total = (
    COPIES + exampleRegister(new Date().toISOString()).activities.length
  ).toLocaleString('en-GB');

  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /open a register file/i }).click();
  await (
    await chooser
  ).setFiles({ name: 'large.ropa.json', mimeType: 'application/json', buffer: file });
  // An opened register lands on the dashboard, its checks run over every activity.
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible({
    timeout: 60_000,
  });
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
