/**
 * Automatic backups in the desktop window, against a stand-in for the preload's bridge that
 * keeps its backup folder in memory (the real folder is main's, tested in Node).
 */
import type { Page } from '@playwright/test';
import type { Register } from '../../shared/domain';
import { exampleRegister } from '../../shared/example/konnect';
import { writeRegisterFile } from '../../shared/register-file';
import { expectNoViolations } from './axe';
import { readDatabase, startWithExample } from './fixtures';
import { expect, test } from './test';

interface SeedBackup {
  name: string;
  time: string;
  reason: string;
  text: string;
  /** Sent by the window with a protected backup, whose text main cannot read. */
  manifest?: unknown;
}

declare global {
  interface Window {
    __fakeBackups?: {
      backups: SeedBackup[];
      openFileText: string | null;
      /** When set, every write fails with this sentence, as a full disk would. */
      failWrites: string | null;
      menuListeners: ((command: string) => void)[];
      readyToQuit: number;
      /** Backup protection as main keeps it: null while off. */
      verifier: string | null;
    };
  }
}

/** The example register cut down to its first `n` activities (links to the rest removed). */
async function exampleFileWith(n: number, time: string): Promise<string> {
  const full = exampleRegister(time);
  const kept = full.activities.slice(0, n);
  const ids = new Set(kept.map((a) => a.id));
  const register: Register = {
    ...full,
    activities: kept,
    lias: full.lias.filter((l) => l.activityIds.every((id) => ids.has(id))),
    transfers: full.transfers.map((t) => ({
      ...t,
      activityIds: t.activityIds.filter((id) => ids.has(id)),
    })),
  };
  return writeRegisterFile(register, time, 'window test');
}

const backupName = (time: string, reason: string) =>
  `ropa-desk-backup-${time.replace(/:/g, '-')}-${reason}.ropa.json`;

async function seed(time: string, reason: string, activities: number): Promise<SeedBackup> {
  return {
    name: backupName(time, reason),
    time,
    reason,
    text: await exampleFileWith(activities, time),
  };
}

/** Installs the fake bridge before the app loads; `backups` are newest first. */
async function installFakeBridge(page: Page, backups: SeedBackup[] = []): Promise<void> {
  await page.addInitScript((initial: SeedBackup[]) => {
    const fake = {
      backups: [...initial],
      openFileText: null as string | null,
      failWrites: null as string | null,
      menuListeners: [] as ((command: string) => void)[],
      readyToQuit: 0,
      verifier: null as string | null,
    };
    window.__fakeBackups = fake;
    const encode = (text: string) => new TextEncoder().encode(text);
    const isProtected = (text: string) => text.startsWith('{\n  "format": "ropa-desk.encrypted"');
    const entryOf = (b: SeedBackup) => {
      const common = { name: b.name, time: b.time, reason: b.reason, size: b.text.length };
      if (b.manifest) return { ...common, protected: true, manifest: b.manifest };
      const file = JSON.parse(b.text) as {
        schemaVersion: number;
        exportedAt: string;
        checksum: string;
        register: Record<string, unknown>;
      };
      const counts = Object.fromEntries(
        Object.entries(file.register).map(([table, value]) => [
          table,
          Array.isArray(value) ? value.length : value === null ? 0 : 1,
        ]),
      );
      const manifest = {
        schemaVersion: file.schemaVersion,
        exportedAt: file.exportedAt,
        checksum: file.checksum,
        counts,
      };
      return { ...common, protected: false, manifest };
    };
    const folder = '/home/sam/.config/Ropa Desk/backups';
    Object.defineProperty(window, 'ropaDesk', {
      value: {
        saveFile: async () => ({ status: 'cancelled' }),
        openFile: async () =>
          fake.openFileText === null
            ? { status: 'cancelled' }
            : { status: 'opened', name: 'Other.ropa.json', data: encode(fake.openFileText) },
        openPdf: async () => ({ status: 'failed', message: 'Not in this test.' }),
        revealDataFolder: async () => ({ status: 'shown', path: '/home/sam/.config/Ropa Desk' }),
        onMenuCommand: (listener: (command: string) => void) => {
          fake.menuListeners.push(listener);
          return () => {
            fake.menuListeners = fake.menuListeners.filter((l) => l !== listener);
          };
        },
        writeBackup: async (request: { reason: string; data: Uint8Array; manifest?: unknown }) => {
          if (fake.failWrites !== null) return { status: 'failed', message: fake.failWrites };
          const time = new Date().toISOString();
          const text = new TextDecoder().decode(request.data);
          // As main does: while protection is on, an unprotected backup is refused.
          if (fake.verifier !== null && !isProtected(text))
            return { status: 'failed', message: 'Refused: backups are protected.' };
          const backup = {
            name: `ropa-desk-backup-${time.replace(/:/g, '-')}-${request.reason}.ropa.json`,
            time,
            reason: request.reason,
            text,
            ...(request.manifest === undefined ? {} : { manifest: request.manifest }),
          };
          fake.backups.unshift(backup);
          return { status: 'written', backup: { ...entryOf(backup), status: 'ok' } };
        },
        listBackups: async () => ({
          status: 'listed',
          folder,
          source: 'default',
          entries: fake.backups.map((b) => ({ ...entryOf(b), status: 'ok' })),
        }),
        readBackup: async (request: { name: string }) => {
          const backup = fake.backups.find((b) => b.name === request.name);
          return backup
            ? { status: 'read', name: request.name, data: encode(backup.text) }
            : { status: 'failed', message: 'That backup is no longer there.' };
        },
        latestBackup: async () => {
          const newest = fake.backups[0];
          if (!newest) return { status: 'none' };
          const { size: _size, protected: _protected, ...backup } = entryOf(newest);
          return { status: 'found', backup };
        },
        revealBackupFolder: async () => ({ status: 'shown', path: folder }),
        chooseBackupFolder: async () => ({ status: 'cancelled' }),
        backupProtection: async () =>
          fake.verifier === null ? { status: 'off' } : { status: 'on', verifier: fake.verifier },
        setBackupProtection: async (request: { verifier: string | null }) => {
          fake.verifier = request.verifier;
          return { status: 'saved' };
        },
        readyToQuit: async () => {
          fake.readyToQuit += 1;
          return { status: 'ok' };
        },
      },
    });
  }, backups);
}

/** What the fake's folder holds, newest first: reason and activity count of each backup. */
const folderContents = (page: Page) =>
  page.evaluate(() =>
    (window.__fakeBackups?.backups ?? []).map((b) => ({
      reason: b.reason,
      activities: (JSON.parse(b.text) as { register: { activities: unknown[] } }).register
        .activities.length,
    })),
  );

const exampleActivities = exampleRegister(new Date().toISOString()).activities.length;

async function openBackupsSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Backups' });
  await expect(section).toBeVisible();
  return section;
}

test('a change is backed up once the register has been still for 30 seconds', async ({ page }) => {
  await page.clock.install();
  await installFakeBridge(page);
  await startWithExample(page);
  // Loading the example is a change; nothing is written before the delay is over.
  await page.clock.fastForward(20_000);
  expect(await folderContents(page)).toEqual([]);
  await page.clock.fastForward(11_000);
  await expect
    .poll(() => folderContents(page))
    .toEqual([{ reason: 'change', activities: exampleActivities }]);
});

test('Settings lists the backups with their counts, and Restore asks, backs up, then replaces the register', async ({
  page,
}) => {
  await installFakeBridge(page);
  await startWithExample(page);
  const older = await seed('2026-11-20T09:30:00.000Z', 'daily', 2);
  await page.evaluate((backup) => window.__fakeBackups?.backups.push(backup), older);

  const section = await openBackupsSettings(page);
  await expect(section).toContainText('/home/sam/.config/Ropa Desk/backups');
  const row = section.getByRole('row', { name: /20 November 2026 at 09:30/ });
  await expect(row).toContainText('Daily');
  await expect(row).toContainText('2 activities');
  await expectNoViolations(page, 'Settings ▸ Backups', '#backups');
  // Protection is known to be off, so turning it on is offered and opens its question.
  await expect(section).toContainText('Backups are not protected');
  await section.getByRole('button', { name: 'Protect backups with a passphrase…' }).click();
  const ask = page.getByRole('dialog', { name: 'Protect backups with a passphrase' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();

  await row.getByRole('button', { name: /Restore the backup of 20 November 2026/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText(`Your register now: ${exampleActivities} activities`);
  await expect(dialog).toContainText('The backup: 2 activities');
  await expect(dialog).toContainText('First, Ropa Desk backs up the register as it is now');
  expect((await folderContents(page)).map((b) => b.reason)).toEqual(['daily']);

  await dialog.getByRole('button', { name: 'Back up, then restore' }).click();
  await expect(page.getByText('Backup restored')).toBeVisible();
  expect(await folderContents(page)).toEqual([
    { reason: 'before-restore', activities: exampleActivities },
    { reason: 'daily', activities: 2 },
  ]);
  expect((await readDatabase(page)).activities).toHaveLength(2);
  await expect(section.getByRole('row', { name: /Before a restore/ })).toBeVisible();

  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByRole('row', { name: /Backed up by hand/ })).toBeVisible();
  expect((await folderContents(page))[0]).toEqual({ reason: 'manual', activities: 2 });
});

test('importing a register file takes a before-import backup first', async ({ page }) => {
  await installFakeBridge(page);
  await startWithExample(page);
  const other = await exampleFileWith(3, new Date().toISOString());
  await page.evaluate((text) => {
    if (window.__fakeBackups) window.__fakeBackups.openFileText = text;
  }, other);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Import register file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the current register?' });
  await expect(dialog).toContainText('backs up your current register');
  await dialog.getByRole('button', { name: 'Back up, then replace' }).click();
  await expect(page.getByText('Register imported')).toBeVisible();
  expect(await folderContents(page)).toEqual([
    { reason: 'before-import', activities: exampleActivities },
  ]);
  expect((await readDatabase(page)).activities).toHaveLength(3);
});

test('at start, records missing since the last backup are named, and that backup can be restored', async ({
  page,
}) => {
  const latest = await seed(new Date(Date.now() - 3_600_000).toISOString(), 'quit', 4);
  await installFakeBridge(page, [latest]);
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Records are missing from your register' });
  await expect(dialog).toContainText('4 activities in the backup, 0 now');
  await expect(dialog).toContainText('1 organisation profile in the backup, 0 now');
  await dialog.getByRole('button', { name: 'Restore the backup…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await confirm.getByRole('button', { name: 'Back up, then restore' }).click();
  await expect(
    page.getByRole('heading', { name: 'Processing activities', level: 2 }),
  ).toBeVisible();
  expect((await readDatabase(page)).activities).toHaveLength(4);
});

test('the missing-records question is not asked when nothing is missing', async ({ page }) => {
  await installFakeBridge(page);
  await startWithExample(page);
  const same = await seed(new Date().toISOString(), 'change', exampleActivities);
  await page.evaluate((backup) => window.__fakeBackups?.backups.unshift(backup), same);
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Processing activities', level: 2 }),
  ).toBeVisible();
  // The start check has had its answer once the daily backup it precedes is skipped or written.
  await page.waitForTimeout(1_000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('when main asks at quit, the window writes a quit backup and then says it is ready', async ({
  page,
}) => {
  await installFakeBridge(page);
  await startWithExample(page);
  await page.evaluate(() => {
    for (const listener of window.__fakeBackups?.menuListeners ?? []) listener('backup:quit');
  });
  await expect.poll(() => page.evaluate(() => window.__fakeBackups?.readyToQuit)).toBe(1);
  expect(await folderContents(page)).toEqual([{ reason: 'quit', activities: exampleActivities }]);
});

const FULL = 'There is not enough free space for a backup. Your register itself is safe.';

test('an import whose backup fails stops, says why, and leaves the register as it was', async ({
  page,
}) => {
  await installFakeBridge(page);
  await startWithExample(page);
  await page.evaluate(
    ({ text, full }) => {
      if (!window.__fakeBackups) return;
      window.__fakeBackups.openFileText = text;
      window.__fakeBackups.failWrites = full;
    },
    { text: await exampleFileWith(3, new Date().toISOString()), full: FULL },
  );
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Import register file…' }).click();
  await page
    .getByRole('dialog', { name: 'Replace the current register?' })
    .getByRole('button', { name: 'Back up, then replace' })
    .click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText(FULL);
  await expect(alert).toContainText('it was not replaced');
  expect((await readDatabase(page)).activities).toHaveLength(exampleActivities);
});

test('failing automatic backups show one notification with what to do, not one each', async ({
  page,
}) => {
  await page.clock.install();
  await installFakeBridge(page);
  await page.addInitScript((full) => {
    if (window.__fakeBackups) window.__fakeBackups.failWrites = full;
  }, FULL);
  await startWithExample(page);
  await page.clock.fastForward(31_000);
  const notice = page.getByRole('alert').filter({ hasText: 'A backup could not be written' });
  await expect(notice).toContainText(FULL);
  await page.evaluate(() => {
    for (const listener of window.__fakeBackups?.menuListeners ?? []) listener('backup:quit');
  });
  await expect.poll(() => page.evaluate(() => window.__fakeBackups?.readyToQuit)).toBe(1);
  await expect(notice).toHaveCount(1);
});
