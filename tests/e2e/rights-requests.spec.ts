import { expect, test, type Page } from './test';
import { expectNoViolations } from './axe';
import { startWithExample } from './fixtures';

// 20 July 2026, a Monday, in the person's own time zone.
const TODAY = new Date('2026-07-20T10:00:00');

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Register areas' });

async function typeDate(page: Page, name: RegExp, date: string) {
  const input = page.getByRole('textbox', { name });
  await input.fill(date);
  await input.press('Tab');
}

async function logRequest(page: Page, requester: string, receivedOn: string) {
  await sidebar(page).getByRole('link', { name: 'Rights requests' }).click();
  await page.getByRole('button', { name: 'Log a request' }).first().click();
  await expect(page.getByRole('heading', { name: 'Log a rights request', level: 2 })).toBeVisible();
  await page.getByRole('textbox', { name: /^Who made the request/ }).fill(requester);
  await typeDate(page, /^Received on/, receivedOn);
}

test('an access request shows its due date, which a wait for identity moves', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await startWithExample(page);
  await logRequest(page, 'Jane Doe', '25/06/2026');

  const clock = page.getByTestId('rights-clock');
  await expect(clock).toContainText('Response due by 25 July 2026');
  await expect(clock).toContainText('Due in 5 days');
  await expectNoViolations(page, 'New rights request');

  const waits = page.getByRole('region', { name: 'Waiting for information' });
  await waits.getByRole('button', { name: 'Add a wait' }).click();
  await expect(clock).toContainText('Clock stopped since 20 July 2026');
  await expect(clock).toContainText('Paused');
  await typeDate(page, /^Asked on/, '26/06/2026');
  await typeDate(page, /^Information received on/, '01/07/2026');
  await expect(clock).toContainText('Response due by 30 July 2026');
  await expect(clock).toContainText('Due in 10 days');

  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Request saved')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Access request from Jane Doe', level: 2 }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Rights requests', exact: true }).first().click();
  const row = page.getByRole('row').filter({ hasText: 'Jane Doe' });
  await expect(row).toContainText('30 July 2026');
  await expect(row).toContainText('Due in 10 days');
  await expectNoViolations(page, 'Rights requests list');
});

test('a request received two months ago is overdue, and the filter finds it', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await startWithExample(page);
  await logRequest(page, 'Sam Old', '20/05/2026');
  await expect(page.getByTestId('rights-clock')).toContainText('Overdue by 30 days');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Request saved')).toBeVisible();

  await logRequest(page, 'Ali New', '18/07/2026');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Request saved').first()).toBeVisible();

  await page.getByRole('link', { name: 'Rights requests', exact: true }).first().click();
  await expect(page.getByText('2 requests · 1 overdue')).toBeVisible();
  await page.getByRole('combobox', { name: 'Where it stands' }).click();
  await page.getByRole('option', { name: 'Overdue', exact: true }).click();
  await expect(page.getByText('1 of 2 requests · 1 overdue')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Sam Old' });
  await expect(row).toContainText('Overdue by 30 days');
  await expect(page.getByRole('row').filter({ hasText: 'Ali New' })).toHaveCount(0);
});

test('a complaint shows when it must be acknowledged', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await startWithExample(page);
  await sidebar(page).getByRole('link', { name: 'Complaints' }).click();
  await expect(page.getByRole('heading', { name: 'Complaints', level: 2 })).toBeVisible();
  await expect(page.getByText('Your complaints process')).toBeVisible();
  await expectNoViolations(page, 'Complaints list');

  await page.getByRole('button', { name: 'Log a complaint' }).first().click();
  await page.getByRole('textbox', { name: /^Who complained/ }).fill('Pat Example');
  await typeDate(page, /^Received on/, '10/07/2026');
  const clock = page.getByTestId('acknowledgement-clock');
  await expect(clock).toContainText('Acknowledge by 9 August 2026');
  await expect(page.getByText('Due by 9 August 2026: within 30 days of receipt.')).toBeVisible();
  await expectNoViolations(page, 'New complaint');

  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Complaint saved')).toBeVisible();
  await page.getByRole('link', { name: 'Complaints', exact: true }).first().click();
  await expect(page.getByRole('row').filter({ hasText: 'Pat Example' })).toContainText(
    'Acknowledge within 20 days',
  );
});
