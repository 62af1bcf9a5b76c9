import { expect, test } from './test';
import { readDatabase, startWithExample } from './fixtures';

test('a new third party linked to an activity shows on both sides', async ({ page }) => {
  await startWithExample(page);
  await page.getByRole('link', { name: 'Third parties' }).click();
  await page
    .getByRole('button', { name: /add third party/i })
    .first()
    .click();

  await page.getByRole('textbox', { name: /^Name/ }).fill('Penwith Print Ltd');
  await page
    .getByRole('textbox', { name: /^Services/ })
    .fill('Prints and posts our workshop flyers.');
  const linker = page.getByRole('combobox', {
    name: 'Activities that share data with this third party',
  });
  await linker.click();
  await page.getByRole('option', { name: 'Online shop orders' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /save/i }).first().click();
  await expect(page.getByText('Third party saved')).toBeVisible();

  const stored = await readDatabase(page);
  const party = (stored.thirdParties as { id: string; name: string }[]).find(
    (t) => t.name === 'Penwith Print Ltd',
  );
  expect(party).toBeDefined();
  const shop = (stored.activities as { id: string; recipientIds: string[] }[]).find(
    (a) => a.id === 'act-online-shop-orders',
  );
  expect(shop?.recipientIds).toContain(party?.id);

  await page.goto('/#/activities/act-online-shop-orders');
  await expect(page.getByRole('region', { name: 'Recipients' })).toContainText('Penwith Print Ltd');
  await page.goto(`/#/third-parties/${party?.id}`);
  await expect(
    page.getByRole('list', { name: 'Activities linked to this third party' }),
  ).toContainText('Online shop orders');
});
