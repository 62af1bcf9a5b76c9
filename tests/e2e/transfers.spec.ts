import { expect, test, type Page } from './test';
import { expectNoViolations } from './axe';
import { startWithExample } from './fixtures';

async function pick(page: Page, field: RegExp, option: string) {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('combobox', { name: field }).fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

async function newTransfer(page: Page, thirdParty: string, country: string) {
  await page.getByRole('link', { name: 'Transfers abroad' }).click();
  await page.getByRole('button', { name: 'New transfer' }).first().click();
  await expect(page.getByRole('heading', { name: 'New transfer', level: 2 })).toBeVisible();
  await pick(page, /^Third party that receives/, thirdParty);
  await pick(page, /^Destination countries/, country);
}

test('a US transfer asks about certification and says what each answer means', async ({ page }) => {
  await startWithExample(page);
  await newTransfer(page, 'Email marketing platform', 'United States');

  const us = page.getByRole('region', { name: 'What is needed for United States' });
  await expect(
    us.getByText(
      'Is Email marketing platform certified to the Data Privacy Framework with the UK Extension?',
    ),
  ).toBeVisible();
  await expect(us.getByText('Confirm the certification')).toBeVisible();

  await us.getByRole('radio', { name: 'No', exact: true }).check();
  await expect(us.getByText('A safeguard is needed', { exact: true })).toBeVisible();
  await expect(
    us.getByText(
      /International data transfer agreement \(IDTA\) — needs a transfer risk assessment/,
    ),
  ).toBeVisible();

  await us.getByRole('radio', { name: 'Yes', exact: true }).check();
  await expect(us.getByText('Nothing more needed')).toBeVisible();
  await expect(us.getByText(/the UK–US data bridge covers this transfer/)).toBeVisible();

  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Transfer saved')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Transfer to Email marketing platform', level: 2 }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Transfers', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('email marketing');
  const rows = page.getByRole('row').filter({ hasText: 'Email marketing platform' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Covered' })).toHaveCount(1);
});

test('a third party with a country outside the UK is offered a prefilled transfer', async ({
  page,
}) => {
  await startWithExample(page);
  await page.goto('/#/third-parties/tp-meta');
  const offer = page.getByTestId('transfer-offer');
  await expect(offer).toContainText('Data goes to Ireland outside the UK: record the transfer');
  await offer.getByRole('button', { name: 'Record the transfer' }).click();

  await expect(page.getByRole('heading', { name: 'New transfer', level: 2 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Third party that receives/ })).toHaveValue(
    /Meta/,
  );
  await expect(
    page
      .getByRole('region', { name: 'What is needed for Ireland' })
      .getByText('Nothing more needed'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Transfer saved')).toBeVisible();

  await page.goto('/#/third-parties/tp-meta');
  await expect(page.getByRole('heading', { name: /Meta/, level: 2 })).toBeVisible();
  await expect(page.getByTestId('transfer-offer')).toHaveCount(0);
});

test('completing a TRA through the wizard marks its transfer completed', async ({ page }) => {
  await startWithExample(page);
  await page.goto('/#/transfers/tr-x-us');
  await expect(page.getByTestId('tra-status')).toHaveText('Not started');
  await page.getByRole('button', { name: 'Start the transfer risk assessment' }).click();
  await expect(
    page.getByRole('heading', { name: 'Transfer risk assessment', level: 2 }),
  ).toBeVisible();

  // Completing too early lists what is missing, each a link to its step.
  await page.getByRole('button', { name: /^Outcome/ }).click();
  await page.getByRole('button', { name: 'Complete the assessment' }).click();
  await expect(page.getByTestId('tra-missing')).toContainText('Question 5(a)');
  await page.getByTestId('tra-missing').getByRole('button', { name: 'Question 1' }).click();

  await page
    .getByRole('textbox', { name: /specific circumstances/ })
    .fill('Custom audience uploads of hashed emails to X Corp in the US under the UK Addendum.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved')).toBeVisible();
  await page.goto('/#/transfers/tr-x-us');
  await expect(page.getByTestId('tra-status')).toHaveText('In progress');
  await page.getByRole('button', { name: 'Continue the transfer risk assessment' }).click();

  // It resumes at the first question still to answer.
  await page.getByRole('radio', { name: 'Low risk' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('textbox', { name: /reasonable and proportionate/ })
    .fill('Published terms.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByText('What your answers point to')).toBeVisible();
  await page.getByRole('radio', { name: /can go ahead under the Article 46 safeguard/ }).check();
  await page.getByRole('textbox', { name: 'Completed by' }).fill('Sam Penrose');
  await page.getByRole('button', { name: 'Complete the assessment' }).click();
  await expect(page.getByText('Assessment completed')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revise' })).toBeVisible();

  await page.goto('/#/transfers/tr-x-us');
  await expect(page.getByTestId('tra-status')).toHaveText('Completed');
  await page.getByRole('link', { name: 'Transfers', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'X (formerly Twitter)' })).toContainText(
    'Completed',
  );
});

test('editing the adequacy list in Settings changes a transfer’s verdict', async ({ page }) => {
  await startWithExample(page);
  await newTransfer(page, 'Accountant', 'South Korea');
  await expect(
    page
      .getByRole('region', { name: 'What is needed for South Korea' })
      .getByText('Nothing more needed'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Transfer saved')).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('searchbox', { name: 'Search the list' }).fill('korea');
  await page.getByRole('button', { name: 'Edit South Korea' }).click();
  await page.getByRole('textbox', { name: 'Stopped applying on' }).fill('01/01/2025');
  // Close the calendar, which covers the buttons, by clicking the dialog's heading.
  await page.getByRole('heading', { name: 'Edit South Korea' }).click();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Adequacy list saved')).toBeVisible();
  await expect(page.getByText(/Your edited list/)).toBeVisible();

  await page.getByRole('link', { name: 'Transfers abroad' }).click();
  const row = page.getByRole('row').filter({ hasText: 'South Korea' });
  await expect(row).toContainText('Needs a safeguard');

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Restore the list Ropa Desk ships' }).click();
  await page.getByRole('button', { name: 'Restore the shipped list' }).click();
  await expect(page.getByText('The list Ropa Desk ships', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Transfers abroad' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'South Korea' })).toContainText('Covered');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`transfer screens pass an axe WCAG 2.1 A/AA scan (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await startWithExample(page);
    await page.goto('/#/transfers');
    await expect(
      page.getByRole('heading', { name: 'Transfers outside the UK', level: 2 }),
    ).toBeVisible();
    await expectNoViolations(page, 'Transfer list');

    await page.goto('/#/transfers/tr-x-us');
    await expect(page.getByRole('heading', { name: /Transfer to X/, level: 2 })).toBeVisible();
    await page.getByRole('radio', { name: 'No', exact: true }).check();
    await expectNoViolations(page, 'Transfer editor');
    await page.getByRole('radio', { name: 'Not checked yet' }).check();

    await page.getByRole('button', { name: 'Start the transfer risk assessment' }).click();
    await expect(
      page.getByRole('heading', { name: 'Transfer risk assessment', level: 2 }),
    ).toBeVisible();
    await expectNoViolations(page, 'TRA wizard');
    await page.getByRole('button', { name: /^Outcome/ }).click();
    await page.getByRole('button', { name: 'Complete the assessment' }).click();
    await expectNoViolations(page, 'TRA outcome');

    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { name: 'UK adequacy list' })).toBeVisible();
    await expectNoViolations(page, 'Settings');
    await page.getByRole('button', { name: 'Edit Japan' }).click();
    await expectNoViolations(page, 'Adequacy entry', '[role="dialog"]');
  });
}
