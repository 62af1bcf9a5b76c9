import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, readManifest, type BackupManifest } from '../../../electron/backup';
import {
  BACKUP_PROTECTION_NAME,
  readBackupProtection,
  type BackupConfigFs,
} from '../../../electron/main/backup-config';
import { nodeAtomicFs } from '../../../electron/main/handlers/atomic-write';
import {
  backupProtection,
  listBackups,
  setBackupProtection,
  storesByFolder,
  writeBackup,
  type BackupHandlerDeps,
} from '../../../electron/main/handlers/backups';
import { parseRequest, RefusedIpcError } from '../../../electron/main/ipc';
import { writeRegisterFile } from '../../../shared/register-file';
import { encryptRegisterBytes } from '../../../shared/register-file/encryption';
import { emptyRegister } from '../../../shared/domain/register';
import { NOW, smallRegister } from '../shared/fixtures';

const PASSPHRASE = 'kettle harbour violet';

let dir: string;
let plain: Uint8Array<ArrayBuffer>;
let sealed: Uint8Array<ArrayBuffer>;
let manifest: BackupManifest;
let verifier: string;

beforeAll(async () => {
  plain = new TextEncoder().encode(await writeRegisterFile(smallRegister(), NOW, 'test'));
  manifest = await readManifest(plain);
  sealed = await encryptRegisterBytes(plain, PASSPHRASE);
  const check = await encryptRegisterBytes(new TextEncoder().encode('check'), PASSPHRASE);
  verifier = new TextDecoder().decode(check);
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-protection-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const configFs: BackupConfigFs = { ...nodeAtomicFs, readFile: (p, e) => readFile(p, e) };

function deps(): BackupHandlerDeps {
  let time = Date.parse('2026-11-25T12:00:00.000Z');
  return {
    config: { userDataPath: dir, fs: configFs, platform: 'linux' },
    storeFor: storesByFolder((folder) =>
      createBackupStore({ folder, platform: 'linux', now: () => new Date((time += 60_000)) }),
    ),
    mkdir: (path) => mkdir(path, { recursive: true }).then(() => undefined),
    openPath: vi.fn(async () => ''),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
  };
}

const backupFiles = async () =>
  (await readdir(join(dir, 'backups')).catch(() => [])).filter((f) => f.endsWith('.ropa.json'));

describe('whether backups are protected', () => {
  it('is off until turned on, on with its verifier after, and off again after', async () => {
    const d = deps();
    expect(await backupProtection(d)).toEqual({ status: 'off' });
    expect(await setBackupProtection({ verifier }, d)).toEqual({ status: 'saved' });
    expect(await backupProtection(d)).toEqual({ status: 'on', verifier });
    expect(await setBackupProtection({ verifier: null }, d)).toEqual({ status: 'saved' });
    expect(await backupProtection(d)).toEqual({ status: 'off' });
  });

  it('never keeps the passphrase, only the verifier', async () => {
    await setBackupProtection({ verifier }, deps());
    const kept = await readFile(join(dir, BACKUP_PROTECTION_NAME), 'utf8');
    expect(kept).not.toContain(PASSPHRASE);
    expect(JSON.parse(kept)).toEqual({ version: 1, verifier });
  });

  it('refuses a verifier that is not a whole protected text, changing nothing', async () => {
    const d = deps();
    const answer = await setBackupProtection({ verifier: '{"format":"ropa-desk.encrypted"}' }, d);
    expect(answer).toMatchObject({ status: 'failed', message: /Nothing was changed/ });
    expect(await backupProtection(d)).toEqual({ status: 'off' });
  });

  it.each([
    ['not JSON', '{ver'],
    ['an unknown version', JSON.stringify({ version: 2, verifier: null })],
    ['a verifier with a byte changed', null],
  ])('reports a damaged record (%s) rather than treat backups as unprotected', async (_, text) => {
    const body =
      text ??
      JSON.stringify({
        version: 1,
        verifier: verifier.replace('"ciphertext": "', '"ciphertext": "AAAA'),
      });
    await writeFile(join(dir, BACKUP_PROTECTION_NAME), body);
    const answer = await readBackupProtection(deps().config);
    expect(answer).toMatchObject({ status: 'damaged', message: /set the passphrase again/ });
  });
});

describe('backup:write while protection is on', () => {
  it('refuses an unprotected backup and writes nothing', async () => {
    const d = deps();
    await setBackupProtection({ verifier }, d);
    const answer = await writeBackup({ reason: 'change', data: plain }, d);
    expect(answer).toMatchObject({
      status: 'failed',
      message:
        /protected with a passphrase.*did not write this one unprotected.*Settings ▸ Backups/,
    });
    expect(await backupFiles()).toEqual([]);
  });

  it('refuses an unprotected backup when the record of protection is damaged', async () => {
    await writeFile(join(dir, BACKUP_PROTECTION_NAME), 'garbled');
    const answer = await writeBackup({ reason: 'change', data: plain }, deps());
    expect(answer.status).toBe('failed');
    expect(await backupFiles()).toEqual([]);
  });

  it('writes a protected backup and lists it with its counts', async () => {
    const d = deps();
    await setBackupProtection({ verifier }, d);
    const answer = await writeBackup({ reason: 'change', data: sealed, manifest }, d);
    expect(answer).toMatchObject({ status: 'written', backup: { protected: true, manifest } });
    const listing = await listBackups(d);
    expect(listing.status === 'listed' && listing.entries).toMatchObject([
      { protected: true, status: 'ok', manifest: { counts: manifest.counts } },
    ]);
  });

  it('still writes unprotected backups once protection is off', async () => {
    const d = deps();
    await setBackupProtection({ verifier }, d);
    await setBackupProtection({ verifier: null }, d);
    expect(await writeBackup({ reason: 'change', data: plain }, d)).toMatchObject({
      status: 'written',
    });
  });
});

describe('IPC input for the new fields', () => {
  // Built here, not in beforeAll: the cases below are listed before any test runs.
  const counts = Object.fromEntries(Object.keys(emptyRegister()).map((table) => [table, 1]));
  const shape = { schemaVersion: 5, exportedAt: NOW, checksum: `sha256:${'a'.repeat(64)}`, counts };

  it('accepts a protected backup with its manifest, and a verifier or null', () => {
    expect(() =>
      parseRequest('backup:write', [
        { reason: 'change', data: new Uint8Array([1]), manifest: shape },
      ]),
    ).not.toThrow();
    expect(() => parseRequest('backup:set-protection', [{ verifier }])).not.toThrow();
    expect(() => parseRequest('backup:set-protection', [{ verifier: null }])).not.toThrow();
  });

  it.each([
    ['a negative count', { ...shape, counts: { ...counts, activities: -1 } }],
    ['a fractional count', { ...shape, counts: { ...counts, activities: 1.5 } }],
    ['a table that does not exist', { ...shape, counts: { ...counts, names: 3 } }],
    ['a missing table', { ...shape, counts: { activities: 1 } }],
    ['a checksum that is not SHA-256', { ...shape, checksum: 'md5:abc' }],
    ['an export time that is not one', { ...shape, exportedAt: 'yesterday' }],
    ['an extra field', { ...shape, names: ['Payroll'] }],
  ])('refuses a backup:write manifest with %s', (_, bad) => {
    expect(() =>
      parseRequest('backup:write', [
        { reason: 'change', data: new Uint8Array([1]), manifest: bad },
      ]),
    ).toThrow(RefusedIpcError);
  });

  it.each([
    ['no verifier', {}],
    ['a number', { verifier: 42 }],
    ['an empty verifier', { verifier: '' }],
    ['a huge verifier', { verifier: 'x'.repeat(5000) }],
    ['a passphrase alongside', { verifier: null, passphrase: PASSPHRASE }],
  ])('refuses a backup:set-protection request with %s', (_, bad) => {
    expect(() => parseRequest('backup:set-protection', [bad])).toThrow(RefusedIpcError);
  });

  it('refuses any argument to backup:protection', () => {
    expect(() => parseRequest('backup:protection', [{}])).toThrow(RefusedIpcError);
    expect(() => parseRequest('backup:protection', [])).not.toThrow();
  });
});
