// Main process entry: wires the unit-tested modules to the real Electron APIs, nothing more.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract';
import { APP_ORIGIN, APP_SCHEME } from '../../shared/security/csp';
import { createBackupStore } from '../backup';
import { readBackupFolder, type BackupConfig } from './backup-config';
import { nodeAtomicFs } from './handlers/atomic-write';
import { storesByFolder } from './handlers/backups';
import { revealDataFolder, type RevealDataFolderDeps } from './handlers/data-folder';
import { nodeReadFs } from './handlers/file-open';
import { createChannelHandlers } from './handlers/index';
import { registerChannelHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { appPaths } from './paths';
import { createAppProtocolHandler, privilegedSchemes } from './protocol';
import { createQuitBackup } from './quit-backup';
import { denyAllPermissions, hardenWebContents } from './security';
import { focusExistingWindow } from './single-instance';
import { askBeforeDiscardingChanges } from './unsaved-changes';
import { mainWindowOptions } from './window-options';

const paths = appPaths(dirname(fileURLToPath(import.meta.url)));
let mainWindow: BrowserWindow | null = null;
const quitBackup = createQuitBackup({ app, channel: MENU_COMMAND_CHANNEL });

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged(privilegedSchemes);
app.enableSandbox();

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(paths.preload));
  window.once('ready-to-show', () => window.show());
  askBeforeDiscardingChanges(window.webContents, (options) =>
    dialog.showMessageBoxSync(window, options),
  );
  quitBackup.watch(window);
  window.on('closed', () => (mainWindow = null));
  void window.loadURL(`${APP_ORIGIN}/`);
  mainWindow = window;
}

function startApp(): void {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.renderer));
  const dataFolder: RevealDataFolderDeps = {
    openPath: (path) => shell.openPath(path),
    userDataPath: app.getPath('userData'),
  };
  const backupConfig: BackupConfig = {
    userDataPath: app.getPath('userData'),
    fs: { ...nodeAtomicFs, readFile: (path, encoding) => readFile(path, encoding) },
  };
  const backupStore = storesByFolder((folder) => createBackupStore({ folder }));
  // Temp files of backups cut short by a crash; a failure here only leaves them for next time.
  void readBackupFolder(backupConfig)
    .then((info) => backupStore(info.folder).cleanLeftovers())
    .catch(() => undefined);
  registerChannelHandlers(
    ipcMain,
    createChannelHandlers({
      save: {
        showSaveDialog: (o) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, o) : dialog.showSaveDialog(o),
        fs: nodeAtomicFs,
        defaultDirectory: app.getPath('documents'),
        platform: process.platform,
      },
      open: {
        showOpenDialog: (o) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, o) : dialog.showOpenDialog(o),
        fs: nodeReadFs,
      },
      dataFolder,
      pdf: {
        folder: join(app.getPath('temp'), 'Ropa Desk PDFs'),
        fs: nodeAtomicFs,
        mkdir: (path) => mkdir(path, { recursive: true }).then(() => undefined),
        openPath: (path) => shell.openPath(path),
      },
      backups: {
        config: backupConfig,
        storeFor: backupStore,
        mkdir: (path) => mkdir(path, { recursive: true }).then(() => undefined),
        openPath: (path) => shell.openPath(path),
        showOpenDialog: (o) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, o) : dialog.showOpenDialog(o),
      },
      readyToQuit: () => quitBackup.answered(),
    }),
  );
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
  });
  const template = buildMenuTemplate(
    { platform: process.platform, isPackaged: app.isPackaged, appName: app.getName() },
    {
      sendCommand: (command) =>
        (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(
          MENU_COMMAND_CHANNEL,
          command,
        ),
      revealDataFolder: () =>
        void revealDataFolder(dataFolder).then((result) => {
          if (result.status === 'failed') dialog.showErrorBox('Where is my data?', result.message);
        }),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusExistingWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => void shell.openExternal(url)),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) createWindow();
  });
  void app.whenReady().then(startApp);
}
