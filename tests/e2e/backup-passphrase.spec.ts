/**
 * Backups protected with a passphrase, in the desktop window, against a stand-in for the
 * preload's bridge that keeps its backup folder and the protection record in memory and, as
 * main does, refuses an unprotected backup while protection is on (main is tested in Node).
 */
import type { Page } from '@playwright/test';
import { exampleRegister } from '../../shared/example/konnect';
import { writeRegisterFile } from '../../shared/register-file';
import { encryptRegisterBytes } from '../../shared/register-file/encryption';
import { expectNoViolations } from './axe';
import { readDatabase, startWithExample } from './fixtures';
import { expect, test } from './test';

const PASSPHRASE = 'kettle harbour violet';

/** What Settings keeps when backups are protected (renderer/features/backups/protected-backup.ts). */
const verifierFor = async (passphrase: string): Promise<string> =>
  new TextDecoder().decode(
    await encryptRegisterBytes(
      new TextEncoder().encode('Ropa Desk backup passphrase check'),
      passphrase,
    ),
  );

interface FakeBackup {
  name: string;
  time: string;
  reason: string;
  text: string;
  manifest: unknown;
}

declare global {
  interface Window {
    __fakeProtected?: {
      backups: FakeBackup[];
      verifier: string | null;
      refused: number;
    };
  }
}

async function installFakeBridge(page: Page, verifier: string | null = null): Promise<void> {
  await page.addInitScript((initialVerifier: string | null) => {
    const fake = { backups: [] as FakeBackup[], verifier: initialVerifier, refused: 0 };
    window.__fakeProtected = fake;
    const isProtected = (text: string) => text.startsWith('{\n  "format": "ropa-desk.encrypted"');
    const entryOf = (b: FakeBackup) => ({
      name: b.name,
      time: b.time,
      reason: b.reason,
      size: b.text.length,
      protected: isProtected(b.text),
      status: 'ok',
      manifest: b.manifest,
    });
    const manifestOf = (text: string) => {
      const file = JSON.parse(text) as {
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
      const { schemaVersion, exportedAt, checksum } = file;
      return { schemaVersion, exportedAt, checksum, counts };
    };
    const folder = '/home/sam/.config/Ropa Desk/backups';
    Object.defineProperty(window, 'ropaDesk', {
      value: {
        saveFile: async () => ({ status: 'cancelled' }),
        openFile: async () => ({ status: 'cancelled' }),
        openPdf: async () => ({ status: 'failed', message: 'Not in this test.' }),
        revealDataFolder: async () => ({ status: 'shown', path: '/home/sam/.config/Ropa Desk' }),
        onMenuCommand: () => () => undefined,
        writeBackup: async (request: { reason: string; data: Uint8Array; manifest?: unknown }) => {
          const text = new TextDecoder().decode(request.data);
          if (fake.verifier !== null && !isProtected(text)) {
            fake.refused += 1;
            return { status: 'failed', message: 'Refused: backups are protected.' };
          }
          const time = new Date(Date.now() + fake.backups.length).toISOString();
          const backup = {
            name: `ropa-desk-backup-${time.replace(/:/g, '-')}-${request.reason}.ropa.json`,
            time,
            reason: request.reason,
            text,
            manifest: request.manifest ?? manifestOf(text),
          };
          fake.backups.unshift(backup);
          return { status: 'written', backup: entryOf(backup) };
        },
        listBackups: async () => ({
          status: 'listed',
          folder,
          source: 'default',
          entries: fake.backups.map(entryOf),
        }),
        readBackup: async (request: { name: string }) => {
          const backup = fake.backups.find((b) => b.name === request.name);
          return backup
            ? { status: 'read', name: request.name, data: new TextEncoder().encode(backup.text) }
            : { status: 'failed', message: 'That backup is no longer there.' };
        },
        latestBackup: async () => {
          // As main does: a backup whose counts were lost cannot show missing records.
          const newest = fake.backups.find((b) => b.manifest !== null);
          if (!newest) return { status: 'none' };
          const {
            size: _size,
            protected: _protected,
            status: _status,
            ...backup
          } = entryOf(newest);
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
        readyToQuit: async () => ({ status: 'ok' }),
      },
    });
  }, verifier);
}

/** The fake folder, newest first: why each backup was taken and whether it is protected. */
const folder = (page: Page) =>
  page.evaluate(() =>
    (window.__fakeProtected?.backups ?? []).map((b) => ({
      reason: b.reason,
      protected: b.text.startsWith('{\n  "format": "ropa-desk.encrypted"'),
      plainName: b.text.includes('Enquiries'),
    })),
  );

async function openBackupsSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Backups' });
  await expect(section).toBeVisible();
  return section;
}

async function changeEnquiriesOwner(page: Page, owner: string) {
  await page.getByRole('link', { name: 'Processing activities' }).click();
  await page
    .getByRole('table', { name: 'Processing activities' })
    .getByText('Enquiries', { exact: true })
    .click();
  await page.getByRole('textbox', { name: /^Owner/ }).fill(owner);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved “Enquiries”')).toBeVisible();
}

/**
 * Moves the clock past the 30-second change delay until `done` holds: the delay starts only
 * once the window has seen the change, which on a busy machine may be after one jump.
 */
async function passChangeDelay(page: Page, done: () => Promise<boolean>) {
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(31_000);
        return done();
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

const ownerOfEnquiries = async (page: Page) =>
  ((await readDatabase(page)).activities as { name: string; owner?: string }[]).find(
    (a) => a.name === 'Enquiries',
  )?.owner;

/**
 * Each passphrase is stretched with 600,000 PBKDF2 rounds, twice or three times per step: on a
 * busy two-core machine that outlasts the default five seconds.
 */
const DERIVING = { timeout: 30_000 };

test('protect backups in Settings; a change is backed up protected; restoring asks the passphrase', async ({
  page,
}) => {
  await page.clock.install();
  await installFakeBridge(page);
  await startWithExample(page);
  const originalOwner = await ownerOfEnquiries(page);

  const section = await openBackupsSettings(page);
  await expect(section).toContainText('Backups are not protected');
  await section.getByRole('button', { name: 'Protect backups with a passphrase…' }).click();
  const ask = page.getByRole('dialog', { name: 'Protect backups with a passphrase' });
  await expect(ask).toContainText('nobody can restore these backups');
  await expectNoViolations(page, 'the new backup passphrase dialog', '[role="dialog"]');
  await ask.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await ask.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await ask.getByRole('button', { name: 'Protect backups' }).click();
  await expect(page.getByText('Backups are protected', { exact: true })).toBeVisible(DERIVING);
  await expect(section).toContainText('Backups are protected with a passphrase');
  const manual = section.getByRole('row', { name: /Backed up by hand/ });
  await expect(manual).toContainText('Protected', DERIVING);
  await expect(manual).toContainText(/\d+ activities/);
  const verifier = await page.evaluate(() => window.__fakeProtected?.verifier ?? '');
  expect(verifier).toContain('ropa-desk.encrypted');
  expect(verifier).not.toContain(PASSPHRASE);

  await changeEnquiriesOwner(page, 'Operations lead');
  await passChangeDelay(page, async () => (await folder(page))[0]?.reason === 'change');
  const written = await folder(page);
  expect(written.map((b) => b.reason)).toContain('manual');
  expect(written.every((b) => b.protected && !b.plainName)).toBe(true);
  expect(await page.evaluate(() => window.__fakeProtected?.refused)).toBe(0);

  await openBackupsSettings(page);
  await expect(section.getByRole('row', { name: /After changes/ })).toContainText('Protected');
  await expectNoViolations(page, 'Settings ▸ Backups, protected', '#backups');
  await manual.getByRole('button', { name: /Restore the backup of/ }).click();
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Back up, then restore' })
    .click();
  const unlock = page.getByRole('dialog', { name: 'Enter the backup’s passphrase' });
  await expect(unlock).toContainText('is protected with a passphrase');
  await expectNoViolations(page, 'the backup passphrase dialog', '[role="dialog"]');
  const field = unlock.getByLabel('Passphrase', { exact: true });
  await field.fill('kettle harbour violte');
  await unlock.getByRole('button', { name: 'Restore' }).click();
  await expect(unlock).toContainText('not the one this file was protected with', DERIVING);
  await field.fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Backup restored')).toBeVisible(DERIVING);
  expect(await ownerOfEnquiries(page)).toBe(originalOwner);
  expect((await folder(page))[0]).toEqual({
    reason: 'before-restore',
    protected: true,
    plainName: false,
  });
});

test('after a restart, the first automatic backup asks once; "Not now" pauses backups and says so', async ({
  page,
}) => {
  await page.clock.install();
  await installFakeBridge(page, await verifierFor(PASSPHRASE));
  await startWithExample(page);
  await changeEnquiriesOwner(page, 'Operations lead');
  const resume = page.getByRole('dialog', { name: 'Your backups are protected' });
  await passChangeDelay(page, () => resume.isVisible());
  await expect(resume).toContainText('Enter the passphrase to keep backing up');
  await expectNoViolations(page, 'the resume-backups dialog', '[role="dialog"]');
  await resume.getByRole('button', { name: 'Not now', exact: true }).click();
  await expect(page.getByText('Automatic backups are paused').first()).toBeVisible();
  expect(await folder(page)).toEqual([]);
  expect(await page.evaluate(() => window.__fakeProtected?.refused)).toBe(0);

  // Asked once only: the next change waits quietly.
  await changeEnquiriesOwner(page, 'Volunteer coordinator');
  await page.clock.fastForward(31_000);
  await expect(resume).toBeHidden();

  const section = await openBackupsSettings(page);
  await expect(section.getByRole('status')).toContainText('Automatic backups are paused');
  await section.getByRole('button', { name: 'Enter passphrase…' }).click();
  await resume.getByLabel('Passphrase', { exact: true }).fill('not it at all, sorry');
  await resume.getByRole('button', { name: 'Keep backing up' }).click();
  await expect(resume).toContainText('not the one this file was protected with', DERIVING);
  await resume.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await resume.getByRole('button', { name: 'Keep backing up' }).click();
  await expect(section).toContainText('Backups are protected with a passphrase');
  await expect
    .poll(() => folder(page), DERIVING)
    .toEqual([{ reason: 'manual', protected: true, plainName: false }]);
});

test('a protected backup whose counts were lost is listed as whole and restores with its passphrase', async ({
  page,
}) => {
  await installFakeBridge(page);
  await startWithExample(page);
  const time = '2026-11-20T09:30:00.000Z';
  const text = await writeRegisterFile(exampleRegister(time), time, 'window test');
  const sealed = new TextDecoder().decode(
    await encryptRegisterBytes(new TextEncoder().encode(text), PASSPHRASE),
  );
  const lost: FakeBackup = {
    name: `ropa-desk-backup-${time.replace(/:/g, '-')}-daily.ropa.json`,
    time,
    reason: 'daily',
    text: sealed,
    manifest: null,
  };
  await page.evaluate((backup) => window.__fakeProtected?.backups.push(backup), lost);
  await changeEnquiriesOwner(page, 'Operations lead');

  const section = await openBackupsSettings(page);
  const row = section.getByRole('row', { name: /20 November 2026 at 09:30/ });
  await expect(row).toContainText('Protected');
  await expect(row).toContainText('Record counts unknown until it is opened with its passphrase');
  await expect(row).not.toContainText('Damaged');
  await expectNoViolations(page, 'Settings ▸ Backups, counts lost', '#backups');

  await row.getByRole('button', { name: /Restore the backup of 20 November 2026/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('The backup: record counts unknown until it is opened');
  await confirm.getByRole('button', { name: 'Back up, then restore' }).click();
  const unlock = page.getByRole('dialog', { name: 'Enter the backup’s passphrase' });
  await unlock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Restore' }).click();
  const done = page.getByRole('alert').filter({ hasText: 'Backup restored' });
  // Its counts, unknown until now, are given once the backup is open.
  const activities = exampleRegister(time).activities.length;
  await expect(done).toContainText(`20 November 2026 at 09:30: ${activities} activities`, DERIVING);
  expect(await ownerOfEnquiries(page)).not.toBe('Operations lead');
});
