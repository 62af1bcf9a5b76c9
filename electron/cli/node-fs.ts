/**
 * The CLI's real file system. Writes are atomic (temp file beside the target, fsync, then
 * rename or link) so an interrupted `example --out` or `notice --out` never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { access, link, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_REGISTER_FILE_BYTES } from '../../shared/register-file/read';
import { CliFsError, type CliFs, type CliFsProblem } from './io';

const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

function toCliError(error: unknown, path: string, onMissing: CliFsProblem): CliFsError {
  if (error instanceof CliFsError) return error;
  const code = errnoOf(error);
  const problem: CliFsProblem =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? onMissing
      : code === 'EEXIST'
        ? 'exists'
        : code === 'EISDIR'
          ? 'is-directory'
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'denied'
            : 'other';
  return new CliFsError(
    problem,
    path,
    code ?? (error instanceof Error ? error.message : String(error)),
  );
}

async function readText(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliFsError('is-directory', path);
    // Refused before reading, so a huge file never has to fit in memory.
    if (info.size > MAX_REGISTER_FILE_BYTES) throw new CliFsError('too-large', path);
    return await readFile(path, 'utf8');
  } catch (error) {
    throw toCliError(error, path, 'not-found');
  }
}

/** Links need a file system that supports them; these codes mean it does not. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

async function placeWithoutReplacing(temp: string, target: string): Promise<void> {
  try {
    // link() fails with EEXIST instead of replacing, closing the gap a check-then-rename leaves.
    await link(temp, target);
    await unlink(temp);
  } catch (error) {
    const code = errnoOf(error);
    if (code === undefined || !NO_HARD_LINKS.has(code)) throw error;
    const exists = await access(target).then(
      () => true,
      () => false,
    );
    if (exists) throw new CliFsError('exists', target);
    await rename(temp, target);
  }
}

async function writeAtomic(
  path: string,
  data: string | Uint8Array,
  options: { overwrite: boolean },
): Promise<void> {
  // Same folder, so rename and link never cross file systems.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await rename(temp, path);
    else await placeWithoutReplacing(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw toCliError(error, path, 'no-folder');
  }
  await syncFolder(dirname(path));
}

/** Makes the rename durable; Windows and some file systems cannot sync a folder, so best effort. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file's own data is already synced.
  }
}

export const nodeCliFs: CliFs = {
  readText,
  writeTextAtomic: writeAtomic,
  writeBytesAtomic: writeAtomic,
};
