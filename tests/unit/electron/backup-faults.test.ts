/**
 * Fault injection: the real file system, wrapped so that any call fails (EIO, ENOSPC) or the
 * process "crashes" at a chosen point. After each, the disk must hold every earlier backup
 * byte for byte and the new backup either complete or absent, never torn.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '../../../electron/backup/errors';
import { backupFileName, parseBackupName, type BackupName } from '../../../electron/backup/names';
import { keepBackups } from '../../../electron/backup/rotation';
import { createBackupStore, nodeBackupFs, type BackupFs } from '../../../electron/backup/store';
import { writeRegisterFile } from '../../../shared/register-file';
import { NOW, smallRegister, validActivity } from '../shared/fixtures';

type Op =
  'open' | 'write' | 'sync' | 'close' | 'rename' | 'rm' | 'mkdir' | 'readdir' | 'readFile' | 'stat';

interface Hooks {
  /** Runs before the real call; throwing stops the call. */
  before(op: Op): void;
  /** Runs after the real call has changed the disk. */
  after(op: Op): void;
}

class Crash extends Error {}

/** The real fs with hooks around every call, including those on an open file. */
function hookedFs(hooks: Hooks): BackupFs {
  const real = nodeBackupFs;
  const call = async <T>(op: Op, run: () => Promise<T>): Promise<T> => {
    hooks.before(op);
    const result = await run();
    hooks.after(op);
    return result;
  };
  return {
    open: async (path, flags) => {
      const handle = await call('open', () => real.open(path, flags));
      return {
        writeFile: async (data) => {
          try {
            hooks.before('write');
          } catch (error) {
            // A disk that fills up or fails part-way leaves part of the data written.
            if (!(error instanceof Crash))
              await handle.writeFile(data.subarray(0, data.length >> 1));
            throw error;
          }
          await handle.writeFile(data);
          hooks.after('write');
        },
        sync: () => call('sync', () => handle.sync()),
        // The descriptor is released even when closing reports an error, as the OS does.
        close: async () => {
          await handle.close();
          hooks.before('close');
          hooks.after('close');
        },
      };
    },
    rename: (from, to) => call('rename', () => real.rename(from, to)),
    rm: (path, options) => call('rm', () => real.rm(path, options)),
    mkdir: (path, options) => call('mkdir', () => real.mkdir(path, options)),
    readdir: (path) => call('readdir', () => real.readdir(path)),
    readFile: (path) => call('readFile', () => real.readFile(path)),
    stat: (path) => call('stat', () => real.stat(path)),
  };
}

/** Fails the nth call with `code`; with `persist`, every later call fails too (a full disk). */
function failingFs(n: number, code: 'EIO' | 'ENOSPC', persist: boolean) {
  const state = { calls: 0, fired: false };
  const fs = hookedFs({
    before: () => {
      state.calls += 1;
      if (state.calls === n || (persist && state.calls > n)) {
        state.fired = true;
        throw Object.assign(new Error(`${code}: injected at call ${n}`), { code });
      }
    },
    after: () => undefined,
  });
  return { fs, state };
}

const CRASH_OPS: readonly Op[] = ['sync', 'rename', 'rm'];

/** Crashes at the kth fsync, rename or delete, before or after it reaches the disk; then stops. */
function crashingFs(k: number, when: 'before' | 'after') {
  const state = { points: 0, crashed: false };
  const crash = () => {
    state.crashed = true;
    throw new Crash(`crash at point ${k} (${when})`);
  };
  const fs = hookedFs({
    before: (op) => {
      if (state.crashed) throw new Crash('the process has stopped');
      if (!CRASH_OPS.includes(op)) return;
      state.points += 1;
      if (state.points === k && when === 'before') crash();
    },
    after: (op) => {
      if (CRASH_OPS.includes(op) && state.points === k && when === 'after') crash();
    },
  });
  return { fs, state };
}

// Each test runs dozens of writes on a real disk; a busy machine needs more than the default.
const SLOW = 60_000;
const NOW_CLOCK = () => new Date('2026-11-25T12:00:00.000Z');
const encode = (text: string) => new TextEncoder().encode(text);

async function registerBytes(activities: number): Promise<Uint8Array> {
  const register = smallRegister({
    activities: Array.from({ length: activities }, (_, i) =>
      validActivity({ id: `act-${i}`, name: `Activity ${i}`, recipientIds: ['tp-1'] }),
    ),
  });
  return encode(await writeRegisterFile(register, NOW, 'test'));
}

// 15 earlier backups, so the write after them has 6 to rotate away.
const SEED_TIMES = [
  '2026-11-25T08:00:00.000Z',
  '2026-11-25T09:00:00.000Z',
  '2026-11-25T10:00:00.000Z',
  '2026-11-24T09:00:00.000Z',
  '2026-11-24T18:00:00.000Z',
  ...Array.from({ length: 10 }, (_, i) => `2026-11-${14 + i}T12:00:00.000Z`),
];

let dir: string;
let newBytes: Uint8Array;
const seeds = { many: new Map<string, Uint8Array>(), one: new Map<string, Uint8Array>() };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-backup-faults-'));
  if (seeds.many.size === 0) {
    for (const [i, time] of SEED_TIMES.entries()) {
      seeds.many.set(backupFileName(Date.parse(time), 'change'), await registerBytes(i + 1));
    }
    const [only] = seeds.many;
    if (only) seeds.one.set(...only);
    newBytes = await registerBytes(40);
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function seed(folder: string, files: Map<string, Uint8Array>): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(folder, name), bytes);
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/**
 * The disk after a failed or crashed write, then a restart: earlier backups byte for byte, the
 * new one complete or absent, and older backups gone only if rotation may remove them.
 */
async function expectIntact(
  folder: string,
  before: Map<string, Uint8Array>,
): Promise<'written' | 'absent'> {
  const restarted = createBackupStore({ folder, now: NOW_CLOCK });
  await restarted.cleanLeftovers();
  const onDisk = await readdir(folder);
  expect(onDisk.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  const fresh: BackupName[] = [];
  for (const name of onDisk) {
    const parsed = parseBackupName(name);
    expect(parsed).not.toBeNull();
    const bytes = new Uint8Array(await readFile(join(folder, name)));
    const earlier = before.get(name);
    if (earlier) expect(sameBytes(bytes, earlier), `${name} is unchanged`).toBe(true);
    else {
      expect(sameBytes(bytes, newBytes), `${name} is the complete new backup`).toBe(true);
      if (parsed) fresh.push(parsed);
    }
  }
  expect(fresh.length).toBeLessThanOrEqual(1);
  const gone = [...before.keys()].filter((name) => !onDisk.includes(name));
  const [written] = fresh;
  if (!written) {
    expect(gone).toEqual([]);
    return 'absent';
  }
  const entries = [...before.keys()].flatMap((name) => parseBackupName(name) ?? []);
  const kept = keepBackups([...entries, written], NOW_CLOCK(), written.name).map((b) => b.name);
  expect(gone.filter((name) => kept.includes(name))).toEqual([]);
  return 'written';
}

describe.each([
  ['many earlier backups', 'many'],
  ['the only earlier backup', 'one'],
] as const)('writing a backup beside %s', (_, seedName) => {
  describe.each([
    ['EIO', false],
    ['ENOSPC', false],
    ['ENOSPC', true],
  ] as const)('when the %s fault (lasting: %s) hits each call in turn', (code, persist) => {
    it(
      'leaves every earlier backup and a complete or absent new one',
      async () => {
        const before = seeds[seedName];
        const folder = join(dir, 'backups');
        let runs = 0;
        for (let n = 1; ; n += 1) {
          await seed(folder, before);
          const { fs, state } = failingFs(n, code, persist);
          const store = createBackupStore({ folder, fs, now: NOW_CLOCK, platform: 'linux' });
          const outcome = await store.write(newBytes, 'change').then(
            () => 'resolved' as const,
            (error: unknown) => error,
          );
          if (!state.fired) break;
          runs += 1;
          const disk = await expectIntact(folder, before);
          if (outcome !== 'resolved') {
            expect(outcome).toBeInstanceOf(BackupError);
            expect((outcome as BackupError).message).toMatch(
              code === 'ENOSPC'
                ? /^There is not enough free space for a backup in .*Your register itself is safe\.$/
                : /^The disk holding .* reported an error.*Your register itself is safe\.$/,
            );
            expect(disk).toBe('absent');
          } else {
            expect(disk).toBe('written');
          }
        }
        expect(runs).toBeGreaterThan(seedName === 'many' ? 15 : 8);
      },
      SLOW,
    );
  });

  describe.each(['before', 'after'] as const)(
    'when the process crashes %s each fsync, rename and delete',
    (when) => {
      it(
        'leaves every earlier backup and a complete or absent new one',
        async () => {
          const before = seeds[seedName];
          const folder = join(dir, 'backups');
          const outcomes: string[] = [];
          for (let k = 1; ; k += 1) {
            await seed(folder, before);
            const { fs, state } = crashingFs(k, when);
            const store = createBackupStore({ folder, fs, now: NOW_CLOCK, platform: 'linux' });
            await store.write(newBytes, 'change').catch(() => undefined);
            if (!state.crashed) break;
            outcomes.push(await expectIntact(folder, before));
          }
          // Crashes both before and after the rename happened, so both outcomes were checked.
          expect(outcomes).toContain('absent');
          expect(outcomes).toContain('written');
        },
        SLOW,
      );
    },
  );
});

describe('listing under faults', () => {
  it(
    'lists every backup, marking only the one it could not read as damaged',
    async () => {
      const before = seeds.many;
      const folder = join(dir, 'backups');
      let runs = 0;
      for (let n = 1; ; n += 1) {
        await seed(folder, before);
        const { fs, state } = failingFs(n, 'EIO', false);
        const store = createBackupStore({ folder, fs, now: NOW_CLOCK });
        const listed = await store.list().catch((error: unknown) => error);
        if (!state.fired) break;
        runs += 1;
        if (n === 1) {
          // The folder itself could not be read: said plainly, nothing half-listed.
          expect(listed).toBeInstanceOf(BackupError);
          continue;
        }
        expect(Array.isArray(listed)).toBe(true);
        const backups = listed as Awaited<ReturnType<typeof store.list>>;
        expect(backups).toHaveLength(before.size);
        expect(backups.filter((b) => b.status === 'damaged')).toHaveLength(1);
      }
      expect(runs).toBe(1 + 2 * before.size);
    },
    SLOW,
  );
});
