/**
 * Chromium killed in the middle of an import: after a restart the database is exactly what it was
 * before, and the app opens normally. A control run shows a finished import survives the same kill.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { exampleRegister } from '../../shared/example/konnect';
import { exampleWithCopies } from './fixtures';
import {
  chooseLocalFile,
  digestEveryStore,
  importReaches,
  launchKillable,
  readEveryStore,
  watchImport,
  type ImportProgress,
} from './crash-fixtures';

// Large enough that the import's one transaction writes for seconds on this machine.
const COPIES = 10_000;
const EXAMPLE_ACTIVITIES = exampleRegister(new Date().toISOString()).activities.length;

let folder = '';
let registerPath = '';
let profile = '';

test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ropa-crash-'));
  registerPath = join(folder, 'large.ropa.json');
  const file = await exampleWithCopies(COPIES, (model, i) => ({
    ...model,
    id: `crash-${i}`,
    name: `${model.name} — branch ${String(i).padStart(5, '0')}`,
  }));
  await writeFile(registerPath, file);
});

test.afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

test.beforeEach(async () => {
  profile = await mkdtemp(join(folder, 'profile-'));
});

async function openApp(page: Page, baseURL: string | undefined): Promise<void> {
  if (!baseURL) throw new Error('The e2e tests need a baseURL (playwright.config.ts).');
  await page.goto(`${baseURL}/`);
}

async function expectDashboard(page: Page): Promise<void> {
  await expect(page.getByTestId('organisation-name')).toHaveText('Konnect Communities C.I.C.');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
}

/** First run with the example organisation; resolves with the database it left on disk. */
async function startWithExample(
  page: Page,
  baseURL: string | undefined,
): Promise<Record<string, unknown[]>> {
  await openApp(page, baseURL);
  await page.getByRole('button', { name: /example organisation/i }).click();
  await expectDashboard(page);
  const stored = await readEveryStore(page);
  expect(stored.activities).toHaveLength(EXAMPLE_ACTIVITIES);
  return stored;
}

/** Settings ▸ Import register file ▸ the large file ▸ "Save a copy, then replace". */
async function startImport(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /import register file/i }).click();
  await chooseLocalFile(await chooser, registerPath);
  const dialog = page.getByRole('dialog', { name: 'Replace the current register?' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await watchImport(page);
  await dialog.getByRole('button', { name: 'Save a copy, then replace' }).click();
}

const bigEnough = (p: ImportProgress) => p.requested > COPIES;

for (const [point, reached] of [
  ['as soon as it has cleared the tables', (p: ImportProgress) => p.started && p.requested > 0],
  [
    'half-way through its writes',
    (p: ImportProgress) => bigEnough(p) && p.answered >= p.requested / 2,
  ],
  // Not later: while answers pour in the page runs few of the test's polls, and it has been seen
  // to overshoot a 90% mark to the very end, where the kill may or may not beat the commit.
  [
    'with a quarter of its writes left',
    (p: ImportProgress) => bigEnough(p) && p.answered >= p.requested * 0.75,
  ],
] as const) {
  test(`the browser killed ${point} leaves the database as it was before the import`, async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const first = await launchKillable(profile);
    let before: Record<string, unknown[]>;
    try {
      before = await startWithExample(first.page, baseURL);
      await startImport(first.page);
      const at = await importReaches(first.page, reached);
      await first.kill();
      // Mid-way: a transaction with unanswered writes cannot have asked to commit.
      expect(at.completed).toBe(false);
      expect(at.answered).toBeLessThan(at.requested);
    } finally {
      await first.close();
    }

    const second = await launchKillable(profile);
    try {
      await openApp(second.page, baseURL);
      await expectDashboard(second.page);
      expect(await readEveryStore(second.page)).toEqual(before);
    } finally {
      await second.close();
    }
  });
}

test('an import that has finished survives the same kill', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const first = await launchKillable(profile);
  let imported: Awaited<ReturnType<typeof digestEveryStore>>;
  try {
    await startWithExample(first.page, baseURL);
    await startImport(first.page);
    await importReaches(first.page, (p) => p.completed);
    await expect(first.page.getByText('Register imported')).toBeVisible();
    const probe = await first.page.evaluate(() => window.__importProbe);
    expect(probe?.answered).toBe(probe?.requested);
    imported = await digestEveryStore(first.page);
    // Killed as soon as the app says so: 'strict' durability means it was already on disk.
    await first.kill();
  } finally {
    await first.close();
  }
  expect(imported.activities?.rows).toBe(EXAMPLE_ACTIVITIES + COPIES);

  const second = await launchKillable(profile);
  try {
    await openApp(second.page, baseURL);
    await expectDashboard(second.page);
    expect(await digestEveryStore(second.page)).toEqual(imported);
  } finally {
    await second.close();
  }
});
