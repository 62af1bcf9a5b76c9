import { expect, test, type Page } from './test';
import { expectNoViolations } from './axe';
import { readDatabase, startWithExample } from './fixtures';

interface StoredThirdParty {
  id: string;
  name: string;
  article28: Record<string, string>;
  dueDiligence: { certifications: string[]; checkedOn: string | null; notes: string };
  subProcessors: { name: string; service: string; countries: string[] }[];
}
interface StoredTransfer {
  thirdPartyId: string;
  destinations: string[];
  mechanism: string | null;
  toConfirm: string[];
}
interface StoredActivity {
  id: string;
  dpia: { screening: string; answers: Record<string, boolean>; status: string };
}

const terms = [
  'Documented instructions',
  'Confidentiality',
  'Security',
  'Sub-processors',
  'Help with people’s rights',
  'Help with compliance',
  'Deletion or return',
  'Audits and information',
];

/** Adds Mailchimp from the library and waits for its editor to open. */
async function addMailchimp(page: Page) {
  await page.getByRole('link', { name: 'Processor library' }).click();
  await expect(page.getByRole('heading', { name: 'Processor library', level: 2 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('mailchimp');
  const card = page.getByRole('article', { name: 'Mailchimp' });
  await card.getByRole('button', { name: 'Add to register' }).click();

  const dialog = page.getByRole('dialog', { name: 'Add “Mailchimp” to your register?' });
  await expect(dialog).toContainText('One proposed transfer');
  await expect(dialog).toContainText('United States');
  await expect(dialog).toContainText('UK–US data bridge (DPF certified)');
  await dialog.getByRole('button', { name: 'Add to register' }).click();

  await expect(page.getByRole('heading', { name: 'Mailchimp', level: 2 })).toBeVisible();
  await expect(page.getByText('Added “Mailchimp”')).toBeVisible();
}

test('a processor added from the library keeps its checklist, due diligence and sub-processors', async ({
  page,
}) => {
  await startWithExample(page);
  await addMailchimp(page);

  let stored = await readDatabase(page);
  const party = (stored.thirdParties as StoredThirdParty[]).find((t) => t.name === 'Mailchimp');
  expect(party?.article28).toEqual({});
  const transfers = (stored.transfers as StoredTransfer[]).filter(
    (t) => t.thirdPartyId === party?.id,
  );
  expect(transfers).toEqual([
    expect.objectContaining({
      destinations: ['US'],
      mechanism: 'uk-us-data-bridge',
      toConfirm: ['mechanism', 'destinations'],
    }),
  ]);

  // The checklist starts with nothing answered.
  const contract = page.getByRole('region', { name: 'Contract (Article 28)' });
  await expect(contract.getByTestId('article28-summary')).toContainText('Not checked yet');
  await expect(contract.getByRole('radio', { checked: true })).toHaveCount(0);

  for (const term of terms) {
    const answer = term === 'Audits and information' ? 'No' : 'Yes';
    await contract
      .getByRole('radiogroup', { name: term })
      .getByRole('radio', { name: answer, exact: true })
      .check();
  }
  await expect(contract.getByTestId('article28-summary')).toHaveText(
    '7 of 8 terms confirmed; the contract lacks: Audits and information.',
  );

  const diligence = page.getByRole('region', { name: 'Due diligence' });
  const certifications = diligence.getByRole('combobox', { name: /^Certifications/ });
  await certifications.fill('ISO 27001');
  await certifications.press('Enter');
  await certifications.fill('Our own audit, 2026');
  await certifications.press('Enter');
  await page.keyboard.press('Escape');
  const checkedOn = diligence.getByRole('textbox', { name: /^Date checked/ });
  await checkedOn.fill('01/11/2026');
  await checkedOn.press('Tab');

  const subProcessors = page.getByRole('region', { name: 'Sub-processors' });
  await subProcessors.getByRole('button', { name: 'Add a sub-processor' }).click();
  await subProcessors.getByRole('textbox', { name: /^Sub-processor/ }).fill('Google Cloud');
  await subProcessors.getByRole('textbox', { name: /^What it does/ }).fill('Hosting');
  await subProcessors.getByRole('combobox', { name: /^Where/ }).fill('United States');
  await page.getByRole('option', { name: 'United States', exact: true }).click();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Third party saved')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mailchimp', level: 2 })).toBeVisible();
  const reloaded = page.getByRole('region', { name: 'Contract (Article 28)' });
  await expect(
    reloaded.getByRole('radiogroup', { name: 'Security' }).getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  await expect(
    reloaded
      .getByRole('radiogroup', { name: 'Audits and information' })
      .getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  await expect(
    page.getByRole('region', { name: 'Sub-processors' }).getByRole('textbox', {
      name: /^Sub-processor/,
    }),
  ).toHaveValue('Google Cloud');

  stored = await readDatabase(page);
  const saved = (stored.thirdParties as StoredThirdParty[]).find((t) => t.id === party?.id);
  expect(Object.values(saved?.article28 ?? {})).toHaveLength(8);
  expect(saved?.article28['audits-and-information']).toBe('no');
  expect(saved?.dueDiligence).toMatchObject({
    certifications: ['ISO 27001', 'Our own audit, 2026'],
    checkedOn: '2026-11-01',
  });
  expect(saved?.subProcessors).toEqual([
    { name: 'Google Cloud', service: 'Hosting', countries: ['US'] },
  ]);

  // Back in the library, Mailchimp is now in the register, with a way to open it.
  await page.goto('/#/processor-library');
  const card = page.getByRole('article', { name: 'Mailchimp' });
  await expect(card).toContainText('In your register');
  await expect(card.getByRole('link', { name: 'Open “Mailchimp”' })).toBeVisible();
});

test('answering one DPIA screening item yes shows a DPIA is needed and saves it', async ({
  page,
}) => {
  await startWithExample(page);
  await page.goto('/#/activities/act-client-records');
  await expect(page.getByRole('heading', { name: 'Client records', level: 2 })).toBeVisible();

  const dpia = page.getByRole('region', { name: 'DPIA' });
  await dpia
    .getByRole('radiogroup', { name: 'Tracking location or behaviour' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await expect(dpia.getByText('A DPIA is needed because:')).toBeVisible();
  await expect(dpia).toContainText('tracking location or behaviour');

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved “Client records”')).toBeVisible();

  const stored = await readDatabase(page);
  const activity = (stored.activities as StoredActivity[]).find(
    (a) => a.id === 'act-client-records',
  );
  expect(activity?.dpia.screening).toBe('required');
  expect(activity?.dpia.answers).toMatchObject({ 'dpia.tracking': true });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('the library, a processor and a DPIA section pass an axe scan', async ({ page }) => {
      await startWithExample(page);
      await page.goto('/#/processor-library');
      await expect(
        page.getByRole('heading', { name: 'Processor library', level: 2 }),
      ).toBeVisible();
      await expectNoViolations(page, 'Processor library');

      await page
        .getByRole('article', { name: 'Zoom' })
        .getByRole('button', { name: 'Add to register' })
        .click();
      await expect(page.getByRole('dialog')).toContainText('proposed transfer');
      await expectNoViolations(page, 'Add from library');
      await page.getByRole('dialog').getByRole('button', { name: 'Add to register' }).click();
      await expect(page.getByRole('heading', { name: 'Zoom', level: 2 })).toBeVisible();
      await page
        .getByRole('radiogroup', { name: 'Security' })
        .getByRole('radio', { name: 'No', exact: true })
        .check();
      await page
        .getByRole('region', { name: 'Sub-processors' })
        .getByRole('button', { name: 'Add a sub-processor' })
        .click();
      await page
        .getByRole('region', { name: 'Sub-processors' })
        .getByRole('textbox', { name: /^Sub-processor/ })
        .fill('Amazon Web Services');
      await expectNoViolations(page, 'Processor editor');
      await page.getByRole('button', { name: 'Save' }).first().click();
      await expect(page.getByText('Third party saved')).toBeVisible();

      await page.goto('/#/third-parties');
      await expect(page.getByRole('heading', { name: 'Third parties', level: 2 })).toBeVisible();
      await expectNoViolations(page, 'Third-party list');

      await page.goto('/#/activities/act-client-records');
      await expect(page.getByRole('heading', { name: 'Client records', level: 2 })).toBeVisible();
      await page
        .getByRole('radiogroup', { name: 'New technologies' })
        .getByRole('radio', { name: 'Yes' })
        .check();
      await expect(page.getByText('A DPIA is needed because:')).toBeVisible();
      await expectNoViolations(page, 'DPIA section');
    });
  });
}
