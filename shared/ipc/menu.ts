/**
 * Commands the desktop menu sends to the window. Kept free of run-time dependencies, since the
 * sandboxed preload bundles it and can load nothing but 'electron'.
 */
export const menuCommands = [
  'register:export',
  'register:import',
  'activity:new',
  'third-party:new',
  'palette:open',
  'navigate:settings',
] as const;
/** Commands main sends by itself, with no menu item: 'backup:quit' asks for the quit backup. */
export const appCommands = ['backup:quit'] as const;
export type MenuCommand = (typeof menuCommands)[number] | (typeof appCommands)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';
