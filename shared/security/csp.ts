/**
 * The one Content Security Policy for the window, served as a response header by the
 * app:// protocol handler (Electron) and by the web server (npm run web), so that workers,
 * which ignore a meta tag, get it too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Mantine injects style tags at run time.
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The fixed origin the app is served from. Changing it would orphan every user's IndexedDB. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ropa-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
