/**
 * The application menu as plain data. Items that act inside the window send a MenuCommand to
 * it; the rest use Electron roles so each platform gets its native behaviour.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

/** A narrow MenuItemConstructorOptions whose click can be called in tests without Electron. */
export interface AppMenuItem {
  label?: string;
  role?: MenuItemConstructorOptions['role'];
  type?: 'normal' | 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: AppMenuItem[];
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Packaged builds hide reload and the developer tools. */
  isPackaged: boolean;
  appName: string;
}

export interface MenuActions {
  sendCommand(command: MenuCommand): void;
  revealDataFolder(): void;
}

const separator: AppMenuItem = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): AppMenuItem[] {
  const isMac = options.platform === 'darwin';
  // Windows and Linux underline the letter after '&' for Alt-key access; macOS has no such key.
  const top = (label: string): string => (isMac ? label : `&${label}`);
  const command = (label: string, accelerator: string, name: MenuCommand): AppMenuItem => ({
    label,
    accelerator,
    click: () => actions.sendCommand(name),
  });
  const settings = command('Settings…', 'CmdOrCtrl+,', 'navigate:settings');
  const about: AppMenuItem = { role: 'about', label: `About ${options.appName}` };

  // macOS keeps About, Settings and Quit in the menu named after the app.
  const appMenu: AppMenuItem[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            about,
            separator,
            settings,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: AppMenuItem = {
    label: top('File'),
    submenu: [
      command('New activity', 'CmdOrCtrl+N', 'activity:new'),
      command('New third party', 'CmdOrCtrl+Shift+N', 'third-party:new'),
      separator,
      command('Import register file…', 'CmdOrCtrl+O', 'register:import'),
      command('Export register file…', 'CmdOrCtrl+S', 'register:export'),
      separator,
      ...(isMac
        ? [{ role: 'close' } satisfies AppMenuItem]
        : [settings, separator, { role: 'quit' } satisfies AppMenuItem]),
    ],
  };

  const edit: AppMenuItem = {
    label: top('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const developer: AppMenuItem[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];

  const view: AppMenuItem = {
    label: top('View'),
    submenu: [
      command('Go to…', 'CmdOrCtrl+K', 'palette:open'),
      separator,
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: AppMenuItem = {
    role: 'help',
    label: top('Help'),
    submenu: [
      { label: 'Where is my data?', click: () => actions.revealDataFolder() },
      ...(isMac ? [] : [separator, about]),
    ],
  };

  return [
    ...appMenu,
    file,
    edit,
    view,
    ...(isMac ? [{ role: 'windowMenu' } satisfies AppMenuItem] : []),
    help,
  ];
}
