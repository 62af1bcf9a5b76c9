/**
 * The window's figures at 10,000 activities (`npm run bench` runs this after the Node part and
 * a build): import of the register file through the app's own "Open a register file" beside a
 * raw Dexie bulkPut of the same rows in the same page; a search keystroke to the updated list;
 * opening an activity; the first screen of the activity list after start; the Article 30 PDF
 * made from the Reports screen, with the longest main-thread task meanwhile. Chromium is launched
 * as the end-to-end tests launch it, and the built window is served as they serve it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { startWebServer } from '../../electron/web/server';
import { writeRegisterFile } from '../../shared/register-file';
import { FILE_READ_MARK } from '../../shared/register-file/read';
import { printWindow } from './report';
import { envCount, median } from './stats';
import { syntheticRegister } from './synthetic';
import {
  markFileChosen,
  rawBulkPut,
  longestTask,
  recordFirstRow,
  waitForStored,
  watchKeystroke,
  watchLongTasks,
  watchOpen,
} from './window-page';

const ACTIVITIES = envCount('BENCH_WINDOW_ACTIVITIES', 10_000);
const RUNS = envCount('BENCH_WINDOW_RUNS', 3);
/** The synthetic register names activity i "… site 0000i": this one is searched for. */
const SEARCHED = String(Math.floor(ACTIVITIES / 2)).padStart(5, '0');
const RESULTS = new URL('./results.json', import.meta.url);
const DEXIE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('dexie/dist/dexie.js'),
  'utf8',
);
const rendererRoot = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** The app's tables and indexes at schema version 5 (renderer/db/database.ts), for the baseline. */
const SCHEMA: Record<string, string> = {
  organisation: 'id',
  activities:
    'id, name, status, businessFunction, lawfulBasis, updatedAt, *recipientIds, *funderIds',
  thirdParties: 'id, name, kind, type',
  transfers: 'id, thirdPartyId, *activityIds',
  lias: 'id, *activityIds, status',
  tras: 'id, transferId, status',
  noticeDrafts: 'id, audienceId',
  noticeVersions: 'id, audienceId, number',
  acceptedRisks: 'id, ruleId, recordId, expiresOn',
  reviews: 'id, [recordKind+recordId], reviewedOn',
  breaches: 'id, discoveredAt, status, *activityIds, *thirdPartyIds',
  rightsRequests: 'id, receivedOn, status, *activityIds',
  complaints: 'id, receivedOn, status, *activityIds',
  auditEvents: 'seq, entity, entityId, at',
};

interface Sample {
  importStoredMs: number;
  importFromReadMs: number;
  importShownMs: number;
  bulkPutMs: number;
}

async function importOnce(browser: Browser, url: string, filePath: string, text: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  // tsx keeps function names with an `__name` helper that the page does not have.
  await context.addInitScript('globalThis.__name ??= (target) => target;');
  const page = await context.newPage();
  await page.goto(url);
  const open = page.getByRole('button', { name: /open a register file/i });
  await open.waitFor();
  await page.evaluate(markFileChosen);
  const chooser = page.waitForEvent('filechooser');
  await open.click();
  await (await chooser).setFiles(filePath);
  const stored = await page.evaluate(waitForStored, {
    database: 'ropa-desk',
    activities: ACTIVITIES,
    readMark: FILE_READ_MARK,
  });
  await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor({ timeout: 120_000 });
  // The app's own screen after the import: the dashboard, with its checks over 10,000 activities.
  const importShownMs = await page.evaluate(() => performance.now() - (window.__benchMark ?? 0));
  await page.evaluate(DEXIE_SOURCE);
  const bulkPutMs = await page.evaluate(rawBulkPut, { text, schema: SCHEMA });
  return {
    page,
    close: () => context.close(),
    sample: {
      importStoredMs: stored.fromChosen,
      importFromReadMs: stored.fromRead,
      importShownMs,
      bulkPutMs,
    },
  };
}

/** How many activities the search finds: only their names hold digits. */
const matching = (digits: string) => names.filter((name) => name.includes(digits)).length;

async function searchKeystroke(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/activities`);
  const search = page.getByRole('searchbox', { name: 'Search' });
  // About ten activities match before the keystroke and one after it.
  await search.fill(`site ${SEARCHED.slice(0, -1)}`);
  await page.locator(`table[aria-rowcount="${matching(SEARCHED.slice(0, -1)) + 1}"]`).waitFor();
  const done = page.evaluate(watchKeystroke);
  await search.press(SEARCHED.slice(-1));
  return done;
}

async function openActivity(page: Page, url: string, index: number): Promise<number> {
  await page.goto(`${url}#/activities`);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  const row = page.locator('table[aria-rowcount] tbody tr').nth(index);
  const name = (await row.locator('td [title]').first().getAttribute('title')) ?? '';
  const done = page.evaluate(watchOpen, name);
  await row.click();
  return done;
}

/** Reports ▸ Article 30 record ▸ Make PDF, from the click to "The report is ready". */
async function ropaPdf(page: Page, url: string): Promise<{ ms: number; longestTaskMs: number }> {
  await page.goto(`${url}#/reports`);
  const card = page.getByRole('article', { name: 'Record of processing activities' });
  await card.getByRole('button', { name: 'Make PDF…' }).click();
  const dialog = page.getByRole('dialog');
  await page.evaluate(watchLongTasks);
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Make PDF' }).click();
  await dialog.getByText('The report is ready').waitFor({ timeout: 600_000 });
  const ms = Date.now() - started;
  return { ms, longestTaskMs: await page.evaluate(longestTask) };
}

async function firstScreen(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/activities`);
  await page.reload();
  await page.locator('table[aria-rowcount] tbody tr').first().waitFor();
  await page.waitForFunction(() => window.__benchMark !== undefined);
  return page.evaluate(() => window.__benchMark ?? Number.NaN);
}

const results = existsSync(RESULTS)
  ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
  : {};
if (!existsSync(join(rendererRoot, 'index.html'))) {
  throw new Error(`The window has not been built (${rendererRoot} is missing): run npm run build.`);
}
const folder = mkdtempSync(join(tmpdir(), 'ropa-bench-window-'));
const filePath = join(folder, 'bench.ropa.json');
const register = syntheticRegister({ activities: ACTIVITIES });
const names = register.activities.map((activity) => activity.name);
const text = await writeRegisterFile(register, '2026-11-25T12:00:00.000Z', 'bench');
writeFileSync(filePath, text);
const server = await startWebServer(rendererRoot, 0);
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
try {
  const samples: Sample[] = [];
  let last: Awaited<ReturnType<typeof importOnce>> | undefined;
  for (let run = 0; run < RUNS; run += 1) {
    await last?.close();
    last = await importOnce(browser, server.url, filePath, text);
    samples.push(last.sample);
  }
  if (!last) throw new Error('BENCH_WINDOW_RUNS must be at least 1');
  const page = last.page;
  const open: number[] = [];
  const keystroke: number[] = [];
  const first: number[] = [];
  // One unmeasured pass of each, as the Node figures have their warm-up run.
  await openActivity(page, server.url, 0);
  for (let run = 0; run < RUNS; run += 1) open.push(await openActivity(page, server.url, run + 1));
  for (let run = 0; run <= RUNS; run += 1) keystroke.push(await searchKeystroke(page, server.url));
  await page.addInitScript(recordFirstRow);
  for (let run = 0; run < RUNS; run += 1) first.push(await firstScreen(page, server.url));
  const ropa = await ropaPdf(page, server.url);
  const figures = {
    activities: ACTIVITIES,
    runs: RUNS,
    importStoredMs: median(samples.map((s) => s.importStoredMs)),
    importFromReadMs: median(samples.map((s) => s.importFromReadMs)),
    importShownMs: median(samples.map((s) => s.importShownMs)),
    bulkPutMs: median(samples.map((s) => s.bulkPutMs)),
    searchKeystrokeMs: median(keystroke.slice(1)),
    openActivityMs: median(open),
    firstScreenMs: median(first),
    ropaPdfMs: ropa.ms,
    ropaLongestTaskMs: ropa.longestTaskMs,
  };
  await last.close();
  const chromiumVersion = browser.version();
  const machine = { ...(results.machine as object | undefined), chromium: chromiumVersion };
  const window = { ...figures, loadAverageAtEnd: loadavg()[0] };
  writeFileSync(RESULTS, `${JSON.stringify({ ...results, machine, window }, null, 2)}\n`);
  printWindow(figures, chromiumVersion);
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
