import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_CONFIG_NAME,
  readBackupFolder,
  saveBackupFolder,
  type BackupConfig,
  type BackupConfigFs,
} from '../../../electron/main/backup-config';
import { nodeAtomicFs } from '../../../electron/main/handlers/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-backup-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const nodeFs: BackupConfigFs = { ...nodeAtomicFs, readFile: (p, e) => readFile(p, e) };
const config = (fs: BackupConfigFs = nodeFs): BackupConfig => ({
  userDataPath: dir,
  fs,
  platform: 'linux',
});
const writeConfig = (text: string) => writeFile(join(dir, BACKUP_CONFIG_NAME), text);

describe('backup folder setting', () => {
  it('uses <userData>/backups when no folder was ever chosen', async () => {
    expect(await readBackupFolder(config())).toEqual({
      folder: join(dir, 'backups'),
      source: 'default',
    });
  });

  it('keeps a chosen folder across reads, and leaves no temp file', async () => {
    await saveBackupFolder(config(), '/media/usb/Ropa backups');
    expect(await readBackupFolder(config())).toEqual({
      folder: '/media/usb/Ropa backups',
      source: 'chosen',
    });
    expect(await readdir(dir)).toEqual([BACKUP_CONFIG_NAME]);
  });

  it.each([
    ['not JSON', '{"version":1,"folder":'],
    ['a relative folder', JSON.stringify({ version: 1, folder: 'backups' })],
    ['an unknown version', JSON.stringify({ version: 2, folder: '/b' })],
    ['no folder', JSON.stringify({ version: 1 })],
    ['a folder that is not text', JSON.stringify({ version: 1, folder: 42 })],
  ])('falls back to the usual folder and says so when the setting is %s', async (_label, text) => {
    await writeConfig(text);
    expect(await readBackupFolder(config())).toEqual({
      folder: join(dir, 'backups'),
      source: 'fallback',
      problem: expect.stringMatching(/damaged.*usual folder.*Choose your folder again/),
    });
  });

  it('falls back and says so when the setting cannot be read', async () => {
    const denied: BackupConfigFs = {
      ...nodeFs,
      readFile: () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })),
    };
    expect(await readBackupFolder(config(denied))).toEqual({
      folder: join(dir, 'backups'),
      source: 'fallback',
      problem: expect.stringMatching(/EACCES.*usual folder/),
    });
  });

  it('keeps the previous choice when saving a new one fails part-way', async () => {
    await saveBackupFolder(config(), '/first');
    const failing: BackupConfigFs = {
      ...nodeFs,
      rename: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })),
    };
    await expect(saveBackupFolder(config(failing), '/second')).rejects.toThrow(/full/);
    expect(await readBackupFolder(config())).toMatchObject({ folder: '/first' });
    expect(await readdir(dir)).toEqual([BACKUP_CONFIG_NAME]);
  });
});
