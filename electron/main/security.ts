/**
 * Window hardening applied to every web contents main creates: no navigation away from the
 * app (a top-level https link opens in the browser instead), no redirects or frame navigations
 * off it, no new windows, no webviews, and every permission denied. Electron objects are taken
 * as narrow structural types so the rules are tested in Node.
 */
import { isAppUrl, isSafeExternalUrl } from './trusted-url';

export interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of WebContents the hardening uses. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): void;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export type OpenExternal = (url: string) => void;

/** What to do when the page tries to go to `url`. */
export function navigationDecision(url: string): 'allow' | 'open-externally' | 'block' {
  if (isAppUrl(url)) return 'allow';
  return isSafeExternalUrl(url) ? 'open-externally' : 'block';
}

export function hardenWebContents(contents: HardenableContents, openExternal: OpenExternal): void {
  const guard = (event: PreventableEvent & { url: string }): void => {
    const decision = navigationDecision(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openExternal(event.url);
  };
  // A redirect or a frame's navigation is not the user following a link: it may stay on the
  // app, and is otherwise stopped without opening anything in the browser.
  const stayOnApp = (event: PreventableEvent & { url: string }): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The app never needs a second window; https links (the ICO's guidance, say) open in the
  // user's browser, where a page cannot reach the bridge.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** The parts of Session the permission policy uses. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/** A register needs no camera, location, notifications or devices: deny them all. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
