import { expect, test, type Page } from './test';
import { runChecks, type Finding, type Severity } from '../../shared/checks';
import { accountabilityScores } from '../../shared/checks/accountability';
import { exampleRegisterWithNotices } from '../../shared/example/konnect-notice';
import { UK_ADEQUACY_BASELINE } from '../../shared/reference/adequacy';
import { expectNoViolations } from './axe';
import { startWithExampleOnDashboard } from './fixtures';

// A fixed day, so the example's review and renewal dates give the same findings every run.
const NOW = new Date('2026-11-25T10:00:00.000Z');
const TODAY = '2026-11-25';

async function expected() {
  const register = await exampleRegisterWithNotices(NOW.toISOString());
  const findings = runChecks({ register, today: TODAY, adequacy: UK_ADEQUACY_BASELINE });
  return { register, findings, scores: accountabilityScores(register, findings) };
}

const count = (findings: readonly Finding[], severity: Severity) =>
  findings.filter((f) => f.severity === severity).length;

async function start(page: Page) {
  await page.clock.setFixedTime(NOW);
  await startWithExampleOnDashboard(page);
}

/** A record's place, as the window's recordHref writes it (the window's code is not imported here). */
const places: Partial<Record<Finding['record']['kind'], (id: string) => string>> = {
  organisation: () => '/organisation',
  activity: (id) => `/activities/${id}`,
  thirdParty: (id) => `/third-parties/${id}`,
  transfer: (id) => `/transfers/${id}`,
  lia: (id) => `/lias/${id}`,
};
const recordHref = (kind: Finding['record']['kind'], id: string, field: string) => {
  const place = places[kind];
  if (!place) throw new Error(`no place for ${kind} in this test`);
  return `${place(id)}?field=${encodeURIComponent(field)}`;
};

/** Opens a record's place as a link inside the window does: the query before the hash. */
async function open(page: Page, href: string) {
  const [path, query] = href.split('?');
  await page.goto(`/${query ? `?${query}` : ''}#${path}`);
}

/** Whether the keyboard focus is on the field a finding names (or inside its group). */
const focusIsOn = (page: Page, field: string) =>
  page.evaluate((path) => {
    const active = document.activeElement;
    const holder = active?.closest('[data-path]');
    const own = holder?.getAttribute('data-path') ?? '';
    return own === path || own === path.replace(/\.\d+(\..*)?$/, '');
  }, field);

async function expectCounts(page: Page, findings: readonly Finding[]) {
  await expect(page.getByTestId('open-findings')).toContainText(`${findings.length}open findings`);
  for (const severity of ['high', 'medium', 'low'] as const) {
    await expect(page.getByTestId(`severity-${severity}`)).toHaveText(
      `${count(findings, severity)}${severity}`,
    );
  }
}

test('the dashboard shows the example organisation’s real findings and scores', async ({
  page,
}) => {
  const { findings, scores } = await expected();
  await start(page);
  expect(findings.length).toBeGreaterThan(10);
  await expectCounts(page, findings);
  for (const score of scores) {
    await expect(page.getByTestId(`score-${score.category.id}`)).toHaveText(score.explanation);
  }
  await expect(page.getByTestId('score-3')).toContainText('Not measured');

  // A severity count opens the findings list filtered to it.
  await page.getByTestId('severity-high').click();
  await expect(page.getByRole('heading', { name: 'Findings', level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/\?severity=high#\/findings$/);
  await expect(page.getByRole('status')).toContainText(`${count(findings, 'high')} shown ·`);

  // An area opens to show how its score is reached and the findings behind it.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  const contracts = scores.find((s) => s.category.id === 7);
  await page.getByRole('button', { name: /^7\. Contracts and data sharing/ }).click();
  await expect(page.getByText(`each of ${contracts?.counted} counts once`)).toBeVisible();
  await expect(
    page.getByRole('link', { name: `All ${contracts?.findings.length} findings in this area` }),
  ).toBeVisible();
});

test('every Fix link of the example’s findings lands on its field', async ({ page }) => {
  const { findings } = await expected();
  await start(page);
  const targets = new Map<string, Finding & { field: string }>();
  for (const finding of findings) {
    const { field } = finding;
    if (field !== null) targets.set(`${finding.record.kind}|${field}`, { ...finding, field });
  }
  expect(targets.size).toBeGreaterThanOrEqual(5);
  for (const finding of targets.values()) {
    await open(page, recordHref(finding.record.kind, finding.record.id, finding.field));
    await expect.poll(() => focusIsOn(page, finding.field), { message: finding.ruleId }).toBe(true);
  }
  // The fields the other rules name, on screens where they always show.
  const always = [
    ['activity', 'act-enquiries', 'purposes'],
    ['activity', 'act-enquiries', 'dataSubjects'],
    ['activity', 'act-enquiries', 'personalData'],
    ['activity', 'act-enquiries', 'recipientCategories'],
    ['activity', 'act-enquiries', 'retention.period'],
    ['activity', 'act-enquiries', 'securityMeasures'],
    ['activity', 'act-enquiries', 'lawfulBasis'],
    ['activity', 'act-enquiries', 'nextReview'],
    ['thirdParty', 'tp-webhost', 'contract.expiresOn'],
    ['thirdParty', 'tp-webhost', 'reviewDate'],
    ['transfer', 'tr-x-us', 'mechanism'],
    ['transfer', 'tr-x-us', 'reviewDate'],
    ['organisation', '', 'icoRenewalDate'],
    ['organisation', '', 'complaints.process'],
  ] as const;
  for (const [kind, id, field] of always) {
    await open(page, recordHref(kind, id, field));
    await expect.poll(() => focusIsOn(page, field), { message: `${kind} ${field}` }).toBe(true);
  }
});

test('fixing a finding from its link makes it disappear', async ({ page }) => {
  const { findings } = await expected();
  await start(page);
  await page
    .getByRole('navigation', { name: 'Register areas' })
    .getByRole('link', { name: 'Findings' })
    .click();
  await page.getByLabel('Search').fill('Website host contract');
  const row = page.getByRole('row').filter({ hasText: '“Website host” processes data for us' });
  await row.getByRole('link', { name: /^Fix/ }).click();

  await expect(page.getByRole('heading', { name: 'Website host', level: 2 })).toBeVisible();
  const status = page.getByRole('combobox', { name: /Contract status/ });
  await expect(status).toBeFocused();
  await status.click();
  await page.getByRole('option', { name: 'In place' }).click();
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Third party saved')).toBeVisible();

  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  const fixed = findings.filter(
    (f) => !(f.ruleId === 'processors.contract-missing' && f.record.id === 'tp-webhost'),
  );
  await expectCounts(page, fixed);
  await page.getByRole('link', { name: 'All findings' }).click();
  await expect(page.getByRole('status')).toContainText(`${fixed.length} shown ·`);
  await expect(page.getByText('“Website host” processes data for us but its contract')).toHaveCount(
    0,
  );
});

test('a finding accepted as a known risk stops counting until withdrawn', async ({ page }) => {
  const { findings } = await expected();
  await start(page);
  await page.getByTestId('severity-low').click();
  const message = findings.find(
    (f) => f.ruleId === 'transfers.record-missing-adequate' && f.record.id === 'tp-linkedin',
  )?.message;
  const row = page.getByRole('row').filter({ hasText: message });
  await row.getByRole('button', { name: /^Accept risk/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept as a known risk' });
  await expect(dialog.getByText(message ?? '')).toBeVisible();

  // Nothing is accepted without a reason; what was typed stays.
  await dialog.getByLabel('Accepted by').fill('Sam Penrose');
  await dialog.getByRole('button', { name: 'Accept the risk' }).click();
  await expect(dialog.getByText('Say why the organisation accepts this risk')).toBeVisible();
  await expect(dialog.getByLabel('Accepted by')).toHaveValue('Sam Penrose');
  await dialog
    .getByLabel(/Why the organisation accepts it/)
    .fill('Ireland is adequate; recorded in the next review.');
  await dialog.getByRole('button', { name: 'In 12 months' }).click();
  await expect(dialog.getByLabel(/Counts again from/)).toHaveValue('25/11/2027');
  await dialog.getByRole('button', { name: 'Accept the risk' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`${count(findings, 'low') - 1} shown ·`);

  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  const open = findings.filter((f) => f.message !== message);
  await expectCounts(page, open);
  await expect(page.getByTestId('accepted-count')).toHaveText('1 accepted as known risk');

  await page.getByTestId('accepted-count').click();
  await expect(page.getByRole('switch', { name: /Show accepted risks/ })).toBeChecked();
  await page.getByLabel('Search').fill('LinkedIn Ireland');
  const accepted = page.getByRole('row').filter({ hasText: message });
  await expect(accepted).toContainText('Accepted by Sam Penrose until 25 November 2027');
  await accepted.getByRole('button', { name: /^Withdraw acceptance/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Withdraw acceptance' }).click();
  await expect(page.getByText('Acceptance withdrawn')).toBeVisible();
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expectCounts(page, findings);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('the dashboard and the findings pass an axe WCAG 2.1 A/AA scan', async ({ page }) => {
      await start(page);
      await expectNoViolations(page, 'Dashboard');
      await page.getByRole('button', { name: /^7\. Contracts and data sharing/ }).click();
      await expectNoViolations(page, 'Dashboard with an area open');
      await page.getByRole('link', { name: 'All findings' }).click();
      await expect(page.getByRole('heading', { name: 'Findings', level: 2 })).toBeVisible();
      await expectNoViolations(page, 'Findings');
      await page
        .getByRole('button', { name: /^Accept risk/ })
        .first()
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'Accept as a known risk', '[role="dialog"]');
    });
  });
}
