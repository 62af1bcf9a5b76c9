import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type AppMenuItem, type MenuOptions } from '../../../electron/main/menu';
import { menuCommands, type MenuCommand } from '../../../shared/ipc/contract';

function build(options: Partial<MenuOptions> = {}) {
  const actions = {
    sendCommand: vi.fn<(command: MenuCommand) => void>(),
    revealDataFolder: vi.fn(),
  };
  const template = buildMenuTemplate(
    { platform: 'linux', isPackaged: true, appName: 'Ropa Desk', ...options },
    actions,
  );
  return { template, actions };
}

function flatten(items: AppMenuItem[]): AppMenuItem[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function topLabels(template: AppMenuItem[]): string[] {
  return template.map((item) => (item.label ?? item.role ?? '').replace('&', ''));
}

function item(template: AppMenuItem[], label: string): AppMenuItem {
  const found = flatten(template).find((entry) => entry.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

const commandItems: Array<[string, string, MenuCommand]> = [
  ['New activity', 'CmdOrCtrl+N', 'activity:new'],
  ['New third party', 'CmdOrCtrl+Shift+N', 'third-party:new'],
  ['Import register file…', 'CmdOrCtrl+O', 'register:import'],
  ['Export register file…', 'CmdOrCtrl+S', 'register:export'],
  ['Settings…', 'CmdOrCtrl+,', 'navigate:settings'],
  ['Go to…', 'CmdOrCtrl+K', 'palette:open'],
];

describe.each(['linux', 'win32', 'darwin'] as const)('menu on %s', (platform) => {
  it.each(commandItems)('"%s" has %s and sends %s to the window', (label, accelerator, command) => {
    const { template, actions } = build({ platform });
    const entry = item(template, label);
    expect(entry.accelerator).toBe(accelerator);
    entry.click?.();
    expect(actions.sendCommand).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('has an item for every menu command', () => {
    const { template, actions } = build({ platform });
    for (const entry of flatten(template)) entry.click?.();
    const sent = actions.sendCommand.mock.calls.map(([command]) => command);
    expect([...sent].sort()).toEqual([...menuCommands].sort());
  });

  it('"Where is my data?" reveals the data folder', () => {
    const { template, actions } = build({ platform });
    item(template, 'Where is my data?').click?.();
    expect(actions.revealDataFolder).toHaveBeenCalledOnce();
    expect(actions.sendCommand).not.toHaveBeenCalled();
  });

  it('uses roles for editing, zoom, full screen, about and quit', () => {
    const roles = flatten(build({ platform }).template).map((entry) => entry.role);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'about',
      'quit',
    ] as const) {
      expect(roles).toContain(role);
    }
  });

  it('hides reload and the developer tools when packaged, shows them in development', () => {
    const packaged = flatten(build({ platform, isPackaged: true }).template).map((e) => e.role);
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    const dev = flatten(build({ platform, isPackaged: false }).template).map((e) => e.role);
    expect(dev).toContain('toggleDevTools');
    expect(dev).toContain('reload');
  });
});

describe('platform conventions', () => {
  it('on macOS puts About, Settings and Quit in the app menu, and adds a Window menu', () => {
    const { template } = build({ platform: 'darwin' });
    expect(topLabels(template)).toEqual([
      'Ropa Desk',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    const appMenu = (template[0]?.submenu ?? []).map((entry) => entry.label ?? entry.role);
    expect(appMenu).toEqual(expect.arrayContaining(['About Ropa Desk', 'Settings…', 'quit']));
    const file = flatten(template[1]?.submenu ?? []).map((entry) => entry.label ?? entry.role);
    expect(file).not.toContain('quit');
    expect(file).not.toContain('Settings…');
    expect(file).toContain('close');
  });

  it('on Windows and Linux keeps Settings and Quit in File, About in Help, with Alt mnemonics', () => {
    const { template } = build({ platform: 'win32' });
    expect(template.map((entry) => entry.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = (template[0]?.submenu ?? []).map((entry) => entry.label ?? entry.role);
    expect(file).toEqual(expect.arrayContaining(['Settings…', 'quit']));
    const help = (template[3]?.submenu ?? []).map((entry) => entry.label);
    expect(help).toContain('About Ropa Desk');
  });
});
