/** 'data-folder:reveal': opens the folder that holds the register in the file manager. */
import type { RevealDataFolderResponse } from '../../../shared/ipc/contract';

export interface RevealDataFolderDeps {
  /** shell.openPath: resolves to '' on success, or to an error message. */
  openPath(path: string): Promise<string>;
  /** app.getPath('userData'): where Chromium keeps the IndexedDB database. */
  userDataPath: string;
}

export async function revealDataFolder(
  deps: RevealDataFolderDeps,
): Promise<RevealDataFolderResponse> {
  const path = deps.userDataPath;
  const error = await deps.openPath(path);
  if (error === '') return { status: 'shown', path };
  return {
    status: 'failed',
    message: `The data folder could not be opened (${error}). It is at ${path}; open it in your file manager.`,
  };
}
