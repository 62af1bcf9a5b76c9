/** 'file:open': lets the user pick a file with the native dialog and returns its bytes. */
import { basename } from 'node:path';
import * as nodeFs from 'node:fs/promises';
import type { FileFilter, OpenFileRequest, OpenFileResponse } from '../../../shared/ipc/contract';
import { describeOpenError, formatBytes } from './fs-errors';

export interface OpenDialogOptionsLike {
  title: string;
  filters: FileFilter[];
  properties: Array<'openFile'>;
}

/** The parts of a FileHandle the reader uses. */
export interface ReadableHandle {
  stat(): Promise<{ size: number; isFile(): boolean }>;
  readFile(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface ReadFs {
  open(path: string, flags: 'r'): Promise<ReadableHandle>;
}

export const nodeReadFs: ReadFs = nodeFs;

export interface OpenFileDeps {
  showOpenDialog(
    options: OpenDialogOptionsLike,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  fs: ReadFs;
}

function tooBig(name: string, size: number, maxBytes: number): OpenFileResponse {
  return {
    status: 'failed',
    message: `“${name}” is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} Ropa Desk accepts here. Check that you chose the right file.`,
  };
}

export async function openFile(
  request: OpenFileRequest,
  deps: OpenFileDeps,
): Promise<OpenFileResponse> {
  const choice = await deps.showOpenDialog({
    title: 'Open',
    filters: request.filters,
    properties: ['openFile'],
  });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { status: 'cancelled' };
  const name = basename(path);
  try {
    // One handle for stat and read, so the size checked is the size of the file read.
    const handle = await deps.fs.open(path, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return { status: 'failed', message: `“${name}” is not a file.` };
      if (stats.size > request.maxBytes) return tooBig(name, stats.size, request.maxBytes);
      const bytes = await handle.readFile();
      // The file may have grown since stat.
      if (bytes.byteLength > request.maxBytes)
        return tooBig(name, bytes.byteLength, request.maxBytes);
      // A plain Uint8Array, not a Buffer view into a shared pool, crosses IPC cleanly.
      return { status: 'opened', name, data: new Uint8Array(bytes) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { status: 'failed', message: describeOpenError(error, path) };
  }
}
