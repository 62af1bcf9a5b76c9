/** Builds the handler for every IPC channel from injected dependencies. */
import type { ChannelHandlers } from '../ipc';
import {
  backupProtection,
  chooseBackupFolder,
  latestBackup,
  listBackups,
  readBackup,
  revealBackupFolder,
  setBackupProtection,
  writeBackup,
  type BackupHandlerDeps,
} from './backups';
import { revealDataFolder, type RevealDataFolderDeps } from './data-folder';
import { openFile, type OpenFileDeps } from './file-open';
import { saveFile, type SaveFileDeps } from './file-save';
import { openPdf, type OpenPdfDeps } from './pdf-open';

export interface HandlerDeps {
  save: SaveFileDeps;
  open: OpenFileDeps;
  dataFolder: RevealDataFolderDeps;
  pdf: OpenPdfDeps;
  backups: BackupHandlerDeps;
  /** The window's answer to 'backup:quit'. */
  readyToQuit(): void;
}

export function createChannelHandlers(deps: HandlerDeps): ChannelHandlers {
  return {
    'file:save': (request) => saveFile(request, deps.save),
    'file:open': (request) => openFile(request, deps.open),
    'data-folder:reveal': () => revealDataFolder(deps.dataFolder),
    'pdf:open': (request) => openPdf(request, deps.pdf),
    'backup:write': (request) => writeBackup(request, deps.backups),
    'backup:list': () => listBackups(deps.backups),
    'backup:read': (request) => readBackup(request, deps.backups),
    'backup:latest': () => latestBackup(deps.backups),
    'backup:reveal': () => revealBackupFolder(deps.backups),
    'backup:choose-folder': () => chooseBackupFolder(deps.backups),
    'backup:protection': () => backupProtection(deps.backups),
    'backup:set-protection': (request) => setBackupProtection(request, deps.backups),
    'app:ready-to-quit': () => {
      deps.readyToQuit();
      return Promise.resolve({ status: 'ok' });
    },
  };
}
