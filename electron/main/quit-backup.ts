/**
 * The last backup before the app goes: closing the window or quitting is held back once, the
 * window is asked to write a 'quit' backup, and the close or quit goes ahead when it answers
 * or after a time limit, whatever happens, so a stuck window can never stop the app quitting.
 */
import type { MenuCommand } from '../../shared/ipc/menu';
import type { PreventableEvent } from './security';

export const QUIT_BACKUP_TIMEOUT_MS = 10_000;

/** The parts of Electron's app this uses. */
export interface QuitAppLike {
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): void;
  quit(): void;
}

/** The parts of a BrowserWindow this uses. */
export interface QuitWindowLike {
  on(event: 'close', listener: (event: PreventableEvent) => void): void;
  close(): void;
  isDestroyed(): boolean;
  webContents: { send(channel: string, command: MenuCommand): void };
}

export interface QuitBackupOptions {
  app: QuitAppLike;
  /** Sends a menu command to the window (MENU_COMMAND_CHANNEL). */
  channel: string;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface QuitBackup {
  /** Holds back this window's first close until its quit backup is done. */
  watch(window: QuitWindowLike): void;
  /** The window's answer ('app:ready-to-quit'): the backup is written or has failed. */
  answered(): void;
}

export function createQuitBackup({
  app,
  channel,
  timeoutMs = QUIT_BACKUP_TIMEOUT_MS,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: QuitBackupOptions): QuitBackup {
  let window: QuitWindowLike | null = null;
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  let timer: unknown = null;
  let proceed: () => void = () => undefined;

  const finish = () => {
    if (state !== 'waiting') return;
    state = 'done';
    clearTimer(timer);
    proceed();
  };

  const intercept = (event: PreventableEvent, then: () => void) => {
    if (state === 'done') return;
    if (state === 'waiting') {
      // A second click on Quit while the backup is written: still wait (the timer bounds it).
      event.preventDefault();
      return;
    }
    if (!window || window.isDestroyed()) {
      state = 'done';
      return;
    }
    event.preventDefault();
    state = 'waiting';
    proceed = then;
    timer = setTimer(finish, timeoutMs);
    window.webContents.send(channel, 'backup:quit');
  };

  app.on('before-quit', (event) => intercept(event, () => app.quit()));

  return {
    watch(next) {
      window = next;
      // A new window (macOS re-opens one after the last closed) gets its own quit backup.
      state = 'idle';
      next.on('close', (event) => intercept(event, () => next.close()));
    },
    answered: finish,
  };
}
