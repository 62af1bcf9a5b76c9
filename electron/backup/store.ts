/**
 * The backups folder: writes crash-safely, rotates, lists with manifests and reads backups back.
 * A protected backup has its manifest in a side file (see ./protected), written before it and
 * removed after it, so a crash leaves at worst a stray manifest. A side file lost some other way
 * (removed by hand, a partial copy of the folder) costs only the counts: the backup is listed as
 * whole, with unknown counts, and restores with its passphrase.
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic, type AtomicFs } from '../main/handlers/atomic-write';
import { BackupError, backupReadError, backupWriteError, describeCause, errorCode } from './errors';
import { readManifest, type BackupManifest } from './manifest';
import {
  backupFileName,
  backupOfManifest,
  isLeftoverTemp,
  manifestFileName,
  parseBackupName,
  type BackupName,
  type BackupReason,
} from './names';
import { keepBackups, newestFirst } from './rotation';
import { MAX_REGISTER_FILE_BYTES, RegisterFileError } from '../../shared/register-file';
import {
  checkProtectedFile,
  isEncryptedRegister,
  ProtectedFileError,
} from '../../shared/register-file/encryption';
import {
  MAX_PROTECTED_FILE_BYTES,
  MAX_SIDE_MANIFEST_BYTES,
  readSideManifest,
  sideManifestBytes,
} from './protected';

/** The parts of node:fs/promises the store uses; tests wrap them to inject faults. */
export interface BackupFs extends AtomicFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number }>;
}

export const nodeBackupFs: BackupFs = nodeFs;

export type Backup = BackupName & { size: number | null; protected: boolean } & (
    { status: 'ok'; manifest: BackupManifest | null } | { status: 'damaged'; problem: string }
  );

export interface BackupStoreOptions {
  folder: string;
  fs?: BackupFs;
  now?: () => Date;
  platform?: NodeJS.Platform;
}

export interface BackupStore {
  readonly folder: string;
  /** `manifest` comes with a protected file only, which the store cannot read. */
  write(bytes: Uint8Array, reason: BackupReason, manifest?: BackupManifest): Promise<Backup>;
  list(): Promise<Backup[]>;
  read(name: string): Promise<Uint8Array>;
  cleanLeftovers(): Promise<string[]>;
  latestManifest(): Promise<(BackupName & { manifest: BackupManifest }) | null>;
}

const TOO_LARGE = 'The file is far larger than any register, so it is not a Ropa Desk backup.';

/** Why a listed backup cannot be restored, always ending with what to do instead. */
function problemOf(error: unknown, name: string): string {
  if (errorCode(error) !== undefined || !(error instanceof Error)) {
    return backupReadError(error, name).message;
  }
  // The reader's and the envelope's refusals end with their own next step; the others do not.
  if (error instanceof RegisterFileError || error instanceof ProtectedFileError) {
    return error.message;
  }
  return `${error.message} Restore another backup instead.`;
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

  async function readSide(backupName: string): Promise<BackupManifest | null> {
    const path = join(folder, manifestFileName(backupName));
    let bytes: Uint8Array;
    try {
      if ((await fs.stat(path)).size > MAX_SIDE_MANIFEST_BYTES) throw new Error('too large');
      bytes = await fs.readFile(path);
    } catch {
      return null;
    }
    return readSideManifest(bytes);
  }

  async function inspect(backup: BackupName): Promise<Backup> {
    const path = join(folder, backup.name);
    let size: number | null = null;
    let isProtected = false;
    try {
      size = (await fs.stat(path)).size;
      // Checked before reading, so a huge stray file cannot exhaust memory.
      if (size > MAX_PROTECTED_FILE_BYTES) throw new Error(TOO_LARGE);
      const bytes = await fs.readFile(path);
      isProtected = isEncryptedRegister(bytes);
      if (!isProtected && size > MAX_REGISTER_FILE_BYTES) throw new Error(TOO_LARGE);
      if (isProtected) await checkProtectedFile(bytes);
      const manifest = isProtected ? await readSide(backup.name) : await readManifest(bytes);
      return { ...backup, size, protected: isProtected, status: 'ok', manifest };
    } catch (error) {
      return {
        ...backup,
        size,
        protected: isProtected,
        status: 'damaged',
        problem: problemOf(error, backup.name),
      };
    }
  }

  /** The manifest of a backup about to be written: read from it, or checked and kept beside it. */
  async function manifestFor(bytes: Uint8Array, sent?: BackupManifest): Promise<BackupManifest> {
    const refuse = (why: string, cause?: unknown) =>
      new BackupError(
        'not-a-register',
        `No backup was written: ${why} Your register itself is unchanged.`,
        { cause },
      );
    if (!isEncryptedRegister(bytes)) {
      if (sent) throw refuse('record counts came with a backup that is not protected.');
      try {
        return await readManifest(bytes);
      } catch (error) {
        throw refuse(
          `the data to back up is not a readable register file. ${describeCause(error)}`,
          error,
        );
      }
    }
    if (!sent) throw refuse('a protected backup came without its record counts.');
    try {
      await checkProtectedFile(bytes);
    } catch (error) {
      throw refuse(`the protected backup is not whole. ${describeCause(error)}`, error);
    }
    return sent;
  }

  async function write(
    bytes: Uint8Array,
    reason: BackupReason,
    sent?: BackupManifest,
  ): Promise<Backup> {
    const manifest = await manifestFor(bytes, sent);
    const isProtected = sent !== undefined;
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
      if (isProtected) {
        const side = join(folder, manifestFileName(name));
        await writeFileAtomic(side, sideManifestBytes(manifest), fs, platform);
      }
      await writeFileAtomic(join(folder, name), bytes, fs, platform);
    } catch (error) {
      throw backupWriteError(error, folder);
    }
    const written: BackupName = { name, time: new Date(time).toISOString(), reason };
    await rotate([...backupsIn(existing), written], written.name);
    return { ...written, size: bytes.length, protected: isProtected, status: 'ok', manifest };
  }

  /** Only after a successful write, so a failed write never costs an older backup. */
  async function rotate(backups: BackupName[], justWritten: string): Promise<void> {
    const keep = new Set(keepBackups(backups, now(), justWritten).map((b) => b.name));
    for (const backup of backups) {
      if (keep.has(backup.name)) continue;
      // A backup that cannot be removed now is retried at the next write; extra backups are
      // harmless, a failed backup because of them would not be.
      try {
        await fs.rm(join(folder, backup.name), { force: true });
        await fs.rm(join(folder, manifestFileName(backup.name)), { force: true });
      } catch {
        // Retried at the next write (see above); a stray manifest is removed at start.
      }
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
    const entries = await names();
    const present = new Set(entries);
    // A manifest whose backup is gone: a crash between writing the two, or between removing them.
    const orphan = (name: string) => {
      const backup = backupOfManifest(name);
      return backup !== null && !present.has(backup);
    };
    for (const name of entries.filter((entry) => isLeftoverTemp(entry) || orphan(entry))) {
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
      // Without counts a backup cannot show lost records; an older one with counts still can.
      if (inspected.status === 'ok' && inspected.manifest) {
        const { name, time, reason, manifest } = inspected;
        return { name, time, reason, manifest };
      }
    }
    return null;
  }

  return {
    folder,
    write: (bytes, reason, manifest) => serial(() => write(bytes, reason, manifest)),
    list: () => serial(list),
    read: (name) => serial(() => read(name)),
    cleanLeftovers: () => serial(cleanLeftovers),
    latestManifest: () => serial(latestManifest),
  };
}
