import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '../../../electron/backup/errors';
import { readManifest, type BackupManifest } from '../../../electron/backup/manifest';
import { createBackupStore, nodeBackupFs, type BackupFs } from '../../../electron/backup/store';
import { writeRegisterFile } from '../../../shared/register-file';
import {
  decryptRegisterBytes,
  encryptRegisterBytes,
} from '../../../shared/register-file/encryption';
import { NOW, smallRegister, validActivity } from '../shared/fixtures';

const PASSPHRASE = 'kettle harbour violet';
const SECRET_NAME = 'Counselling notes for Marigold Lane residents';

let dir: string;
let folder: string;
let plain: Uint8Array;
let sealed: Uint8Array;
let manifest: BackupManifest;

beforeAll(async () => {
  const register = smallRegister({
    activities: [
      validActivity({ id: 'act-1', name: SECRET_NAME, recipientIds: ['tp-1'] }),
      validActivity({ id: 'act-2', name: 'Payroll', recipientIds: ['tp-1'] }),
    ],
  });
  plain = new TextEncoder().encode(await writeRegisterFile(register, NOW, 'test'));
  manifest = await readManifest(plain);
  sealed = await encryptRegisterBytes(plain, PASSPHRASE);
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-protected-'));
  folder = join(dir, 'backups');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function clock(start: string) {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    set: (iso: string) => {
      time = Date.parse(iso);
    },
  };
}

const store = (now = clock('2026-11-25T12:00:00.000Z').now) =>
  createBackupStore({ folder, now, platform: 'linux' });

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

const includes = (bytes: Uint8Array, text: string): boolean =>
  Buffer.from(bytes).includes(Buffer.from(text, 'utf8'));

describe('a protected backup', () => {
  it('is written as the encrypted bytes, with its counts in a manifest beside it', async () => {
    const entry = await store().write(sealed, 'change', manifest);
    const name = 'ropa-desk-backup-2026-11-25T12-00-00.000Z-change.ropa.json';
    expect(entry).toMatchObject({ name, protected: true, status: 'ok', manifest });
    expect((await readdir(folder)).sort()).toEqual([
      'ropa-desk-backup-2026-11-25T12-00-00.000Z-change.manifest.json',
      name,
    ]);
    expect(new Uint8Array(await readFile(join(folder, name)))).toEqual(sealed);
  });

  it('never holds the register in plain text, in the backup or beside it', async () => {
    expect(includes(plain, SECRET_NAME)).toBe(true);
    await store().write(sealed, 'change', manifest);
    for (const file of await readdir(folder)) {
      const bytes = await readFile(join(folder, file));
      expect(includes(bytes, SECRET_NAME)).toBe(false);
      expect(includes(bytes, 'Payroll')).toBe(false);
    }
  });

  it('is listed with a lock and its record counts, beside unprotected ones', async () => {
    const c = clock('2026-11-25T09:00:00.000Z');
    const s = store(c.now);
    await s.write(plain, 'daily');
    c.set('2026-11-25T10:00:00.000Z');
    await s.write(sealed, 'change', manifest);
    const listed = await s.list();
    expect(listed.map((b) => [b.reason, b.protected, b.status])).toEqual([
      ['change', true, 'ok'],
      ['daily', false, 'ok'],
    ]);
    const [first] = listed;
    expect(first?.status === 'ok' && first.manifest?.counts).toMatchObject({
      activities: 2,
      thirdParties: 1,
    });
    expect(await s.latestManifest()).toMatchObject({ reason: 'change', manifest });
  });

  it('is rotated like the others, its manifest with it', async () => {
    const c = clock('2026-11-01T09:00:00.000Z');
    const s = store(c.now);
    for (let day = 1; day <= 12; day += 1) {
      c.set(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`);
      await s.write(sealed, 'daily', manifest);
    }
    const files = await readdir(folder);
    expect(files.filter((f) => f.endsWith('.ropa.json'))).toHaveLength(10);
    expect(files.filter((f) => f.endsWith('.manifest.json'))).toHaveLength(10);
    expect(files.some((f) => f.includes('2026-11-01') || f.includes('2026-11-02'))).toBe(false);
  });

  it('is read back byte for byte, for the window to open with the passphrase', async () => {
    const entry = await store().write(sealed, 'manual', manifest);
    expect(new Uint8Array(await store().read(entry.name))).toEqual(sealed);
  });
});

describe('refusals', () => {
  it('refuses a protected backup without its counts, writing nothing', async () => {
    const error = await refusal(store().write(sealed, 'change'));
    expect(error.message).toMatch(/without its record counts.*Your register itself is unchanged/);
    await expect(readdir(folder)).rejects.toThrow();
  });

  it('refuses counts sent with an unprotected backup', async () => {
    const error = await refusal(store().write(plain, 'change', manifest));
    expect(error.message).toMatch(/record counts came with a backup that is not protected/);
  });

  it('refuses a protected backup with a byte changed, saying it is damaged', async () => {
    const changed = new Uint8Array(sealed);
    const at = changed.length - 200;
    changed[at] = changed[at] === 65 ? 66 : 65;
    const error = await refusal(store().write(changed, 'change', manifest));
    expect(error.message).toMatch(/changed or damaged since it was protected/);
  });

  it('lists a protected backup changed on disk as damaged', async () => {
    const entry = await store().write(sealed, 'change', manifest);
    const path = join(folder, entry.name);
    const text = (await readFile(path, 'utf8')).replace('"ciphertext": "', '"ciphertext": "AAAA');
    await writeFile(path, text);
    const [listed] = await store().list();
    expect(listed?.status === 'damaged' && listed.problem).toMatch(/changed or damaged/);
  });
});

describe('a protected backup whose counts were lost', () => {
  const sideOf = (name: string) => join(folder, name.replace('.ropa.json', '.manifest.json'));

  it('is listed as whole, with unknown counts, when the manifest beside it is missing', async () => {
    const entry = await store().write(sealed, 'change', manifest);
    await rm(sideOf(entry.name));
    expect(await store().list()).toEqual([
      { ...entry, protected: true, status: 'ok', manifest: null },
    ]);
  });

  it('is listed the same when the manifest beside it is not ours or is cut short', async () => {
    const entry = await store().write(sealed, 'change', manifest);
    for (const text of ['{"format":"something else"}', '{"format": "ropa-desk.back', '\u00ff']) {
      await writeFile(sideOf(entry.name), text);
      const [listed] = await store().list();
      expect(listed).toMatchObject({ protected: true, status: 'ok', manifest: null });
    }
  });

  it('is listed the same when the disk fails to read the manifest beside it', async () => {
    const entry = await store().write(sealed, 'change', manifest);
    const failing: BackupFs = {
      ...nodeBackupFs,
      readFile: (path) =>
        path.endsWith('.manifest.json')
          ? Promise.reject(Object.assign(new Error('EIO: injected'), { code: 'EIO' }))
          : nodeBackupFs.readFile(path),
    };
    const s = createBackupStore({ folder, fs: failing, platform: 'linux' });
    expect(await s.list()).toMatchObject([{ name: entry.name, status: 'ok', manifest: null }]);
  });

  it('is read back whole, so it restores with its passphrase', async () => {
    const entry = await store().write(sealed, 'change', manifest);
    await rm(sideOf(entry.name));
    const bytes = await store().read(entry.name);
    expect(new Uint8Array(bytes)).toEqual(sealed);
    const opened = await decryptRegisterBytes(bytes, PASSPHRASE);
    expect((await readManifest(opened)).checksum).toBe(manifest.checksum);
  });

  it('is passed over for the start-up check, which needs counts, in favour of an older one', async () => {
    const c = clock('2026-11-25T09:00:00.000Z');
    const s = store(c.now);
    await s.write(plain, 'daily');
    c.set('2026-11-25T10:00:00.000Z');
    const newer = await s.write(sealed, 'change', manifest);
    await rm(sideOf(newer.name));
    expect(await s.latestManifest()).toMatchObject({ reason: 'daily', manifest });
  });

  it('is still told apart from a truly damaged backup, which stays damaged', async () => {
    const c = clock('2026-11-25T09:00:00.000Z');
    const s = store(c.now);
    const whole = await s.write(sealed, 'daily', manifest);
    await rm(sideOf(whole.name));
    const broken = 'ropa-desk-backup-2026-11-25T11-00-00.000Z-change.ropa.json';
    await writeFile(join(folder, broken), 'neither a register file nor a protected one');
    expect((await s.list()).map((b) => [b.name, b.protected, b.status])).toEqual([
      [broken, false, 'damaged'],
      [whole.name, true, 'ok'],
    ]);
  });
});

describe('leftovers at start', () => {
  it('removes a manifest whose backup is gone, and keeps one whose backup is there', async () => {
    const entry = await store().write(sealed, 'change', manifest);
    await mkdir(folder, { recursive: true });
    const orphan = 'ropa-desk-backup-2026-11-20T08-00-00.000Z-daily.manifest.json';
    await writeFile(join(folder, orphan), '{}');
    await writeFile(join(folder, 'notes.manifest.json'), 'not ours');
    expect(await store().cleanLeftovers()).toEqual([orphan]);
    expect((await readdir(folder)).sort()).toEqual(
      [
        entry.name.replace('.ropa.json', '.manifest.json'),
        entry.name,
        'notes.manifest.json',
      ].sort(),
    );
  });
});
