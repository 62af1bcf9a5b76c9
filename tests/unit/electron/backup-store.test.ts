import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, backupWriteError } from '../../../electron/backup/errors';
import { backupFileName } from '../../../electron/backup/names';
import { createBackupStore, nodeBackupFs, type BackupFs } from '../../../electron/backup/store';
import { writeRegisterFile } from '../../../shared/register-file';
import { NOW, smallRegister, validActivity } from '../shared/fixtures';

let dir: string;
let folder: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-backup-'));
  folder = join(dir, 'data', 'backups');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const encode = (text: string) => new TextEncoder().encode(text);

/** A valid register file; `activities` varies the content so files can be told apart. */
async function registerBytes(activities = 1): Promise<Uint8Array> {
  const register = smallRegister({
    activities: Array.from({ length: activities }, (_, i) =>
      validActivity({ id: `act-${i}`, name: `Activity ${i}`, recipientIds: ['tp-1'] }),
    ),
  });
  return encode(await writeRegisterFile(register, NOW, 'test'));
}

/** A clock the test moves by hand. */
function clock(start: string) {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    set: (iso: string) => {
      time = Date.parse(iso);
    },
  };
}

const store = (now = clock('2026-11-25T12:00:00.000Z').now, fs?: BackupFs) =>
  createBackupStore({ folder, now, platform: 'linux', ...(fs ? { fs } : {}) });

async function errorOf(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('write', () => {
  it('creates the folder and writes the exact bytes under a dated name, leaving no temp file', async () => {
    const bytes = await registerBytes(2);
    const entry = await store().write(bytes, 'daily');
    const name = 'ropa-desk-backup-2026-11-25T12-00-00.000Z-daily.ropa.json';
    expect(entry).toMatchObject({
      name,
      time: '2026-11-25T12:00:00.000Z',
      reason: 'daily',
      size: bytes.length,
      status: 'ok',
    });
    expect(await readdir(folder)).toEqual([name]);
    expect(new Uint8Array(await readFile(join(folder, name)))).toEqual(bytes);
  });

  it('returns the manifest: counts per table and the register checksum', async () => {
    const bytes = await registerBytes(3);
    const entry = await store().write(bytes, 'change');
    const file = JSON.parse(new TextDecoder().decode(bytes)) as { checksum: string };
    expect(entry.status === 'ok' && entry.manifest).toMatchObject({
      schemaVersion: 5,
      exportedAt: NOW,
      checksum: file.checksum,
      counts: { organisation: 1, activities: 3, thirdParties: 1, transfers: 0, breaches: 0 },
    });
  });

  it.each([
    ['text that is not JSON', encode('hello')],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['an empty file', new Uint8Array()],
  ])('refuses %s and writes nothing', async (_, bytes) => {
    const error = await errorOf(store().write(bytes, 'change'));
    expect(error.problem).toBe('not-a-register');
    expect(error.message).toMatch(/^No backup was written.*Your register itself is unchanged\.$/s);
    await expect(readdir(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a register file whose content no longer matches its checksum', async () => {
    const tampered = new TextDecoder()
      .decode(await registerBytes())
      .replace('Activity 0', 'Activity X');
    const error = await errorOf(store().write(encode(tampered), 'quit'));
    expect(error.message).toMatch(/checksum does not match/);
  });

  it('gives two backups in the same millisecond different names', async () => {
    const s = store();
    const first = await s.write(await registerBytes(1), 'change');
    const [second, third] = await Promise.all([
      s.write(await registerBytes(2), 'quit'),
      s.write(await registerBytes(3), 'before-import'),
    ]);
    const names = [first, second, third].map((b) => b.name);
    expect(new Set(names).size).toBe(3);
    expect((await readdir(folder)).sort()).toEqual([...names].sort());
    expect((await s.list()).map((b) => b.name)).toEqual([...names].reverse());
  });

  it('rotates after writing: 3 of today, one per earlier day, 10 in all', async () => {
    const c = clock('2026-11-01T09:00:00.000Z');
    const s = store(c.now);
    const bytes = await registerBytes();
    for (let day = 1; day <= 14; day += 1) {
      for (const hour of ['09', '12', '15', '18']) {
        c.set(`2026-11-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`);
        await s.write(bytes, 'change');
      }
    }
    const times = (await s.list()).map((b) => b.time);
    expect(times).toEqual([
      '2026-11-14T18:00:00.000Z',
      '2026-11-14T15:00:00.000Z',
      '2026-11-14T12:00:00.000Z',
      ...[13, 12, 11, 10, 9, 8, 7].map(
        (d) => `2026-11-${String(d).padStart(2, '0')}T18:00:00.000Z`,
      ),
    ]);
  });

  it('leaves files that are not its backups alone when rotating', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'my notes.txt'), 'keep me');
    const c = clock('2026-11-25T09:00:00.000Z');
    const s = store(c.now);
    for (let i = 0; i < 5; i += 1) {
      c.set(`2026-11-25T1${i}:00:00.000Z`);
      await s.write(await registerBytes(), 'change');
    }
    expect(await readFile(join(folder, 'my notes.txt'), 'utf8')).toBe('keep me');
    expect(await readdir(folder)).toHaveLength(4);
  });

  it('on a full disk, says to free space or choose another folder, and keeps the register safe', async () => {
    const fullDisk: BackupFs = {
      ...nodeBackupFs,
      open: async () => {
        throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      },
    };
    const error = await errorOf(store(undefined, fullDisk).write(await registerBytes(), 'change'));
    expect(error.problem).toBe('no-space');
    expect(error.message).toBe(
      `There is not enough free space for a backup in “${folder}”. Free some space or choose another backup folder in Settings. Your register itself is safe.`,
    );
  });

  it('when the folder cannot be created, says to choose another backup folder', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'data'), 'a file where the folder should be');
    const error = await errorOf(store().write(await registerBytes(), 'change'));
    expect(error.message).toMatch(
      /choose another backup folder in Settings\. Your register itself is safe\.$/,
    );
  });
});

describe('list', () => {
  it('is empty when the folder does not exist yet', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('lists a damaged backup with the reason, beside the good ones, newest first', async () => {
    const s = store();
    const good = await s.write(await registerBytes(), 'daily');
    const truncatedName = backupFileName(Date.parse('2026-11-25T13:00:00.000Z'), 'quit');
    const text = new TextDecoder().decode(await registerBytes());
    await writeFile(join(folder, truncatedName), text.slice(0, text.length / 2));
    const folderName = backupFileName(Date.parse('2026-11-25T14:00:00.000Z'), 'change');
    await mkdir(join(folder, folderName));
    await writeFile(join(folder, 'unrelated.ropa.json'), 'not listed');

    const listed = await s.list();
    expect(listed.map((b) => [b.name, b.status])).toEqual([
      [folderName, 'damaged'],
      [truncatedName, 'damaged'],
      [good.name, 'ok'],
    ]);
    expect(listed[1]).toMatchObject({
      size: Math.floor(text.length / 2),
      problem: expect.stringMatching(/not valid JSON: it may be truncated/),
    });
    expect(listed[0]).toMatchObject({ problem: expect.stringMatching(/could not be read/) });
    expect(listed[2]).toMatchObject({
      status: 'ok',
      manifest: good.status === 'ok' && good.manifest,
    });
  });
});

describe('a damaged backup in the list', () => {
  const damagedName = backupFileName(Date.parse('2026-11-25T13:00:00.000Z'), 'quit');

  it('says a file that is not text cannot be restored, and what to do instead', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, damagedName), new Uint8Array([0x80, 0x81, 0xfe, 0xff]));
    const [listed] = await store().list();
    expect(listed).toMatchObject({ status: 'damaged' });
    expect(listed?.status === 'damaged' && listed.problem).toMatch(
      /^The file is not text.*Restore another backup instead\.$/,
    );
  });

  it('says a far too large file is not a backup, and what to do instead, without reading it', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, damagedName), 'small on disk, huge as the fake layer reports it');
    const read: string[] = [];
    const huge: BackupFs = {
      ...nodeBackupFs,
      stat: async (path) =>
        path.endsWith(damagedName) ? { size: 2 ** 40 } : nodeBackupFs.stat(path),
      readFile: (path) => {
        read.push(path);
        return nodeBackupFs.readFile(path);
      },
    };
    const [listed] = await store(undefined, huge).list();
    expect(listed).toMatchObject({ status: 'damaged', size: 2 ** 40 });
    expect(listed?.status === 'damaged' && listed.problem).toBe(
      'The file is far larger than any register, so it is not a Ropa Desk backup. Restore another backup instead.',
    );
    expect(read).toEqual([]);
  });
});

describe('latestManifest', () => {
  it('is the manifest of the newest backup that can be read', async () => {
    const c = clock('2026-11-25T09:00:00.000Z');
    const s = store(c.now);
    expect(await s.latestManifest()).toBeNull();
    await s.write(await registerBytes(1), 'change');
    c.set('2026-11-25T10:00:00.000Z');
    const newestGood = await s.write(await registerBytes(2), 'change');
    await writeFile(
      join(folder, backupFileName(Date.parse('2026-11-25T11:00:00.000Z'), 'quit')),
      '{',
    );
    const latest = await s.latestManifest();
    expect(latest).toMatchObject({
      name: newestGood.name,
      manifest: { counts: { activities: 2 } },
    });
  });
});

describe('read', () => {
  it('gives back the bytes of a backup', async () => {
    const s = store();
    const bytes = await registerBytes();
    const entry = await s.write(bytes, 'change');
    expect(new Uint8Array(await s.read(entry.name))).toEqual(bytes);
  });

  it.each([
    '../secret.ropa.json',
    '..\\..\\secret.ropa.json',
    '/etc/passwd',
    '',
    'ropa-desk-backup-2026-11-25T12-00-00.000Z-change.ropa.json/../../../secret',
    `../${backupFileName(Date.parse('2026-11-25T12:00:00.000Z'), 'change')}`,
    'register.ropa.json',
  ])('refuses %j, which is not one of its backups', async (name) => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'register.ropa.json'), 'not a backup');
    const error = await errorOf(store().read(name));
    expect(error.problem).toBe('unknown-backup');
  });

  it('says so when the backup has gone', async () => {
    const name = backupFileName(Date.parse('2026-11-25T12:00:00.000Z'), 'change');
    const error = await errorOf(store().read(name));
    expect(error.problem).toBe('missing-backup');
    expect(error.message).toMatch(/Choose another backup\.$/);
  });
});

describe('cleanLeftovers', () => {
  it('removes only the temp files a backup write left behind', async () => {
    await mkdir(folder, { recursive: true });
    const leftover = `.${backupFileName(Date.parse('2026-11-25T12:00:00.000Z'), 'quit')}.0123456789ab.tmp`;
    const others = ['.report.pdf.0123456789ab.tmp', 'notes.tmp', 'register.ropa.json'];
    for (const name of [leftover, ...others]) await writeFile(join(folder, name), 'x');
    expect(await store().cleanLeftovers()).toEqual([leftover]);
    expect((await readdir(folder)).sort()).toEqual([...others].sort());
  });

  it('does nothing when the folder does not exist yet', async () => {
    expect(await store().cleanLeftovers()).toEqual([]);
  });
});

describe('backupWriteError', () => {
  it.each([
    [
      'EACCES',
      'not-allowed',
      /not allowed to write backups to “\/b”\. Choose another backup folder/,
    ],
    ['EROFS', 'not-allowed', /Choose another backup folder in Settings/],
    [
      'ENOENT',
      'folder-missing',
      /“\/b” cannot be reached \(was a drive removed\?\)\. Reconnect it/,
    ],
    ['EIO', 'disk-error', /The disk holding “\/b” reported an error.*Check the disk/],
    ['EMFILE', 'failed', /could not be written to “\/b” \(EMFILE\)\. Ropa Desk tries again/],
  ] as const)('%s: says what to do and that the register is safe', (code, problem, message) => {
    const error = backupWriteError(Object.assign(new Error('x'), { code }), '/b');
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Your register itself is safe\.$/);
  });
});
