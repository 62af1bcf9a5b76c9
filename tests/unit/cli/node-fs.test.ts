import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliFsError, type CliFsProblem } from '../../../electron/cli/io';
import { nodeCliFs } from '../../../electron/cli/node-fs';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ropa-cli-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function problemOf(action: Promise<unknown>): Promise<CliFsProblem> {
  try {
    await action;
  } catch (error) {
    if (error instanceof CliFsError) return error.problem;
    throw error;
  }
  throw new Error('expected a CliFsError');
}

describe('the CLI’s file system', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    const target = join(folder, 'k.ropa.json');
    await nodeCliFs.writeTextAtomic(target, 'hello ✓\n', { overwrite: false });
    expect(await readFile(target, 'utf8')).toBe('hello ✓\n');
    expect(await readdir(folder)).toEqual(['k.ropa.json']);
  });

  it('never replaces an existing file without overwrite', async () => {
    const target = join(folder, 'k.ropa.json');
    await writeFile(target, 'original');
    expect(await problemOf(nodeCliFs.writeTextAtomic(target, 'new', { overwrite: false }))).toBe(
      'exists',
    );
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(folder)).toEqual(['k.ropa.json']);
  });

  it('replaces an existing file with overwrite', async () => {
    const target = join(folder, 'k.ropa.json');
    await writeFile(target, 'original');
    await nodeCliFs.writeTextAtomic(target, 'new', { overwrite: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['k.ropa.json']);
  });

  it('reports a missing folder', async () => {
    const target = join(folder, 'no', 'such', 'k.json');
    expect(await problemOf(nodeCliFs.writeTextAtomic(target, 'x', { overwrite: false }))).toBe(
      'no-folder',
    );
  });

  it('reads text as written, byte order mark included', async () => {
    const target = join(folder, 'bom.json');
    await writeFile(target, '\uFEFF{"a":1}');
    expect(await nodeCliFs.readText(target)).toBe('\uFEFF{"a":1}');
  });

  it('reports a missing file and a folder given as a file', async () => {
    expect(await problemOf(nodeCliFs.readText(join(folder, 'nope.json')))).toBe('not-found');
    await mkdir(join(folder, 'dir'));
    expect(await problemOf(nodeCliFs.readText(join(folder, 'dir')))).toBe('is-directory');
  });
});
