/**
 * Which URLs the window may load, and which links may leave the app for the system browser.
 * Kept tiny and separate so its tests pin the whole trust decision.
 */
import { APP_HOST, APP_SCHEME } from '../../shared/security/csp';

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True only for app://ropa-desk/… (no port, no credentials): the one origin we serve. */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * Links the system browser may open: https only, without embedded credentials. Anything
 * else (file:, http:, custom schemes that launch other programs) stays closed.
 */
export function isSafeExternalUrl(raw: string): boolean {
  const url = parse(raw);
  return (
    url !== null &&
    url.protocol === 'https:' &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}
