/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), one test per
 * item in its order. Each asserts the code that enforces the item — the real main entry and
 * preload are loaded against a fake `electron`, so the wiring is proven too — or proves the
 * premise that makes the item not applicable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import {
  RefusedIpcError,
  registerChannelHandlers,
  type ChannelHandlers,
} from '../../../electron/main/ipc';
import { createAppProtocolHandler, privilegedSchemes } from '../../../electron/main/protocol';
import { navigationDecision } from '../../../electron/main/security';
import { channelRequestSchemas, type Bridge, type Channel } from '../../../shared/ipc/contract';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

type Listener = (...args: unknown[]) => unknown;
type Spy = Mock<Listener>;

const fake = vi.hoisted(() => {
  /** Members a test does not name answer as no-op spies, so new wiring does not break the fake. */
  function auto<T extends object>(base: T): T & Record<string, Spy> {
    return new Proxy(base, {
      get(target, prop, receiver) {
        if (prop in target || prop === 'then') return Reflect.get(target, prop, receiver);
        const spy = vi.fn();
        Reflect.set(target, prop, spy);
        return spy;
      },
    }) as T & Record<string, Spy>;
  }
  const order: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => unknown>();
  const windows: { options: unknown; loadURL: ReturnType<typeof vi.fn> }[] = [];
  const exposed = new Map<string, unknown>();

  class BrowserWindow {
    static getFocusedWindow = (): null => null;
    webContents = auto({});
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    constructor(public options: unknown) {
      order.push('window');
      windows.push(this);
    }
  }

  return {
    order,
    appListeners,
    windows,
    exposed,
    module: {
      app: auto({
        enableSandbox: vi.fn(() => order.push('enableSandbox')),
        requestSingleInstanceLock: () => true,
        whenReady: async () => undefined,
        isReady: () => true,
        isPackaged: false,
        getName: () => 'Ropa Desk',
        getVersion: () => '0.1.0',
        getPath: (name: string) => `/tmp/ropa-desk-checklist/${name}`,
        on: (event: string, listener: (...args: unknown[]) => unknown) => {
          appListeners.set(event, listener);
        },
      }),
      BrowserWindow,
      dialog: auto({}),
      ipcMain: auto({ handle: vi.fn() }),
      Menu: auto({ buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() }),
      protocol: auto({
        registerSchemesAsPrivileged: vi.fn(() => order.push('schemes')),
        handle: vi.fn(),
      }),
      session: {
        defaultSession: auto({
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
        }),
      },
      shell: auto({ openExternal: vi.fn(async () => undefined), openPath: vi.fn() }),
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
      },
      ipcRenderer: auto({ invoke: vi.fn(async () => undefined), on: vi.fn() }),
      powerMonitor: auto({}),
      nativeTheme: auto({}),
    },
  };
});

vi.mock('electron', () => fake.module);

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../../', import.meta.url));

let window: { options: { webPreferences: Record<string, unknown> }; loadURL: Spy };
let bridge: Bridge;

beforeAll(async () => {
  await import('../../../electron/main/index');
  // startApp runs once whenReady resolves.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await import('../../../electron/preload/index');
  const created = fake.windows[0];
  if (!created) throw new Error('main created no window');
  window = created as unknown as typeof window;
  bridge = fake.exposed.get('ropaDesk') as Bridge;
});

/** A web contents as main sees it, hardened by main's own web-contents-created listener. */
function hardenedContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
  };
  const created = fake.appListeners.get('web-contents-created');
  if (!created) throw new Error('main does not harden new web contents');
  created({}, contents);
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event);
    return event.preventDefault;
  };
  const open = (details: Record<string, unknown>) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler(details);
  };
  return { fire, open };
}

function cspDirectives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(tsx?|html)$/.test(name))
    .map((name) => join(folder, name));
}

const hostileSenders = [
  'https://evil.example/',
  'app://ropa-desk.evil/',
  'app://other/',
  'file:///tmp/index.html',
  'http://127.0.0.1:4173/',
  'data:text/html,<script>1</script>',
  'about:blank',
];

describe("Electron's security checklist", () => {
  it('1. Only load secure content', () => {
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(`${APP_ORIGIN}/`);
    expect(privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: APP_SCHEME,
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    for (const sources of cspDirectives().values()) {
      for (const source of sources) expect(source).not.toMatch(/^(https?:|ws:|\*)/);
    }
    expect(navigationDecision('http://example.com/')).toBe('block');
  });

  it('2. Do not enable Node.js integration for remote content', () => {
    expect(window.options.webPreferences).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('3. Enable context isolation', () => {
    expect(window.options.webPreferences['contextIsolation']).toBe(true);
    // The preload reaches the page only through the bridge.
    expect([...fake.exposed.keys()]).toEqual(['ropaDesk']);
  });

  it('4. Enable process sandboxing', () => {
    expect(window.options.webPreferences['sandbox']).toBe(true);
    // app.enableSandbox() must run before the first window exists to cover every renderer.
    expect(fake.order.indexOf('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(fake.order.indexOf('enableSandbox')).toBeLessThan(fake.order.indexOf('window'));
  });

  it('5. Handle session permission requests from remote content', () => {
    const session = fake.module.session.defaultSession;
    const [[request]] = session.setPermissionRequestHandler.mock.calls as [[Listener]];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl: 'https://evil.example/' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    const [[check]] = session.setPermissionCheckHandler.mock.calls as [[Listener]];
    expect(check({}, 'clipboard-read', 'app://ropa-desk')).toBe(false);
    const [[device]] = session.setDevicePermissionHandler.mock.calls as [[Listener]];
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('6. Do not disable webSecurity', () => {
    expect(window.options.webPreferences['webSecurity']).toBe(true);
  });

  it('7. Define a Content Security Policy', async () => {
    const csp = cspDirectives();
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // Served as a header on every answer, so workers (which ignore a meta tag) get it too.
    const handler = createAppProtocolHandler('/app/renderer', async (path) => {
      if (path.endsWith('index.html')) return new TextEncoder().encode('<!doctype html>');
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    });
    for (const url of ['app://ropa-desk/', 'app://ropa-desk/missing.js', 'app://evil/']) {
      const response = await handler(new Request(url));
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('8. Do not enable allowRunningInsecureContent', () => {
    expect(window.options.webPreferences['allowRunningInsecureContent']).toBe(false);
  });

  it('9. Do not enable experimental features', () => {
    expect(window.options.webPreferences['experimentalFeatures']).toBe(false);
  });

  it('10. Do not use enableBlinkFeatures', () => {
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    // The reverse: middle-click (auxclick) would open links in a new window.
    expect(window.options.webPreferences['disableBlinkFeatures']).toBe('Auxclick');
  });

  it('11. Do not use allowpopups for WebViews — not applicable: the app has no webview', () => {
    expect(window.options.webPreferences['webviewTag']).toBe(false);
    for (const file of filesUnder(join(root, 'renderer'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<webview|allowpopups/i);
    }
  });

  it('12. Verify WebView options before creation — not applicable: every webview is refused', () => {
    const { fire } = hardenedContents();
    expect(fire('will-attach-webview', 'app://ropa-desk/')).toHaveBeenCalled();
  });

  it('13. Disable or limit navigation', () => {
    const { fire } = hardenedContents();
    expect(fire('will-navigate', 'app://ropa-desk/activities')).not.toHaveBeenCalled();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://ropa-desk.evil/']) {
      expect(fire('will-navigate', url)).toHaveBeenCalled();
      expect(fire('will-redirect', url)).toHaveBeenCalled();
      expect(fire('will-frame-navigate', url)).toHaveBeenCalled();
    }
  });

  it('14. Disable or limit creation of new windows', () => {
    const { open } = hardenedContents();
    for (const url of ['app://ropa-desk/', 'https://ico.org.uk/', 'javascript:alert(1)']) {
      expect(open({ url, frameName: '', features: 'nodeIntegration=yes' })).toEqual({
        action: 'deny',
      });
    }
  });

  it('15. Do not use shell.openExternal with untrusted content', () => {
    const openExternal = fake.module.shell.openExternal;
    openExternal.mockClear();
    const { open, fire } = hardenedContents();
    for (const url of [
      'file:///etc/passwd',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'http://ico.org.uk/',
      'https://user:secret@ico.org.uk/',
    ]) {
      open({ url });
      fire('will-navigate', url);
    }
    expect(openExternal).not.toHaveBeenCalled();
    open({ url: 'https://ico.org.uk/' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://ico.org.uk/');
  });

  it('16. Use a current version of Electron', () => {
    const pinned = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies['electron'];
    const installed = (require('electron/package.json') as { version: string }).version;
    expect(installed).toBe(pinned);
    // 45 was a supported major when this was written; raise it as releases move on.
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('17. Validate the sender of all IPC messages', async () => {
    const channels = Object.keys(channelRequestSchemas).sort() as Channel[];
    const registered = fake.module.ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(registered.sort()).toEqual(channels);

    const listeners = new Map<string, Listener>();
    const handlers = Object.fromEntries(
      channels.map((channel) => [channel, vi.fn(async () => ({ status: 'failed', message: '' }))]),
    ) as unknown as ChannelHandlers & Record<Channel, ReturnType<typeof vi.fn>>;
    registerChannelHandlers(
      { handle: (channel, listener) => listeners.set(channel, listener as Listener) },
      handlers,
    );
    for (const channel of channels) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      for (const url of hostileSenders) {
        await expect(listener({ senderFrame: { url } }, undefined)).rejects.toThrow(
          RefusedIpcError,
        );
      }
      await expect(listener({ senderFrame: null }, undefined)).rejects.toThrow(RefusedIpcError);
      // The input is validated too: junk from the app window itself is refused.
      await expect(
        listener({ senderFrame: { url: 'app://ropa-desk/' } }, 'junk', 'more'),
      ).rejects.toThrow(RefusedIpcError);
      expect(handlers[channel]).not.toHaveBeenCalled();
    }
  });

  it('18. Avoid usage of the file:// protocol and prefer usage of custom protocols', async () => {
    expect(window.loadURL.mock.calls.flat()).not.toContainEqual(expect.stringMatching(/^file:/));
    expect(fake.module.protocol.handle).toHaveBeenCalledWith(APP_SCHEME, expect.any(Function));
    const [scheme] = privilegedSchemes;
    expect(scheme?.privileges).not.toHaveProperty('bypassCSP');
    expect(scheme?.privileges).not.toHaveProperty('corsEnabled');
    const foreign = await createAppProtocolHandler('/app/renderer')(new Request('app://evil/x'));
    expect(foreign.status).toBe(404);
  });

  it('19. Check which fuses you can change', async () => {
    const yaml = require('js-yaml') as { load(text: string): unknown };
    const config = yaml.load(
      readFileSync(join(root, 'electron-builder.yml'), 'utf8'),
    ) as Configuration;
    // electron-builder's own translation into @electron/fuses: a misspelt key would drop out.
    const { PlatformPackager } = require('app-builder-lib') as {
      PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<unknown> } };
    };
    const fuses = await PlatformPackager.prototype.generateFuseConfig.call(
      null,
      config.electronFuses,
    );
    expect(fuses).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: undefined,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
    // Every fuse this Electron knows is decided, but the V8 snapshot one (start-up speed only).
    const decided = Object.keys(fuses as object)
      .filter((key) => /^\d+$/.test(key))
      .map(Number);
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    expect(known.filter((fuse) => !decided.includes(fuse))).toEqual([
      FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
    ]);
  });

  it('20. Do not expose Electron APIs to untrusted web content', async () => {
    // Each bridge method sends one contract channel, whose handler checks sender and input;
    // nothing generic (send, invoke, on) and nothing of Electron's is handed over.
    const invoke = fake.module.ipcRenderer.invoke as Spy;
    const sent: string[] = [];
    for (const [name, method] of Object.entries(bridge)) {
      expect(typeof method, name).toBe('function');
      if (name === 'onMenuCommand') continue;
      invoke.mockClear();
      await (method as (request: unknown) => Promise<unknown>)({});
      expect(invoke, name).toHaveBeenCalledOnce();
      const [channel, ...args] = invoke.mock.calls[0] ?? [];
      expect(args.length, name).toBeLessThanOrEqual(1);
      sent.push(String(channel));
    }
    expect(sent.sort()).toEqual(Object.keys(channelRequestSchemas).sort());
    // A menu command reaches the page as its name alone, never with the IPC event (whose
    // sender would lead back to ipcRenderer).
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    const [[, relay]] = (fake.module.ipcRenderer.on as Spy).mock.calls as [[string, Listener]];
    relay({ sender: fake.module.ipcRenderer }, 'activity:new');
    expect(listener.mock.calls).toEqual([['activity:new']]);
  });
});

describe('pdfmake reaches no URL and no file but its fonts', () => {
  const workerModule = '../../../renderer/pdf/pdf.worker.ts';
  const remoteImage = {
    content: [{ image: 'logo' }],
    images: { logo: 'https://evil.example/pixel.png' },
  };

  it('in the window, the PDF worker refuses every URL before fetching it', async () => {
    const fetchSpy = vi.fn(async () => new Response(''));
    vi.stubGlobal('fetch', fetchSpy);
    vi.stubGlobal('self', { addEventListener: vi.fn(), postMessage: vi.fn() });
    try {
      // Loaded by URL: the worker is window code, outside this Node-side test's type project.
      await import(/* @vite-ignore */ new URL(workerModule, import.meta.url).href);
      const pdfMake = (await import('pdfmake/build/pdfmake')).default;
      await expect(pdfMake.createPdf(remoteImage).getBlob()).rejects.toThrow(
        /Access to URL denied/,
      );
      expect(fetchSpy).not.toHaveBeenCalled();
      // The browser build has no file access to deny: its only "files" are the in-memory
      // font store, so a path is just a name it does not have.
      expect(pdfMake).not.toHaveProperty('setLocalAccessPolicy');
      await expect(
        pdfMake.createPdf({ content: [{ image: '/etc/passwd' }] }).getBlob(),
      ).rejects.toThrow(/not found in virtual file system/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('on the command line, URLs and every file but the fonts are refused', async () => {
    const { pdfBytes } = await import('../../../electron/cli/pdf');
    const pdf = await pdfBytes({ content: ['Configured by the first document.'] });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const pdfmake = (await import('pdfmake')).default;
    await expect(pdfmake.createPdf(remoteImage).getBuffer()).rejects.toThrow(
      /Access to URL denied/,
    );
    for (const image of ['/etc/passwd', join(root, 'package.json'), 'file:///etc/hostname']) {
      await expect(pdfmake.createPdf({ content: [{ image }] }).getBuffer()).rejects.toThrow(
        /Access to local file denied/,
      );
    }
  });
});

describe('the Article 30 PDF engine reaches no URL and no file', () => {
  it('loads no module that could, and writes no action, link out, image or attachment', async () => {
    // The engine writes its PDF itself: what it can reach is what its modules import.
    const folder = join(root, 'shared/reports/ropa-pdf');
    const imported = readdirSync(folder).flatMap((file) =>
      [...readFileSync(join(folder, file), 'utf8').matchAll(/\bfrom '([^']+)'/g)].map(
        (match) => match[1] ?? '',
      ),
    );
    expect(imported.length).toBeGreaterThan(10);
    expect(imported.filter((source) => !source.startsWith('.'))).toEqual([]);
    const { syntheticRegister } = await import('../../bench/synthetic');
    const { ropaPdf } = await import('../shared/reports/ropa-pdf');
    const { inputFor } = await import('../shared/reports/text');
    const bytes = await ropaPdf(inputFor(syntheticRegister({ activities: 12 })));
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.startsWith('%PDF-')).toBe(true);
    // Compressed streams cannot hide these: they are dictionary keys, never inside a stream.
    for (const key of [
      '/URI',
      '/JavaScript',
      '/JS',
      '/Launch',
      '/GoToR',
      '/SubmitForm',
      '/EmbeddedFile',
      '/OpenAction',
      '/AA',
      '/Image',
      '/XFA',
    ]) {
      expect(text.includes(`${key} `) || text.includes(`${key}>`), key).toBe(false);
    }
    // Its only links go to its own pages.
    const links = [...text.matchAll(/\/Subtype \/Link ([^\n]*)/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(12);
    expect(links.every((link) => /\/Dest \[\d+ 0 R \/XYZ/.test(link))).toBe(true);
  });
});
