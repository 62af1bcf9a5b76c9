import { expect, test } from './test';
import { expectNoViolations } from './axe';
import { startWithExample } from './fixtures';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('every screen passes an axe WCAG 2.1 A/AA scan', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { name: 'Welcome to Ropa Desk' })).toBeVisible();
      await expectNoViolations(page, 'First run');

      await startWithExample(page);
      await expectNoViolations(page, 'Activity list');

      await page.getByRole('button', { name: /from template/i }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'Template picker');
      await page.keyboard.press('Escape');

      await page.goto('/#/activities/act-client-records');
      await expect(page.getByRole('heading', { name: 'Client records', level: 2 })).toBeVisible();
      await expectNoViolations(page, 'Activity editor');

      await page.goto('/#/activities/new');
      await expect(page.getByRole('heading', { name: /new activity/i, level: 2 })).toBeVisible();
      await expectNoViolations(page, 'New activity');

      await page.goto('/#/third-parties');
      await expect(page.getByRole('heading', { name: 'Third parties', level: 2 })).toBeVisible();
      await expectNoViolations(page, 'Third-party list');

      await page.goto('/#/third-parties/tp-microsoft');
      await expect(page.getByRole('heading', { name: /Microsoft/, level: 2 })).toBeVisible();
      await expectNoViolations(page, 'Third-party editor');

      await page.goto('/#/organisation');
      await expect(page.getByRole('heading', { name: 'Organisation', level: 2 })).toBeVisible();
      await expectNoViolations(page, 'Organisation');

      await page.goto('/#/settings');
      await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
      await expectNoViolations(page, 'Settings');

      await page.keyboard.press('Control+K');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'Command palette');
    });
  });
}

test('a person who asks for less motion sees messages appear and go without fading', async ({
  page,
}) => {
  await startWithExample(page);
  await page.goto('/#/third-parties/tp-microsoft');
  await expect(page.getByRole('heading', { name: /Microsoft/, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).first().click();
  const saved = page.locator('.mantine-Notification-root', { hasText: 'Third party saved' });
  await expect(saved).toBeVisible();
  const fades = await saved.evaluate((notice) => {
    const durations: string[] = [];
    for (let el: Element | null = notice; el && el !== document.body; el = el.parentElement) {
      durations.push(getComputedStyle(el).transitionDuration);
    }
    return durations.flatMap((d) => d.split(',')).map((d) => parseFloat(d) * 1000);
  });
  expect(Math.max(...fades)).toBeLessThanOrEqual(1);
});
