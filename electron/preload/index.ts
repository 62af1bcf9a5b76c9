/**
 * The preload: the window's only door to main. One method per contract channel and a menu
 * listener; no generic send/invoke/on, so a compromised page can reach nothing else.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge, Channel, ChannelRequest, ChannelResponses } from '../../shared/ipc/contract';
import {
  appCommands,
  MENU_COMMAND_CHANNEL,
  menuCommands,
  type MenuCommand,
} from '../../shared/ipc/menu';

const knownMenuCommands: ReadonlySet<string> = new Set([...menuCommands, ...appCommands]);

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && knownMenuCommands.has(value);
}

function invoke<C extends Channel>(
  channel: C,
  request: ChannelRequest<C>,
): Promise<ChannelResponses[C]> {
  return ipcRenderer.invoke(channel, request);
}

const bridge = {
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  revealDataFolder: () => invoke('data-folder:reveal', undefined),
  openPdf: (request) => invoke('pdf:open', request),
  writeBackup: (request) => invoke('backup:write', request),
  listBackups: () => invoke('backup:list', undefined),
  readBackup: (request) => invoke('backup:read', request),
  latestBackup: () => invoke('backup:latest', undefined),
  revealBackupFolder: () => invoke('backup:reveal', undefined),
  chooseBackupFolder: () => invoke('backup:choose-folder', undefined),
  backupProtection: () => invoke('backup:protection', undefined),
  setBackupProtection: (request) => invoke('backup:set-protection', request),
  readyToQuit: () => invoke('app:ready-to-quit', undefined),
  onMenuCommand: (listener) => {
    // The IPC event stays here: it would hand the page a way back to ipcRenderer.
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
    };
  },
} satisfies Bridge;

export type RopaDeskBridge = typeof bridge;

contextBridge.exposeInMainWorld('ropaDesk', bridge);
