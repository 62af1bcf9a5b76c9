import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  nodeAtomicFs,
  writeFileAtomic,
  type AtomicFs,
} from '../../../electron/main/handlers/atomic-write';
import {
  safeSuggestedName,
  saveFile,
  type SaveFileDeps,
} from '../../../electron/main/handlers/file-save';
import type { SaveFileRequest } from '../../../shared/ipc/contract';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

function request(text: string): SaveFileRequest {
  return {
    suggestedName: 'register.ropa.json',
    filters: [{ name: 'Ropa Desk register', extensions: ['ropa.json'] }],
    data: bytes(text),
  };
}

function deps(filePath: string | null, fs: AtomicFs = nodeAtomicFs): SaveFileDeps {
  return {
    showSaveDialog: vi.fn(async () =>
      filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath },
    ),
    fs,
    defaultDirectory: '/home/user/Documents',
    platform: 'linux',
  };
}

/** Real fs, but writes fail part-way with the given error code, as a full disk does. */
function failingWriteFs(code: string): AtomicFs {
  return {
    ...nodeAtomicFs,
    open: async (path, flags) => {
      const handle = await nodeAtomicFs.open(path, flags);
      return {
        writeFile: async (data) => {
          await handle.writeFile(data.subarray(0, 2));
          throw Object.assign(new Error(`${code}: simulated`), { code });
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('saveFile', () => {
  it('opens the dialog in Documents with the suggested name and the filters', async () => {
    const d = deps(null);
    await saveFile(request('{}'), d);
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join('/home/user/Documents', 'register.ropa.json'),
        filters: [{ name: 'Ropa Desk register', extensions: ['ropa.json'] }],
      }),
    );
  });

  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    expect(await saveFile(request('{}'), deps(null))).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes the bytes to the chosen path and leaves no temp file', async () => {
    const target = join(dir, 'register.ropa.json');
    const answer = await saveFile(request('{"format":"ropa-desk"}'), deps(target));
    expect(answer).toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toBe('{"format":"ropa-desk"}');
    expect(await readdir(dir)).toEqual(['register.ropa.json']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(dir, 'register.ropa.json');
    await writeFile(target, 'an older and much longer register file');
    await saveFile(request('new'), deps(target));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('on a full disk, keeps the existing file, removes the temp file and says what to do', async () => {
    const target = join(dir, 'register.ropa.json');
    await writeFile(target, 'yesterday’s register');
    const answer = await saveFile(
      request('today’s register'),
      deps(target, failingWriteFs('ENOSPC')),
    );
    expect(answer.status).toBe('failed');
    expect(answer.status === 'failed' && answer.message).toMatch(
      /free some space|choose another folder/i,
    );
    expect(await readFile(target, 'utf8')).toBe('yesterday’s register');
    expect(await readdir(dir)).toEqual(['register.ropa.json']);
  });

  it('on a refused write, tells the user to choose another folder', async () => {
    const target = join(dir, 'new.ropa.json');
    const answer = await saveFile(request('x'), deps(target, failingWriteFs('EACCES')));
    expect(answer).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/another folder/),
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('when the rename fails (file open elsewhere), keeps the old file and no temp file', async () => {
    const target = join(dir, 'register.ropa.json');
    await writeFile(target, 'old');
    const fs: AtomicFs = {
      ...nodeAtomicFs,
      rename: async () => {
        throw Object.assign(new Error('EBUSY: simulated'), { code: 'EBUSY' });
      },
    };
    const answer = await saveFile(request('new'), deps(target, fs));
    expect(answer).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/another program/),
    });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['register.ropa.json']);
  });
});

describe('writeFileAtomic', () => {
  it('writes to a temp file in the same folder, syncs it, then renames, then syncs the folder', async () => {
    const target = join(dir, 'out.ropa.json');
    const events: string[] = [];
    const fs: AtomicFs = {
      open: async (path, flags) => {
        const handle = await nodeAtomicFs.open(path, flags);
        const what = path === dir ? 'folder' : 'temp';
        if (what === 'temp') expect(dirname(path)).toBe(dir);
        return {
          writeFile: async (data) => {
            events.push(`write ${what}`);
            await handle.writeFile(data);
          },
          sync: async () => {
            events.push(`sync ${what}`);
            await handle.sync();
          },
          close: () => handle.close(),
        };
      },
      rename: async (from, to) => {
        events.push('rename');
        expect(dirname(from)).toBe(dirname(to));
        await nodeAtomicFs.rename(from, to);
      },
      rm: nodeAtomicFs.rm,
    };
    await writeFileAtomic(target, bytes('data'), fs, 'linux');
    expect(events).toEqual(['write temp', 'sync temp', 'rename', 'sync folder']);
    expect(await readFile(target, 'utf8')).toBe('data');
  });

  it('does not try to sync the folder on Windows', async () => {
    const opened: string[] = [];
    const fs: AtomicFs = {
      ...nodeAtomicFs,
      open: async (path, flags) => {
        opened.push(path);
        return nodeAtomicFs.open(path, flags);
      },
    };
    await writeFileAtomic(join(dir, 'w.json'), bytes('x'), fs, 'win32');
    expect(opened).not.toContain(dir);
  });
});

describe('safeSuggestedName', () => {
  it.each([
    ['register.ropa.json', 'register.ropa.json'],
    ['../../.bashrc', '.bashrc'],
    ['C:\\Windows\\evil.ropa.json', 'evil.ropa.json'],
    ['a<b>c:d"e|f?g*h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['line\nbreak.pdf', 'line_break.pdf'],
    ['..', 'register.ropa.json'],
    ['/', 'register.ropa.json'],
  ])('%j → %j', (input, output) => expect(safeSuggestedName(input)).toBe(output));
});
