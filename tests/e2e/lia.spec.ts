/**
 * A legitimate interests assessment from scratch, by keyboard alone: start it, save a draft
 * mid-way, reload, resume, complete it, revise it and open the earlier revision; with an axe
 * scan of each LIA screen in both colour schemes.
 */
import { expect, test, type Locator, type Page } from './test';
import { expectNoViolations } from './axe';
import { readDatabase, startWithExample } from './fixtures';

// A missing element fails in seconds, not at the end of the whole test's time.
test.use({ actionTimeout: 10_000 });

/** Keyboard only: put the focus on an element (as Tab would) and press a key. */
async function press(target: Locator, key = 'Enter') {
  await target.focus();
  await target.press(key);
}

async function typeInto(target: Locator, text: string) {
  await target.focus();
  await target.page().keyboard.type(text);
}

const step = (page: Page) => page.locator('section[aria-labelledby="lia-step-heading"]');

/** Answers every empty text box of the current step. */
async function answerTextBoxes(page: Page) {
  const boxes = step(page).locator('textarea');
  for (let index = 0; index < (await boxes.count()); index += 1) {
    const box = boxes.nth(index);
    if ((await box.inputValue()) === '') await typeInto(box, `Answer ${index + 1}.`);
  }
}

/** Answers a yes/no question by its label. */
async function choose(page: Page, question: string | RegExp, answer: 'Yes' | 'No') {
  const group = page.getByRole('radiogroup', { name: question });
  await press(group.getByRole('radio', { name: answer, exact: true }), 'Space');
  await expect(group.getByRole('radio', { name: answer, exact: true })).toBeChecked();
}

async function next(page: Page, heading: string) {
  await press(page.getByRole('button', { name: /^Next/ }));
  await expect(page.getByRole('heading', { name: heading, level: 3 })).toBeFocused();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('an LIA from scratch by keyboard: draft, reload, resume, complete, revise', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await startWithExample(page);
      await page.goto('/#/lias');
      const table = page.getByRole('table', { name: 'Legitimate interests assessments' });
      await expect(table.getByRole('row')).toHaveCount(7);
      await expectNoViolations(page, 'LIA list');

      // About: the title, an activity (picked by typing), the standard path.
      await press(page.getByRole('button', { name: 'New assessment' }));
      await expect(
        page.getByRole('heading', { name: 'New legitimate interests assessment', level: 2 }),
      ).toBeVisible();
      await typeInto(page.getByRole('textbox', { name: 'Title' }), 'Order updates by email');
      const activities = page.getByRole('combobox', { name: 'Activities it covers' });
      await typeInto(activities, 'Order updates');
      await activities.press('Enter');
      await activities.press('Escape');
      await expect(page.getByText('Order updates', { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('radio', { name: /three-part test/ })).toBeChecked();
      await expectNoViolations(page, 'LIA wizard, About step');

      // Part 1: the purpose comes from the activity, by "Use this"; the rest typed.
      await next(page, 'Part 1 – Purpose test');
      await press(page.getByRole('button', { name: /^Use this \(from “Order updates”\)/ }));
      await expect(
        page.getByRole('textbox', { name: 'Why do you want to process the data?' }),
      ).toHaveValue(/order/i);
      await answerTextBoxes(page);
      await expect(page.getByText('10 of 50 required questions answered')).toBeVisible();

      // Save the draft mid-way, reload, and carry on where it was left.
      await press(page.getByRole('button', { name: 'Save draft' }));
      await expect(page.getByText('All changes saved')).toBeVisible();
      await expect(page).toHaveURL(/#\/lias\/(?!new)[^/?]+$/);
      await page.reload();
      await expect(
        page.getByRole('heading', { name: 'Order updates by email', level: 2 }),
      ).toBeVisible();
      await expect(
        page.getByRole('heading', { name: 'Part 2 – Necessity test', level: 3 }),
      ).toBeVisible();
      await expect(page.getByText('10 of 50 required questions answered')).toBeVisible();

      await answerTextBoxes(page);

      // Part 3: the DPIA screening, where one "yes" calls for a DPIA.
      await next(page, 'Part 3 – Balancing test');
      const screening = page.getByRole('region', { name: 'DPIA screening' });
      const items = screening.getByRole('radiogroup');
      for (let index = 0; index < (await items.count()); index += 1) {
        await press(items.nth(index).getByRole('radio', { name: 'No', exact: true }), 'Space');
      }
      await choose(page, 'New technologies', 'Yes');
      await expect(page.getByText('A DPIA is needed')).toBeVisible();
      await answerTextBoxes(page);
      await choose(page, 'Can you offer individuals an opt-out?', 'Yes');
      await expectNoViolations(page, 'LIA wizard, balancing step');

      // The decision, then the review, leaving the review date out to follow the link to it.
      await next(page, 'Making the decision');
      await choose(page, 'Can you rely on legitimate interests for this processing?', 'Yes');
      await answerTextBoxes(page);
      await typeInto(page.getByRole('textbox', { name: 'LIA completed by' }), 'Ama Mensah');
      await typeInto(page.getByRole('textbox', { name: 'Date', exact: true }), '01/03/2026');
      await page.keyboard.press('Tab');
      await next(page, 'Review');
      const completeButton = page.getByRole('button', { name: 'Complete assessment' });
      await expect(completeButton).toBeDisabled();
      await press(page.getByRole('button', { name: 'Next review date' }));
      const reviewDate = page.getByRole('textbox', { name: 'Next review date' });
      await expect(reviewDate).toBeFocused();
      await page.keyboard.type('01/03/2027');
      await page.keyboard.press('Tab');
      await expect(completeButton).toBeEnabled();
      await press(completeButton);

      await expect(
        page.getByText('Can rely on legitimate interests', { exact: true }),
      ).toBeVisible();
      const db = await readDatabase(page);
      const lia = (
        db.lias as { id: string; title: string; status: string; answers: Record<string, unknown> }[]
      ).find((assessment) => assessment.title === 'Order updates by email');
      expect(lia).toMatchObject({
        status: 'completed',
        revision: 1,
        activityIds: ['act-order-updates'],
        answers: {
          'decision.can-rely': true,
          'decision.completed-by': 'Ama Mensah',
          'decision.date': '2026-03-01',
          'review.next': '2027-03-01',
          'dpia.new-technologies': true,
          'dpia.tracking': false,
        },
      });
      expect(lia?.answers['purpose.why']).toEqual(expect.stringMatching(/order/i));
      const events = db.auditEvents as { entity: string; entityId: string; action: string }[];
      expect(events.filter((e) => e.entity === 'lia' && e.entityId === lia?.id)).toEqual([
        expect.objectContaining({ action: 'create' }),
        expect.objectContaining({ action: 'update' }),
      ]);
      // The screening's "yes" is recorded on the activity, as its own audited change.
      const orderUpdates = (
        db.activities as { id: string; dpia: { screening: string; status: string } }[]
      ).find((activity) => activity.id === 'act-order-updates');
      expect(orderUpdates?.dpia).toMatchObject({ screening: 'required', status: 'not-started' });
      expect(events.at(-1)).toMatchObject({
        entity: 'activity',
        entityId: 'act-order-updates',
        action: 'update',
      });

      // The list shows it; open it from there, revise it and open the earlier revision.
      await page.goto('/#/lias');
      const row = table.getByRole('row', { name: /Order updates by email/ });
      await expect(row.getByText('Can rely', { exact: true })).toBeVisible();
      await press(row);
      await expect(page.getByRole('button', { name: 'Revise' })).toBeVisible();
      await press(page.getByRole('button', { name: 'Revise' }));
      await expect(page.getByText(/Revision 2, a draft/)).toBeVisible();
      await press(page.getByRole('link', { name: 'Revision 1' }));
      await expect(
        page.getByRole('heading', { name: 'Revision 1 — read-only', level: 2 }),
      ).toBeVisible();
      await expect(page.getByText('Ama Mensah').first()).toBeVisible();
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await expectNoViolations(page, 'LIA revision view');
    });
  });
}

test('an LIA list with nothing in it says what an LIA is', async ({ page }) => {
  await page.goto('/');
  await press(page.getByRole('button', { name: /blank register/i }));
  await expect(page.getByRole('heading', { name: 'Organisation', level: 2 })).toBeVisible();
  await page.goto('/#/lias');
  await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();
  await expect(page.getByText(/three things before relying on legitimate interests/)).toBeVisible();
  await expectNoViolations(page, 'Empty LIA list');
});

test('an activity shows its LIA, or starts one, asking before unsaved changes are lost', async ({
  page,
}) => {
  await startWithExample(page);
  await page.goto('/#/activities/act-enquiries');
  const section = page.getByRole('region', { name: 'Lawful basis' });
  await expect(section.getByRole('link', { name: 'Answering enquiries' })).toBeVisible();
  await expect(section.getByText('Can rely', { exact: true })).toBeVisible();

  // An activity moved to legitimate interests (not saved yet) has no LIA: start one for it.
  await page.goto('/#/activities/act-order-updates');
  const basis = section.getByRole('combobox', { name: 'Lawful basis (Article 6)' });
  await basis.focus();
  // Arrow down the options to the one wanted, as a keyboard user would.
  const highlighted = page.locator('[data-combobox-selected]');
  for (let tries = 0; tries < 8; tries += 1) {
    await page.keyboard.press('ArrowDown');
    if ((await highlighted.textContent()) === 'Legitimate interests — Art 6(1)(f)') break;
  }
  await page.keyboard.press('Enter');
  await expect(basis).toHaveValue('Legitimate interests — Art 6(1)(f)');
  await expect(section.getByText(/No LIA yet/)).toBeVisible();
  await press(section.getByRole('button', { name: 'Start an LIA' }));
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await press(dialog.getByRole('button', { name: 'Discard changes' }));
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Order updates');
});

test('an example LIA drafted for the user says so until they confirm its answers', async ({
  page,
}) => {
  await startWithExample(page);
  await page.goto('/#/lias/lia-enquiries');
  await expect(page.getByRole('heading', { name: 'Answering enquiries', level: 2 })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'Answers to confirm' });
  await expect(alert).toBeVisible();
  await press(alert.getByRole('button', { name: 'Confirm these answers as ours' }));
  await expect(alert).toHaveCount(0);

  const { lias } = await readDatabase(page);
  const lia = (lias as { id: string; toConfirm: string[]; status: string }[]).find(
    (l) => l.id === 'lia-enquiries',
  );
  expect(lia).toMatchObject({ toConfirm: [], status: 'completed' });
});
