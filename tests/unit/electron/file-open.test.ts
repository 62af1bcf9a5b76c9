import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFile, nodeReadFs, type OpenFileDeps } from '../../../electron/main/handlers/file-open';
import { formatBytes } from '../../../electron/main/handlers/fs-errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function deps(filePaths: string[] | null): OpenFileDeps {
  return {
    showOpenDialog: vi.fn(async () =>
      filePaths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths },
    ),
    fs: nodeReadFs,
  };
}

const filters = [{ name: 'Ropa Desk register', extensions: ['json'] }];

describe('openFile', () => {
  it('returns cancelled when the dialog is cancelled', async () => {
    const d = deps(null);
    expect(await openFile({ filters, maxBytes: 100 }, d)).toEqual({ status: 'cancelled' });
    expect(d.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters, properties: ['openFile'] }),
    );
  });

  it('returns the name and the exact bytes of the chosen file', async () => {
    const path = join(dir, 'register.ropa.json');
    await writeFile(path, '{"entities":[]}');
    const answer = await openFile({ filters, maxBytes: 1024 }, deps([path]));
    expect(answer.status).toBe('opened');
    if (answer.status !== 'opened') return;
    expect(answer.name).toBe('register.ropa.json');
    expect(answer.data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(answer.data)).toBe('{"entities":[]}');
  });

  it('refuses a file over maxBytes without reading it, saying how big it is', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, new Uint8Array(3 * 1024 * 1024));
    const readFile = vi.fn();
    const fs: OpenFileDeps['fs'] = {
      open: async (p, flags) => {
        const handle = await nodeReadFs.open(p, flags);
        return { stat: () => handle.stat(), close: () => handle.close(), readFile };
      },
    };
    const answer = await openFile({ filters, maxBytes: 1024 * 1024 }, { ...deps([path]), fs });
    expect(answer).toEqual({
      status: 'failed',
      message: expect.stringMatching(/“huge\.json” is 3 MB, more than the 1 MB/),
    });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly maxBytes', async () => {
    const path = join(dir, 'edge.json');
    await writeFile(path, new Uint8Array(10));
    expect(await openFile({ filters, maxBytes: 10 }, deps([path]))).toMatchObject({
      status: 'opened',
    });
  });

  it('explains a file that vanished after it was chosen', async () => {
    const answer = await openFile({ filters, maxBytes: 10 }, deps([join(dir, 'gone.json')]));
    expect(answer).toEqual({
      status: 'failed',
      message: expect.stringMatching(/no longer exists/),
    });
  });

  it('refuses a folder', async () => {
    const folder = join(dir, 'folder.json');
    await mkdir(folder);
    const answer = await openFile({ filters, maxBytes: 10 }, deps([folder]));
    expect(answer.status).toBe('failed');
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 bytes'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [12.4 * 1024 * 1024, '12 MB'],
  ])('%d → %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
