/** 'file:save': asks where to save with the native dialog, then writes the bytes atomically. */
import { join } from 'node:path';
import type { FileFilter, SaveFileRequest, SaveFileResponse } from '../../../shared/ipc/contract';
import { writeFileAtomic, type AtomicFs } from './atomic-write';
import { describeSaveError } from './fs-errors';

export interface SaveDialogOptionsLike {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
  properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
}

export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogOptionsLike): Promise<{ canceled: boolean; filePath?: string }>;
  fs: AtomicFs;
  /** Where the dialog opens: the user's Documents folder. */
  defaultDirectory: string;
  platform: NodeJS.Platform;
}

const WINDOWS_FORBIDDEN = '<>:"|?*';

/**
 * The window proposes a name; it must not steer the dialog into another folder, so only the
 * last path segment survives, without characters Windows forbids in file names.
 */
export function safeSuggestedName(suggested: string): string {
  const last = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(last, (ch) =>
    ch.charCodeAt(0) < 0x20 || WINDOWS_FORBIDDEN.includes(ch) ? '_' : ch,
  )
    .join('')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'register.ropa.json' : cleaned;
}

export async function saveFile(
  request: SaveFileRequest,
  deps: SaveFileDeps,
): Promise<SaveFileResponse> {
  const choice = await deps.showSaveDialog({
    title: 'Save',
    defaultPath: join(deps.defaultDirectory, safeSuggestedName(request.suggestedName)),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
    return { status: 'cancelled' };
  }
  const path = choice.filePath;
  try {
    await writeFileAtomic(path, request.data, deps.fs, deps.platform);
  } catch (error) {
    return { status: 'failed', message: describeSaveError(error, path) };
  }
  return { status: 'saved', path };
}
