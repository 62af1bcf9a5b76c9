/** Builds the handler for every IPC channel from injected dependencies. */
import type { ChannelHandlers } from '../ipc';
import { revealDataFolder, type RevealDataFolderDeps } from './data-folder';
import { openFile, type OpenFileDeps } from './file-open';
import { saveFile, type SaveFileDeps } from './file-save';
import { openPdf, type OpenPdfDeps } from './pdf-open';

export interface HandlerDeps {
  save: SaveFileDeps;
  open: OpenFileDeps;
  dataFolder: RevealDataFolderDeps;
  pdf: OpenPdfDeps;
}

export function createChannelHandlers(deps: HandlerDeps): ChannelHandlers {
  return {
    'file:save': (request) => saveFile(request, deps.save),
    'file:open': (request) => openFile(request, deps.open),
    'data-folder:reveal': () => revealDataFolder(deps.dataFolder),
    'pdf:open': (request) => openPdf(request, deps.pdf),
  };
}
