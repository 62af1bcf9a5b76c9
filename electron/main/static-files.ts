/**
 * Serves the built window (out/renderer) to both the app:// protocol handler and the
 * `npm run web` server, so the two apply the same path rules and security headers. Must not
 * import electron: the web server runs in plain Node.
 */
import { readFile as nodeReadFile } from 'node:fs/promises';
import { extname, join, relative, isAbsolute } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export const INDEX_FILE = 'index.html';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Unknown types are sent as opaque bytes; with nosniff the browser will not guess. */
export function contentTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every response, errors included, so no page or worker escapes the policy. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

export type StaticResolution =
  | { kind: 'bad-request' }
  /** `spaFallback`: a route of the single-page app, answered with index.html if not a file. */
  | { kind: 'file'; relativePath: string; spaFallback: boolean };

// A last segment with an extension names an asset: a missing one is a 404, never the page,
// so a broken script reference fails loudly instead of being fed HTML.
const ASSET_NAME = /\.[a-z0-9]+$/i;

/**
 * Maps a raw (still percent-encoded) URL path to a file under the root, or refuses it.
 * Pure: it decides, the caller reads.
 */
export function resolveStaticPath(rawPathname: string): StaticResolution {
  if (!rawPathname.startsWith('/')) return { kind: 'bad-request' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return { kind: 'bad-request' };
  }
  // Backslashes and drive colons are separators on Windows; NUL ends paths in C.
  if (/[\\:\0]/.test(decoded)) return { kind: 'bad-request' };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return { kind: 'bad-request' };
  }
  const last = segments[segments.length - 1];
  if (last === undefined) return { kind: 'file', relativePath: INDEX_FILE, spaFallback: false };
  return { kind: 'file', relativePath: segments.join('/'), spaFallback: !ASSET_NAME.test(last) };
}

/** Joins only if the result stays inside root: a second guard behind resolveStaticPath. */
export function containedPath(root: string, relativePath: string): string | null {
  const full = join(root, relativePath);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return full;
}

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  /** Null for HEAD requests and for errors without a body. */
  body: Uint8Array | null;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

function textResponse(status: number, text: string, method: string): StaticResponse {
  return {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
    body: method === 'HEAD' ? null : new TextEncoder().encode(text),
  };
}

function fileResponse(fileName: string, data: Uint8Array, method: string): StaticResponse {
  return {
    status: 200,
    headers: {
      ...securityHeaders(),
      'Content-Type': contentTypeFor(fileName),
      'Content-Length': String(data.byteLength),
      // Local files change only on rebuild; revalidating is cheap and avoids stale bundles.
      'Cache-Control': 'no-cache',
    },
    body: method === 'HEAD' ? null : data,
  };
}

async function tryRead(readFile: ReadFile, path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/** Answers one request for the built window from `root`. */
export async function serveStatic(
  root: string,
  rawPathname: string,
  method: string,
  readFile: ReadFile = nodeReadFile,
): Promise<StaticResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    const response = textResponse(405, 'Method not allowed', method);
    response.headers['Allow'] = 'GET, HEAD';
    return response;
  }
  const resolution = resolveStaticPath(rawPathname);
  if (resolution.kind === 'bad-request') return textResponse(400, 'Bad request', method);
  const filePath = containedPath(root, resolution.relativePath);
  if (filePath === null) return textResponse(400, 'Bad request', method);

  const data = await tryRead(readFile, filePath);
  if (data !== null) return fileResponse(filePath, data, method);
  if (resolution.spaFallback) {
    const index = await tryRead(readFile, join(root, INDEX_FILE));
    if (index !== null) return fileResponse(INDEX_FILE, index, method);
  }
  return textResponse(404, 'Not found', method);
}
