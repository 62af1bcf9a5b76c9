/**
 * Where backups go: `<userData>/backups` unless the person chose another folder, which is kept
 * in a small JSON file in userData, written crash-safely and checked on every read.
 */
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import type { BackupFolderInfo } from '../../shared/ipc/contract';
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
