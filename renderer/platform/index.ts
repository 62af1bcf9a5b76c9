/** The platform the window runs on: the Electron bridge when present, else the browser fallback. */
import type { Bridge } from '../../shared/ipc/contract';
import { browserPlatform } from './browser';
import type { Platform } from './types';

function desktopPlatform(bridge: Bridge): Platform {
  return {
    kind: 'desktop',
    saveFile: (suggestedName, filters, data) => bridge.saveFile({ suggestedName, filters, data }),
    openFile: (filters, maxBytes) => bridge.openFile({ filters, maxBytes }),
    openPdf: (name, data) => bridge.openPdf({ name, data }),
    revealDataFolder: () => bridge.revealDataFolder(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}

export const platform: Platform = window.ropaDesk
  ? desktopPlatform(window.ropaDesk)
  : browserPlatform;
export type { Platform };
