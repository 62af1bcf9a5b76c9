/** Reviews: the calendar lists what is overdue; marking it reviewed moves it on and records it. */
import { expect, test, type Page } from './test';
import { expectNoViolations } from './axe';
import { startWithExample } from './fixtures';

// The example's activities fall due for review on 30 June 2027: a fortnight later they are overdue.
const TODAY = new Date('2027-07-15T10:00:00');

async function openCalendar(page: Page) {
  await page.getByRole('link', { name: 'Reviews due' }).click();
  await expect(page.getByRole('heading', { name: 'Reviews due', level: 2 })).toBeVisible();
}

test('an overdue review is marked reviewed from the calendar and moves to its next date', async ({
  page,
}) => {
  await page.clock.install({ time: TODAY });
  await startWithExample(page);
  await openCalendar(page);

  const overdueTab = page.getByRole('tab', { name: /Overdue/ });
  await expect(overdueTab).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Client records');
  const row = page.getByRole('row', { name: /Review “Client records”/ });
  await expect(row).toContainText('30 Jun 2027');
  await expect(row).toContainText('Overdue by 15 days');
  await expectNoViolations(page, 'Review calendar');

  await row.getByRole('button', { name: 'Mark reviewed: Client records' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark “Client records” reviewed' });
  await expect(dialog.getByText('No review of this activity is recorded yet.')).toBeVisible();
  await expect(dialog.getByLabel('Reviewed on')).toHaveValue('15/07/2027');
  await expect(dialog.getByLabel('Next review')).toHaveValue('15/07/2028');
  await dialog.getByLabel('Reviewed by').fill('Sam Patel');
  await dialog.getByLabel('Notes').fill('Checked retention with the project team.');
  await dialog.getByRole('button', { name: 'Record review' }).click();
  await expect(dialog).toBeHidden();

  // Gone from the overdue list, and on the calendar at its new date.
  await expect(page.getByRole('row', { name: /Review “Client records”/ })).toHaveCount(0);
  await page.getByRole('tab', { name: /Later/ }).click();
  const moved = page.getByRole('row', { name: /Review “Client records”/ });
  await expect(moved).toContainText('15 Jul 2028');

  // The activity shows the review and its new dates.
  await moved.getByRole('link', { name: 'Review “Client records”' }).click();
  await expect(page.getByRole('heading', { name: 'Client records', level: 2 })).toBeVisible();
  const history = page.getByTestId('review-history');
  await expect(history).toContainText('Reviewed on 15 July 2027 by Sam Patel');
  await expect(history).toContainText('Checked retention with the project team.');
  await expect(page.getByRole('textbox', { name: 'Next review' })).toHaveValue('15/07/2028');
});

test('the next review is suggested from the interval set in Settings', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await startWithExample(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Review intervals' });
  await section.getByLabel('Activities').fill('0');
  await section.getByRole('button', { name: 'Save intervals' }).click();
  await expect(section.getByText('At least 1 month')).toBeVisible();
  await section.getByLabel('Activities').fill('6');
  await section.getByRole('button', { name: 'Save intervals' }).click();
  await expect(section.getByText('Your own intervals')).toBeVisible();

  await openCalendar(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Enquiries');
  await page.getByRole('button', { name: 'Mark reviewed: Enquiries' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark “Enquiries” reviewed' });
  await expect(dialog.getByLabel('Next review')).toHaveValue('15/01/2028');
  await expect(dialog.getByText(/Suggested: 6 months on/)).toBeVisible();
  await expectNoViolations(page, 'The review dialog', '[role="dialog"]');
});
