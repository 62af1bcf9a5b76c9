import { expect, test, type Page } from './test';
import { expectNoViolations } from './axe';
import { startWithExample } from './fixtures';

// Noon on Wednesday 25 November 2026 in the UK (GMT); the clock runs on from there.
const NOW = new Date('2026-11-25T12:00:00Z');

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

async function enterInstant(
  page: Page,
  field: 'Became aware' | 'Reported',
  date: string,
  time: string,
) {
  const dateInput = page.getByRole('textbox', { name: new RegExp(`^${field} on`) });
  await dateInput.fill(date);
  await dateInput.press('Tab');
  await page.getByLabel(new RegExp(`^${field} at`)).fill(time);
}

async function recordBreach(page: Page, title: string, date: string, time: string) {
  await page.getByRole('link', { name: 'Breach log' }).click();
  await page.getByRole('button', { name: 'Record a breach' }).first().click();
  await expect(page.getByRole('heading', { name: 'Record a breach', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: /^Short name/ }).fill(title);
  await enterInstant(page, 'Became aware', date, time);
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Breach saved').first()).toBeVisible();
}

test('a breach recorded three hours after awareness shows its 72-hour clock counting down', async ({
  page,
}) => {
  await page.clock.install({ time: NOW });
  await startWithExample(page);
  await page.getByRole('link', { name: 'Breach log' }).click();
  await expect(page.getByRole('heading', { name: 'Breach log', level: 2 })).toBeVisible();
  await expect(page.getByText('No breaches recorded')).toBeVisible();
  await expectNoViolations(page, 'Empty breach log');

  await recordBreach(page, 'Volunteer laptop stolen', '25/11/2026', '09:00');
  const clock = page.getByTestId('breach-clock');
  await expect(page.getByTestId('breach-clock-headline')).toHaveText(
    '68 hours 59 minutes left to decide whether to report to the ICO',
  );
  await expect(clock).toContainText('72 hours end 09:00 GMT on Saturday 28 November 2026');
  await expect(clock).toContainText(
    'Decide whether to report to the ICO by 09:00 GMT on Saturday 28 November 2026',
  );
  await expectNoViolations(page, 'New breach');

  await save(page);
  await expect(
    page.getByRole('heading', { name: 'Volunteer laptop stolen', level: 2 }),
  ).toBeVisible();

  // A minute later the countdown has moved on by itself.
  await page.clock.fastForward('01:00');
  await expect(page.getByTestId('breach-clock-headline')).toHaveText(
    '68 hours 58 minutes left to decide whether to report to the ICO',
  );

  await page.getByRole('link', { name: 'Breach log', exact: true }).first().click();
  await expect(page.getByText('1 breach · 1 awaiting a decision')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Volunteer laptop stolen' });
  await expect(row).toContainText('25 Nov 2026, 09:00');
  await expect(row).toContainText('68 hours 58 minutes left');
  await expect(row).toContainText('Not assessed');
  await expect(row).toContainText('Not decided');
  await expectNoViolations(page, 'Breach log');
});

test('a breach known for four days with no decision is overdue until reported', async ({
  page,
}) => {
  await page.clock.install({ time: NOW });
  await startWithExample(page);
  await recordBreach(page, 'Members list emailed to all', '21/11/2026', '10:00');
  const headline = page.getByTestId('breach-clock-headline');
  await expect(headline).toHaveText('Overdue by 26 hours: decide now whether to report to the ICO');
  await expect(page.getByTestId('breach-clock')).toContainText(
    '72 hours end 10:00 GMT on Tuesday 24 November 2026',
  );
  await save(page);

  await page.getByRole('link', { name: 'Breach log', exact: true }).first().click();
  await expect(page.getByText('1 breach · 1 overdue')).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Members list emailed to all' }),
  ).toContainText('Overdue by 26 hours');

  await page.getByRole('link', { name: 'Members list emailed to all' }).click();
  await page.getByRole('radio', { name: 'A risk to people’s rights and freedoms' }).check();
  await page.getByRole('radio', { name: 'Yes, reported' }).check();
  await enterInstant(page, 'Reported', '23/11/2026', '18:00');
  await expect(headline).toHaveText('Reported to the ICO within 72 hours (after 56 hours)');
  await expect(page.getByTestId('breach-clock')).toContainText('Reported in time');

  await enterInstant(page, 'Reported', '25/11/2026', '09:00');
  await expect(headline).toHaveText(
    'Reported to the ICO after the 72 hours (after 3 days 23 hours)',
  );
  await expect(page.getByTestId('breach-clock')).toContainText(
    'Record the reasons the report went after the 72 hours',
  );
  await page
    .getByRole('textbox', { name: /^Reasons for any delay/ })
    .fill('The list’s recipients were only known once the mail provider replied.');
  await expect(page.getByTestId('breach-clock')).not.toContainText('Record the reasons');
  await save(page);

  await page.getByRole('link', { name: 'Breach log', exact: true }).first().click();
  const row = page.getByRole('row').filter({ hasText: 'Members list emailed to all' });
  await expect(row).toContainText('Reported late');
  await expect(row.getByRole('cell', { name: 'Yes', exact: true })).toBeVisible();
});

test('impossible or missing dates and times are explained, and nothing typed is lost', async ({
  page,
}) => {
  await page.clock.install({ time: NOW });
  await startWithExample(page);
  await recordBreach(page, 'Filing cabinet left open', '26/11/2026', '09:00');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('There is a problem')).toBeVisible();
  await expect(
    page.getByText('This is in the future: enter when the organisation became aware').first(),
  ).toBeVisible();

  await enterInstant(page, 'Became aware', '24/11/2026', '');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(
    page.getByText('Enter the time too, as HH:MM (24-hour clock)').first(),
  ).toBeVisible();
  await expect(page.getByTestId('breach-clock')).toContainText(
    'Enter the date and time the organisation became aware',
  );
  await expect(page.getByRole('textbox', { name: /^Short name/ })).toHaveValue(
    'Filing cabinet left open',
  );

  await page.getByLabel(/^Became aware at/).fill('16:45');
  await save(page);
  await expect(page.getByTestId('breach-clock-headline')).toHaveText(
    '52 hours 44 minutes left to decide whether to report to the ICO',
  );
});

test('an activity lists the breaches that involved it, each linked to the log', async ({
  page,
}) => {
  await page.clock.install({ time: NOW });
  await startWithExample(page);
  await page.goto('/#/activities/act-client-records');
  const section = page.getByRole('region', { name: 'Personal data breaches' });
  await expect(section).toContainText('No breach in the log involves this activity.');

  await recordBreach(page, 'Client list emailed to the wrong funder', '24/11/2026', '16:30');
  await page.getByRole('combobox', { name: 'Processing activities involved' }).click();
  await page.getByRole('option', { name: 'Client records' }).click();
  await page.keyboard.press('Escape');
  await save(page);

  await page.goto('/#/activities/act-client-records');
  await expect(section).toContainText('became aware 24 Nov 2026, 16:30');
  await expect(section).toContainText('reported to the ICO: not decided');
  await section.getByRole('link', { name: 'Client list emailed to the wrong funder' }).click();
  await expect(
    page.getByRole('heading', { name: 'Client list emailed to the wrong funder', level: 2 }),
  ).toBeVisible();
});
