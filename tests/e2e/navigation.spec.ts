import { expect, test } from './test';
import { startWithExample } from './fixtures';

test('a place opened for one record does not carry that record into the next place', async ({
  page,
}) => {
  await startWithExample(page);
  await page.goto('/#/third-parties/tp-meta');
  await page
    .getByTestId('transfer-offer')
    .getByRole('button', { name: 'Record the transfer' })
    .click();
  const thirdParty = page.getByRole('combobox', { name: /^Third party that receives/ });
  await expect(thirdParty).toHaveValue(/Meta/);

  await page.getByRole('link', { name: 'Transfers abroad' }).click();
  // A prefilled new record may count as unsaved: either way, end up on the list.
  const leave = page.getByRole('button', { name: 'Discard changes' });
  const list = page.getByRole('heading', { name: 'Transfers outside the UK', level: 2 });
  await expect(list.or(leave)).toBeVisible();
  if (await leave.isVisible()) await leave.click();
  await expect(list).toBeVisible();
  await page.getByRole('button', { name: 'New transfer' }).first().click();
  await expect(page.getByRole('heading', { name: 'New transfer', level: 2 })).toBeVisible();
  await expect(thirdParty).toHaveValue('');
});
