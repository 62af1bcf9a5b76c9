/** Acts on the desktop menu's commands and, in a browser, on the same keyboard shortcuts. */
import { useHotkeys } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { platform } from '../../platform';
import { useRegisterFileActions } from './useRegisterFileActions';

export function MenuCommands() {
  const navigate = useGuardedNavigate();
  const { exportFile, importFile } = useRegisterFileActions();

  useEffect(() => {
    const run: Record<MenuCommand, () => void> = {
      'register:export': () => void exportFile(),
      'register:import': () => void importFile(),
      'activity:new': () => navigate(paths.newActivity),
      'third-party:new': () => navigate(paths.newThirdParty),
      'palette:open': () => spotlight.open(),
      'navigate:settings': () => navigate(paths.settings),
      // AutoBackup answers this one: it writes the quit backup and tells main to go on.
      'backup:quit': () => undefined,
    };
    return platform.onMenuCommand((command) => run[command]());
  }, [exportFile, importFile, navigate]);

  // In the desktop app the menu's accelerators handle these; in a browser the page does.
  const browser = platform.kind === 'browser';
  useHotkeys(
    browser
      ? [
          ['mod+S', () => void exportFile()],
          ['mod+O', () => void importFile()],
          ['mod+comma', () => navigate(paths.settings)],
        ]
      : [],
    // Ctrl/⌘ shortcuts work while typing in a field, as the desktop menu's do.
    [],
  );
  // Alt shortcuts are left to fields while typing: Alt+letter types characters on some layouts.
  useHotkeys(
    browser
      ? [
          ['alt+N', () => navigate(paths.newActivity)],
          ['alt+T', () => navigate(paths.newThirdParty)],
        ]
      : [],
  );
  return null;
}
