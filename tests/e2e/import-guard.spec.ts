import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './test';
import { startWithExample } from './fixtures';

const OWNER = /^Owner/;

/** Exports the register from Settings and returns the file's text. */
async function exportedRegister(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /export register file/i }).click();
  return readFile(await (await download).path(), 'utf8');
}

/** Counts the file choosers the page opens from now on. */
function countFileChoosers(page: Page): () => number {
  let opened = 0;
  page.on('filechooser', () => (opened += 1));
  return () => opened;
}

test('importing while an editor has unsaved changes asks first', async ({ page }) => {
  await startWithExample(page);
  await page.goto('/#/activities/act-enquiries');
  const owner = page.getByRole('textbox', { name: OWNER });
  // Pressed while the cursor is still in the field, as a person would.
  await owner.fill('Not saved yet');
  const choosers = countFileChoosers(page);

  await page.keyboard.press('Control+O');
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(dialog).toBeHidden();
  await expect(owner).toHaveValue('Not saved yet');
  await expect(page.getByTestId('file-picker')).toHaveCount(0);
  expect(choosers()).toBe(0);

  await page.keyboard.press('Control+O');
  await expect(dialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await chooser;
});

test('after an import the window shows the imported register, not a stale editor', async ({
  page,
}) => {
  await startWithExample(page);
  const text = await exportedRegister(page);
  await page.goto('/#/activities/act-enquiries');
  const owner = page.getByRole('textbox', { name: OWNER });
  const imported = await owner.inputValue();
  await owner.fill('Changed after the export');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved “Enquiries”')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (
    await chooser
  ).setFiles({
    name: 'earlier.ropa.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const replace = page.getByRole('dialog', { name: 'Replace the current register?' });
  const copy = page.waitForEvent('download');
  await replace.getByRole('button', { name: 'Save a copy, then replace' }).click();
  await copy;
  await expect(page.getByText('Register imported')).toBeVisible();

  await expect(
    page.getByRole('heading', { name: 'Processing activities', level: 2 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/activities$/);
  await page.goto('/#/activities/act-enquiries');
  await expect(page.getByRole('textbox', { name: OWNER })).toHaveValue(imported);
});
