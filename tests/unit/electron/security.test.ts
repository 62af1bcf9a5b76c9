import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  hardenWebContents,
  navigationDecision,
  type HardenableContents,
  type PermissionSession,
  type PreventableEvent,
} from '../../../electron/main/security';
import { focusExistingWindow } from '../../../electron/main/single-instance';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/window-options';
import { appPaths } from '../../../electron/main/paths';
import { join } from 'node:path';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node and no webviews', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('is what the main window uses, and the window waits to be ready before showing', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options.show).toBe(false);
  });

  it('points at the CommonJS preload electron-vite builds beside the main bundle', () => {
    expect(appPaths(join('/app', 'out', 'main'))).toEqual({
      preload: join('/app', 'out', 'preload', 'index.cjs'),
      renderer: join('/app', 'out', 'renderer'),
    });
  });
});

type NavigationEvent = PreventableEvent & { url: string };

function fakeContents() {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableContents = {
    on: (event: string, listener: (event: NavigationEvent) => void) => {
      listeners.set(event, listener);
    },
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn<(url: string) => void>();
  hardenWebContents(contents, openExternal);
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event);
    return event;
  };
  const open = (url: string, extra: Record<string, string> = {}) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url, ...extra });
  };
  return { fire, open, openExternal };
}

describe('hardenWebContents', () => {
  it('lets the app navigate within app://ropa-desk', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'app://ropa-desk/settings').preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('keeps the window on the app and sends https links to the browser', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'https://ico.org.uk/').preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://ico.org.uk/');
  });

  it.each(['file:///etc/passwd', 'http://example.com/', 'javascript:alert(1)', 'app://evil/'])(
    'blocks navigation to %s and opens nothing',
    (url) => {
      const { fire, openExternal } = fakeContents();
      expect(fire('will-navigate', url).preventDefault).toHaveBeenCalled();
      expect(fire('will-redirect', url).preventDefault).toHaveBeenCalled();
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('denies every new window, opening only https links externally', () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://ico.org.uk/make-a-complaint/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://ico.org.uk/make-a-complaint/');
    expect(open('app://ropa-desk/popup')).toEqual({ action: 'deny' });
    expect(open('smb://share/x')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledOnce();
  });

  it('refuses webviews', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', 'about:blank').preventDefault).toHaveBeenCalled();
  });

  // Every way a compromised page could try to leave the app or load something else.
  const hostileTargets = [
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'blob:app://ropa-desk/7c6d0c2e-0000-4000-8000-000000000000',
    'http://127.0.0.1:4173/',
    'http://localhost/',
    'app://ropa-desk.evil/',
    'app://other/',
    'app://ropa-desk:8080/',
    'app://user:pw@ropa-desk/',
    'https://user:pw@ico.org.uk/',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'ftp://example.com/',
    '',
  ];

  it.each(hostileTargets)('refuses %j as a navigation, redirect, frame or new window', (url) => {
    const { fire, open, openExternal } = fakeContents();
    expect(fire('will-navigate', url).preventDefault).toHaveBeenCalled();
    expect(fire('will-redirect', url).preventDefault).toHaveBeenCalled();
    expect(fire('will-frame-navigate', url).preventDefault).toHaveBeenCalled();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(open(url, { frameName: '_blank', features: 'nodeIntegration=yes,sandbox=no' })).toEqual({
      action: 'deny',
    });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never follows a redirect or a frame off the app, not even to https, nor opens one', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-redirect', 'https://ico.org.uk/').preventDefault).toHaveBeenCalled();
    expect(fire('will-frame-navigate', 'https://ico.org.uk/').preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
    expect(
      fire('will-redirect', 'app://ropa-desk/index.html').preventDefault,
    ).not.toHaveBeenCalled();
  });

  it('denies a window.open with features and only hands https to the browser', () => {
    const { open, openExternal } = fakeContents();
    const details = { frameName: 'x', features: 'width=1,height=1,nodeIntegration=yes' };
    expect(open('https://ico.org.uk/', details)).toEqual({ action: 'deny' });
    expect(open('app://ropa-desk/', details)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://ico.org.uk/');
  });

  it('decides navigation by origin', () => {
    expect(navigationDecision('app://ropa-desk/')).toBe('allow');
    expect(navigationDecision('https://example.org/')).toBe('open-externally');
    expect(navigationDecision('data:text/html,hi')).toBe('block');
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request, check and device', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
      setDevicePermissionHandler: (handler) => (device = handler),
    });
    // Every permission Electron names, and one it does not.
    for (const permission of [
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'fullscreen',
      'geolocation',
      'idle-detection',
      'media',
      'mediaKeySystem',
      'midi',
      'midiSysex',
      'notifications',
      'pointerLock',
      'keyboardLock',
      'openExternal',
      'speaker-selection',
      'storage-access',
      'top-level-storage-access',
      'window-management',
      'fileSystem',
      'unknown',
    ]) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });
});

describe('focusExistingWindow', () => {
  it('restores a minimised window and focuses it', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusExistingWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('does nothing without a window', () => {
    expect(() => focusExistingWindow(null)).not.toThrow();
  });
});
