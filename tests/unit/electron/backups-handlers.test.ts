import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, nodeBackupFs, type BackupFs } from '../../../electron/backup';
import {
  BACKUP_CONFIG_NAME,
  saveBackupFolder,
  type BackupConfigFs,
} from '../../../electron/main/backup-config';
import { nodeAtomicFs } from '../../../electron/main/handlers/atomic-write';
import {
  chooseBackupFolder,
  latestBackup,
  listBackups,
  readBackup,
  revealBackupFolder,
  storesByFolder,
  writeBackup,
  type BackupHandlerDeps,
} from '../../../electron/main/handlers/backups';
import { writeRegisterFile } from '../../../shared/register-file';
import { NOW, smallRegister, validActivity } from '../shared/fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-backup-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const configFs: BackupConfigFs = { ...nodeAtomicFs, readFile: (p, e) => readFile(p, e) };

async function registerBytes(activities: number): Promise<Uint8Array<ArrayBuffer>> {
  const register = smallRegister({
    activities: Array.from({ length: activities }, (_, i) =>
      validActivity({ id: `act-${i}`, name: `Activity ${i}`, recipientIds: ['tp-1'] }),
    ),
  });
  return new TextEncoder().encode(await writeRegisterFile(register, NOW, 'test'));
}

function deps(overrides: Partial<BackupHandlerDeps> = {}, fs: BackupFs = nodeBackupFs) {
  let time = Date.parse('2026-11-25T12:00:00.000Z');
  const base: BackupHandlerDeps = {
    config: { userDataPath: dir, fs: configFs, platform: 'linux' },
    storeFor: storesByFolder((folder) =>
      createBackupStore({
        folder,
        fs,
        platform: 'linux',
        now: () => new Date((time += 60_000)),
      }),
    ),
    mkdir: (path) => mkdir(path, { recursive: true }).then(() => undefined),
    openPath: vi.fn(async () => ''),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
  };
  return { ...base, ...overrides };
}

describe('backup handlers', () => {
  it('write a backup to <userData>/backups, then list, read and find it as the latest', async () => {
    const d = deps();
    const bytes = await registerBytes(2);
    const written = await writeBackup({ reason: 'change', data: bytes }, d);
    expect(written).toMatchObject({
      status: 'written',
      backup: { reason: 'change', status: 'ok', manifest: { counts: { activities: 2 } } },
    });
    const listed = await listBackups(d);
    expect(listed).toMatchObject({
      status: 'listed',
      folder: join(dir, 'backups'),
      source: 'default',
      entries: [{ reason: 'change', size: bytes.length, manifest: { counts: { activities: 2 } } }],
    });
    const name = listed.status === 'listed' ? listed.entries[0]?.name : undefined;
    expect(await readBackup({ name: name ?? '' }, d)).toEqual({
      status: 'read',
      name,
      data: bytes,
    });
    expect(await latestBackup(d)).toMatchObject({
      status: 'found',
      backup: { name, manifest: { counts: { activities: 2 } } },
    });
  });

  it('say there is no latest backup in an empty or missing folder', async () => {
    expect(await latestBackup(deps())).toEqual({ status: 'none' });
    expect(await listBackups(deps())).toMatchObject({ status: 'listed', entries: [] });
  });

  it('mark a damaged backup in the list with the reason, and skip it for the latest', async () => {
    const d = deps();
    await writeBackup({ reason: 'daily', data: await registerBytes(1) }, d);
    const damaged = 'ropa-desk-backup-2026-11-25T13-00-00.000Z-quit.ropa.json';
    await writeFile(join(dir, 'backups', damaged), '{"not":"a register"');
    const listed = await listBackups(d);
    expect(listed.status === 'listed' && listed.entries[0]).toMatchObject({
      name: damaged,
      status: 'damaged',
      problem: expect.any(String),
    });
    expect(await latestBackup(d)).toMatchObject({ backup: { reason: 'daily' } });
  });

  it('refuse to write bytes that are not a register file, saying the register is unchanged', async () => {
    const answer = await writeBackup({ reason: 'quit', data: new Uint8Array([1, 2]) }, deps());
    expect(answer).toEqual({
      status: 'failed',
      message: expect.stringMatching(/No backup was written.*unchanged/),
    });
  });

  it('give the store’s sentence when the disk is full', async () => {
    const full: BackupFs = {
      ...nodeBackupFs,
      rename: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })),
    };
    const answer = await writeBackup(
      { reason: 'change', data: await registerBytes(1) },
      deps({}, full),
    );
    expect(answer).toEqual({
      status: 'failed',
      message: expect.stringMatching(/not enough free space.*choose another backup folder/),
    });
  });

  it('refuse to read a name that is not a backup’s, such as a path out of the folder', async () => {
    const answer = await readBackup({ name: `../${BACKUP_CONFIG_NAME}` }, deps());
    expect(answer).toEqual({
      status: 'failed',
      message: expect.stringMatching(/not the name of a Ropa Desk backup/),
    });
  });

  it('write to the chosen folder, and list it as chosen', async () => {
    const chosen = join(dir, 'elsewhere');
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [chosen] }));
    const d = deps({ showOpenDialog });
    expect(await chooseBackupFolder(d)).toEqual({ status: 'chosen', folder: chosen });
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join(dir, 'backups'),
        properties: ['openDirectory', 'createDirectory'],
      }),
    );
    await writeBackup({ reason: 'daily', data: await registerBytes(1) }, d);
    expect(await listBackups(d)).toMatchObject({
      folder: chosen,
      source: 'chosen',
      entries: [{ reason: 'daily' }],
    });
  });

  it('change nothing when choosing a folder is cancelled', async () => {
    const d = deps();
    await saveBackupFolder(d.config, join(dir, 'kept'));
    expect(await chooseBackupFolder(d)).toEqual({ status: 'cancelled' });
    expect(await listBackups(d)).toMatchObject({ folder: join(dir, 'kept'), source: 'chosen' });
  });

  it('list the usual folder and say why when the saved choice is damaged', async () => {
    await writeFile(join(dir, BACKUP_CONFIG_NAME), 'nonsense');
    expect(await listBackups(deps())).toMatchObject({
      status: 'listed',
      folder: join(dir, 'backups'),
      source: 'fallback',
      problem: expect.stringMatching(/damaged/),
    });
  });

  it('create the backup folder before showing it, and give its path when it cannot be opened', async () => {
    const openPath = vi.fn(async () => 'No file manager');
    const answer = await revealBackupFolder(deps({ openPath }));
    expect(openPath).toHaveBeenCalledWith(join(dir, 'backups'));
    expect(await readFile(join(dir, 'backups')).catch((e: { code: string }) => e.code)).toBe(
      'EISDIR',
    );
    expect(answer).toEqual({
      status: 'failed',
      message: expect.stringContaining(join(dir, 'backups')),
    });
    expect(await revealBackupFolder(deps())).toEqual({
      status: 'shown',
      path: join(dir, 'backups'),
    });
  });

  it('use one store per folder, so every operation on a folder is queued together', () => {
    const create = vi.fn((folder: string) => createBackupStore({ folder }));
    const storeFor = storesByFolder(create);
    expect(storeFor('/a')).toBe(storeFor('/a'));
    expect(storeFor('/b')).not.toBe(storeFor('/a'));
    expect(create).toHaveBeenCalledTimes(2);
  });
});
