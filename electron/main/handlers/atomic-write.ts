/**
 * Writes a file so that a crash, a full disk or a power cut leaves either the old file or the
 * new one, never half of each: temp file beside the target, write, fsync, rename, fsync folder.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The parts of a FileHandle the writer uses. */
export interface WritableHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The parts of node:fs/promises the writer uses; tests swap in failing versions. */
export interface AtomicFs {
  open(path: string, flags: string): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = nodeFs;

export function tempPathFor(target: string): string {
  // Same folder, so the rename never crosses file systems (which would not be atomic).
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  fs: AtomicFs = nodeAtomicFs,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const temp = tempPathFor(target);
  let handle: WritableHandle | null = null;
  try {
    // 'wx' fails rather than reuse a stray file of the same name.
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    const written = handle;
    handle = null;
    await written.close();
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target), fs, platform);
}

/**
 * Makes the rename itself durable. Windows cannot open a folder for syncing, and some file
 * systems refuse it; the file's own data is already synced, so a failure here is ignored.
 */
async function syncFolder(folder: string, fs: AtomicFs, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort, see above.
  }
}
