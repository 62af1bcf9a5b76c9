/** The one axe check every window test uses: WCAG 2.1 A and AA, as a person sees the screen. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails with every violation on the screen, named by rule and element. `only` scans one part,
 * e.g. a dialog, whose dimmed page behind was scanned before it opened.
 */
export async function expectNoViolations(page: Page, screen: string, only?: string) {
  // Colours are measured as a person sees them once nothing is fading in or out.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  const builder = new AxeBuilder({ page }).withTags(WCAG_AA);
  const { violations } = await (only ? builder.include(only) : builder).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `${screen} has WCAG 2.1 A/AA violations`).toEqual([]);
}
