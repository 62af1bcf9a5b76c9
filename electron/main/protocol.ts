/**
 * The app:// scheme the window is served from. A fixed scheme and host give the register's
 * IndexedDB one origin that never changes between releases or install folders.
 */
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/security/csp';
import { securityHeaders, serveStatic, type ReadFile } from './static-files';

/**
 * standard: the URL has a host and an origin, so storage (IndexedDB) works and relative URLs
 * resolve; secure: a secure context (crypto.subtle, no mixed-content downgrades);
 * supportFetchAPI: the page may fetch its own assets; codeCache: faster starts.
 * corsEnabled is left off on purpose: it would let other origins read our responses.
 */
export const privilegedSchemes: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
];

function toResponse(
  status: number,
  headers: Record<string, string>,
  body: Uint8Array | null,
): Response {
  // Copy into a fresh ArrayBuffer-backed view: Response accepts no SharedArrayBuffer views.
  return new Response(body === null ? null : new Uint8Array(body), { status, headers });
}

/** Handler for protocol.handle(APP_SCHEME, …): serves `rendererRoot` for app://ropa-desk only. */
export function createAppProtocolHandler(
  rendererRoot: string,
  readFile?: ReadFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
      return toResponse(
        404,
        { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
        null,
      );
    }
    const answer = await serveStatic(rendererRoot, url.pathname, request.method, readFile);
    return toResponse(answer.status, answer.headers, answer.body);
  };
}
