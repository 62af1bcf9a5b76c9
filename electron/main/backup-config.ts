/**
 * Where backups go: `<userData>/backups` unless the person chose another folder, which is kept
 * in a small JSON file in userData, written crash-safely and checked on every read; and whether
 * backups are protected with a passphrase, in a second such file.
 */
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { BackupFolderInfo, BackupProtectionResponse } from '../../shared/ipc/contract';
import { checkProtectedFile } from '../../shared/register-file/encryption';
import { errorCode } from '../backup/errors';
import { writeFileAtomic, type AtomicFs } from './handlers/atomic-write';

export const BACKUP_CONFIG_NAME = 'backup-settings.json';

const configSchema = z.object({
  version: z.literal(1),
  folder: z.string().min(1).max(4096).refine(isAbsolute, 'The folder is not a full path.'),
});

export interface BackupConfigFs extends AtomicFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}

export interface BackupConfig {
  userDataPath: string;
  fs: BackupConfigFs;
  platform?: NodeJS.Platform;
}

export const defaultBackupFolder = (userDataPath: string): string => join(userDataPath, 'backups');

/** The folder to use now; a missing file means "never chosen", a broken one is reported. */
export async function readBackupFolder({
  userDataPath,
  fs,
}: BackupConfig): Promise<BackupFolderInfo> {
  const folder = defaultBackupFolder(userDataPath);
  const path = join(userDataPath, BACKUP_CONFIG_NAME);
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { folder, source: 'default' };
    return {
      folder,
      source: 'fallback',
      problem: `The backup folder you chose could not be looked up (${errorCode(error) ?? 'unreadable settings'}), so backups go to the usual folder for now. Choose your folder again if you want them elsewhere.`,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const config = configSchema.safeParse(parsed);
  if (!config.success) {
    return {
      folder,
      source: 'fallback',
      problem:
        'The record of the backup folder you chose is damaged, so backups go to the usual folder for now. Choose your folder again if you want them elsewhere.',
    };
  }
  return { folder: config.data.folder, source: 'chosen' };
}

/** Keeps the chosen folder; a crash while saving leaves the previous choice intact. */
export async function saveBackupFolder(
  { userDataPath, fs, platform = process.platform }: BackupConfig,
  folder: string,
): Promise<void> {
  const body = `${JSON.stringify({ version: 1, folder }, null, 2)}\n`;
  await writeFileAtomic(
    join(userDataPath, BACKUP_CONFIG_NAME),
    new TextEncoder().encode(body),
    fs,
    platform,
  );
}

/**
 * Whether backups are protected is kept in its own file beside the folder choice, so damage to
 * one never resets the other. It holds a verifier (a protected file of a known text), never the
 * passphrase. A missing file means protection was never turned on; a damaged one is reported,
 * and main then refuses unprotected backups until the person sets a passphrase or turns it off.
 */
export const BACKUP_PROTECTION_NAME = 'backup-protection.json';

const protectionSchema = z.strictObject({
  version: z.literal(1),
  verifier: z.string().min(1).max(4096).nullable(),
});

const PROTECTION_DAMAGED =
  'Ropa Desk cannot read its record of whether your backups are protected, so it writes no unprotected backup for now. In Settings ▸ Backups, set the passphrase again, or turn protection off.';

export async function readBackupProtection({
  userDataPath,
  fs,
}: BackupConfig): Promise<BackupProtectionResponse> {
  let text: string;
  try {
    text = await fs.readFile(join(userDataPath, BACKUP_PROTECTION_NAME), 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { status: 'off' };
    return { status: 'damaged', message: PROTECTION_DAMAGED };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const config = protectionSchema.safeParse(parsed);
  if (!config.success) return { status: 'damaged', message: PROTECTION_DAMAGED };
  const { verifier } = config.data;
  if (verifier === null) return { status: 'off' };
  if (!(await isWholeVerifier(verifier))) return { status: 'damaged', message: PROTECTION_DAMAGED };
  return { status: 'on', verifier };
}

/** A verifier is a protected file; checking its envelope catches a changed byte before use. */
export async function isWholeVerifier(verifier: string): Promise<boolean> {
  try {
    await checkProtectedFile(new TextEncoder().encode(verifier));
    return true;
  } catch {
    return false;
  }
}

/** Turns protection on with `verifier`, or off with null; crash-safe like the folder choice. */
export async function saveBackupProtection(
  { userDataPath, fs, platform = process.platform }: BackupConfig,
  verifier: string | null,
): Promise<void> {
  const body = `${JSON.stringify({ version: 1, verifier }, null, 2)}\n`;
  await writeFileAtomic(
    join(userDataPath, BACKUP_PROTECTION_NAME),
    new TextEncoder().encode(body),
    fs,
    platform,
  );
}
