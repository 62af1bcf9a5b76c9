/** An in-memory CliIo: files in Maps (text and bytes), output captured, a fixed clock. */
import { CliFsError, type CliIo } from '../../../electron/cli/io';

export const CLI_NOW = '2026-11-25T12:00:00.000Z';

export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  /** What writeBytesAtomic wrote, such as PDFs. */
  binaries: Map<string, Uint8Array>;
  out: () => string;
  err: () => string;
}

export function memoryIo(files = new Map<string, string>()): MemoryIo {
  const binaries = new Map<string, Uint8Array>();
  const place = (path: string, overwrite: boolean): void => {
    if (path.startsWith('/missing/')) throw new CliFsError('no-folder', path);
    if ((files.has(path) || binaries.has(path)) && !overwrite) throw new CliFsError('exists', path);
  };
  let out = '';
  let err = '';
  return {
    files,
    binaries,
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
    passphrase: undefined,
    fs: {
      readText: async (path) => {
        const text = files.get(path);
        if (text === undefined) throw new CliFsError('not-found', path);
        return text;
      },
      writeTextAtomic: async (path, text, { overwrite }) => {
        place(path, overwrite);
        files.set(path, text);
      },
      writeBytesAtomic: async (path, bytes, { overwrite }) => {
        place(path, overwrite);
        binaries.set(path, bytes);
      },
    },
  };
}
