import { describe, expect, it, vi } from 'vitest';
import {
  createQuitBackup,
  QUIT_BACKUP_TIMEOUT_MS,
  type QuitAppLike,
  type QuitWindowLike,
} from '../../../electron/main/quit-backup';
import type { PreventableEvent } from '../../../electron/main/security';

type Listener = (event: PreventableEvent) => void;

/** An app and a window that quit and close for real (as far as the test sees) unless prevented. */
function setup() {
  const log: string[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  let beforeQuit: Listener = () => undefined;
  let onClose: Listener = () => undefined;
  let destroyed = false;
  const fire = (listener: Listener, what: string) => {
    let prevented = false;
    listener({ preventDefault: () => (prevented = true) });
    if (!prevented) log.push(what);
    return !prevented;
  };
  const app: QuitAppLike = {
    on: (_event, listener) => {
      beforeQuit = listener;
    },
    quit: () => {
      if (fire(beforeQuit, 'quit') && !destroyed) window.close();
    },
  };
  const send = vi.fn<(channel: string, command: string) => void>();
  const window: QuitWindowLike = {
    on: (_event, listener) => {
      onClose = listener;
    },
    close: () => {
      if (fire(onClose, 'closed')) destroyed = true;
    },
    isDestroyed: () => destroyed,
    webContents: { send },
  };
  const quitBackup = createQuitBackup({
    app,
    channel: 'menu:command',
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  quitBackup.watch(window);
  const destroy = () => {
    destroyed = true;
  };
  return { app, window, send, log, timers, quitBackup, destroy };
}

describe('the quit backup', () => {
  it('holds the quit back, asks the window for a backup, and quits when it answers', () => {
    const { app, send, log, timers, quitBackup } = setup();
    app.quit();
    expect(log).toEqual([]);
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:command', 'backup:quit');
    quitBackup.answered();
    expect(log).toEqual(['quit', 'closed']);
    expect(timers[0]?.cleared).toBe(true);
  });

  it('quits after 10 seconds when the window never answers', () => {
    const { app, log, timers } = setup();
    app.quit();
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(QUIT_BACKUP_TIMEOUT_MS);
    expect(QUIT_BACKUP_TIMEOUT_MS).toBe(10_000);
    timers[0]?.run();
    expect(log).toEqual(['quit', 'closed']);
  });

  it('ignores a late answer after the timeout, and asks only once', () => {
    const { app, send, log, timers, quitBackup } = setup();
    app.quit();
    timers[0]?.run();
    quitBackup.answered();
    expect(log).toEqual(['quit', 'closed']);
    expect(send).toHaveBeenCalledOnce();
  });

  it('keeps waiting when Quit is chosen again while the backup is written', () => {
    const { app, send, log, quitBackup } = setup();
    app.quit();
    app.quit();
    expect(log).toEqual([]);
    expect(send).toHaveBeenCalledOnce();
    quitBackup.answered();
    expect(log).toEqual(['quit', 'closed']);
  });

  it('closing the window takes the backup first too, and the quit that follows does not ask again', () => {
    const { app, window, send, log, quitBackup } = setup();
    window.close();
    expect(log).toEqual([]);
    quitBackup.answered();
    expect(log).toEqual(['closed']);
    // window-all-closed → app.quit() on Windows and Linux.
    app.quit();
    expect(log).toEqual(['closed', 'quit']);
    expect(send).toHaveBeenCalledOnce();
  });

  it('ignores an answer nobody asked for', () => {
    const { log, quitBackup } = setup();
    quitBackup.answered();
    expect(log).toEqual([]);
  });

  it('quits at once when the window is already gone', () => {
    const { app, send, log, timers, destroy } = setup();
    destroy();
    app.quit();
    expect(log).toEqual(['quit']);
    expect(send).not.toHaveBeenCalled();
    expect(timers).toEqual([]);
  });
});
