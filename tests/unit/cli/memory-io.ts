/** An in-memory CliIo: files in a Map, output captured, a fixed clock. */
import { CliFsError, type CliIo } from '../../../electron/cli/io';

export const CLI_NOW = '2026-11-25T12:00:00.000Z';

export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  out: () => string;
  err: () => string;
}

export function memoryIo(files = new Map<string, string>()): MemoryIo {
  let out = '';
  let err = '';
  return {
    files,
    out: () => out,
    err: () => err,
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    now: () => CLI_NOW,
    version: '9.9.9',
    fs: {
      readText: async (path) => {
        const text = files.get(path);
        if (text === undefined) throw new CliFsError('not-found', path);
        return text;
      },
      writeTextAtomic: async (path, text, { overwrite }) => {
        if (path.startsWith('/missing/')) throw new CliFsError('no-folder', path);
        if (files.has(path) && !overwrite) throw new CliFsError('exists', path);
        files.set(path, text);
      },
    },
  };
}
