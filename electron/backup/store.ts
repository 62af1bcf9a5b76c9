/** The backups folder: writes crash-safely, rotates, lists with manifests and reads backups back. */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, type AtomicFs } from '../main/handlers/atomic-write';
import { BackupError, backupReadError, backupWriteError, describeCause, errorCode } from './errors';
import { readManifest, type BackupManifest } from './manifest';
import {
  backupFileName,
  isLeftoverTemp,
  parseBackupName,
  type BackupName,
  type BackupReason,
} from './names';
import { keepBackups, newestFirst } from './rotation';
import { MAX_REGISTER_FILE_BYTES } from '../../shared/register-file';

/** The parts of node:fs/promises the store uses; tests wrap them to inject faults. */
export interface BackupFs extends AtomicFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number }>;
}

export const nodeBackupFs: BackupFs = nodeFs;

export type Backup = BackupName & { size: number | null } & (
    { status: 'ok'; manifest: BackupManifest } | { status: 'damaged'; problem: string }
  );

export interface BackupStoreOptions {
  folder: string;
  fs?: BackupFs;
  now?: () => Date;
  platform?: NodeJS.Platform;
}

export interface BackupStore {
  readonly folder: string;
  write(bytes: Uint8Array, reason: BackupReason): Promise<Backup>;
  list(): Promise<Backup[]>;
  read(name: string): Promise<Uint8Array>;
  cleanLeftovers(): Promise<string[]>;
  latestManifest(): Promise<(BackupName & { manifest: BackupManifest }) | null>;
}

export function createBackupStore({
  folder,
  fs = nodeBackupFs,
  now = () => new Date(),
  platform = process.platform,
}: BackupStoreOptions): BackupStore {
  // One operation at a time: a list must not see a file that rotation is deleting, and two
  // writes must not pick the same name or rotate each other's files away.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function names(): Promise<string[]> {
    try {
      return await fs.readdir(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw backupReadError(error, folder);
    }
  }

  const backupsIn = (entries: string[]): BackupName[] =>
    newestFirst(entries.flatMap((name) => parseBackupName(name) ?? []));

  async function inspect(backup: BackupName): Promise<Backup> {
    const path = join(folder, backup.name);
    let size: number | null = null;
    try {
      size = (await fs.stat(path)).size;
      // Checked before reading, so a huge stray file cannot exhaust memory.
      if (size > MAX_REGISTER_FILE_BYTES) {
        return { ...backup, size, status: 'damaged', problem: 'The file is far too large.' };
      }
      const manifest = await readManifest(await fs.readFile(path));
      return { ...backup, size, status: 'ok', manifest };
    } catch (error) {
      const problem =
        errorCode(error) === undefined && error instanceof Error
          ? error.message
          : backupReadError(error, backup.name).message;
      return { ...backup, size, status: 'damaged', problem };
    }
  }

  async function write(bytes: Uint8Array, reason: BackupReason): Promise<Backup> {
    let manifest: BackupManifest;
    try {
      manifest = await readManifest(bytes);
    } catch (error) {
      throw new BackupError(
        'not-a-register',
        `No backup was written: the data to back up is not a readable register file. ${describeCause(error)} Your register itself is unchanged.`,
        { cause: error },
      );
    }
    let existing: string[];
    try {
      await fs.mkdir(folder, { recursive: true });
      existing = await fs.readdir(folder);
    } catch (error) {
      throw backupWriteError(error, folder);
    }
    // Two backups in the same millisecond: the later one moves on a millisecond, which keeps
    // the name format and the order without a counter.
    const taken = new Set(backupsIn(existing).map((b) => Date.parse(b.time)));
    let time = now().getTime();
    while (taken.has(time)) time += 1;
    const name = backupFileName(time, reason);
    try {
      await writeFileAtomic(join(folder, name), bytes, fs, platform);
    } catch (error) {
      throw backupWriteError(error, folder);
    }
    const written: BackupName = { name, time: new Date(time).toISOString(), reason };
    await rotate([...backupsIn(existing), written], written.name);
    return { ...written, size: bytes.length, status: 'ok', manifest };
  }

  /** Only after a successful write, so a failed write never costs an older backup. */
  async function rotate(backups: BackupName[], justWritten: string): Promise<void> {
    const keep = new Set(keepBackups(backups, now(), justWritten).map((b) => b.name));
    for (const backup of backups) {
      if (keep.has(backup.name)) continue;
      // A backup that cannot be removed now is retried at the next write; extra backups are
      // harmless, a failed backup because of them would not be.
      await fs.rm(join(folder, backup.name), { force: true }).catch(() => undefined);
    }
  }

  async function list(): Promise<Backup[]> {
    const result: Backup[] = [];
    // One file at a time: each can be tens of megabytes.
    for (const backup of backupsIn(await names())) result.push(await inspect(backup));
    return result;
  }

  async function read(name: string): Promise<Uint8Array> {
    // Only names the store itself writes: no separators, no "..", nothing outside the folder.
    if (parseBackupName(name) === null) {
      throw new BackupError(
        'unknown-backup',
        'That is not the name of a Ropa Desk backup, so nothing was read. Choose a backup from the list in Settings.',
      );
    }
    try {
      return await fs.readFile(join(folder, name));
    } catch (error) {
      throw backupReadError(error, name);
    }
  }

  async function cleanLeftovers(): Promise<string[]> {
    const removed: string[] = [];
    for (const name of (await names()).filter(isLeftoverTemp)) {
      try {
        await fs.rm(join(folder, name), { force: true });
        removed.push(name);
      } catch {
        // Left for the next start; a stray temp file is never mistaken for a backup.
      }
    }
    return removed;
  }

  async function latestManifest(): Promise<(BackupName & { manifest: BackupManifest }) | null> {
    for (const backup of backupsIn(await names())) {
      const inspected = await inspect(backup);
      if (inspected.status === 'ok') {
        const { name, time, reason, manifest } = inspected;
        return { name, time, reason, manifest };
      }
    }
    return null;
  }

  return {
    folder,
    write: (bytes, reason) => serial(() => write(bytes, reason)),
    list: () => serial(list),
    read: (name) => serial(() => read(name)),
    cleanLeftovers: () => serial(cleanLeftovers),
    latestManifest: () => serial(latestManifest),
  };
}
