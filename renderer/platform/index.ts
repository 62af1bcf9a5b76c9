/** The platform the window runs on: the Electron bridge when present, else the browser fallback. */
import type { Bridge } from '../../shared/ipc/contract';
import { browserPlatform } from './browser';
import type { BackupBridge, Platform } from './types';

function desktopPlatform(bridge: Bridge): Platform {
  return {
    kind: 'desktop',
    saveFile: (suggestedName, filters, data) => bridge.saveFile({ suggestedName, filters, data }),
    openFile: (filters, maxBytes) => bridge.openFile({ filters, maxBytes }),
    openPdf: (name, data) => bridge.openPdf({ name, data }),
    revealDataFolder: () => bridge.revealDataFolder(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    backups: {
      writeBackup: (request) => bridge.writeBackup(request),
      listBackups: () => bridge.listBackups(),
      readBackup: (request) => bridge.readBackup(request),
      latestBackup: () => bridge.latestBackup(),
      revealBackupFolder: () => bridge.revealBackupFolder(),
      chooseBackupFolder: () => bridge.chooseBackupFolder(),
      backupProtection: () => bridge.backupProtection(),
      setBackupProtection: (request) => bridge.setBackupProtection(request),
      readyToQuit: () => bridge.readyToQuit(),
    },
  };
}

export const platform: Platform = window.ropaDesk
  ? desktopPlatform(window.ropaDesk)
  : browserPlatform;
export type { BackupBridge, Platform };
