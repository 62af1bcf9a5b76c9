import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  containedPath,
  contentTypeFor,
  resolveStaticPath,
  serveStatic,
} from '../../../electron/main/static-files';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

describe('resolveStaticPath', () => {
  it('maps / to index.html', () => {
    expect(resolveStaticPath('/')).toEqual({
      kind: 'file',
      relativePath: 'index.html',
      spaFallback: false,
    });
  });

  it('treats a name with an extension as an asset (no fallback)', () => {
    expect(resolveStaticPath('/assets/index-abc123.js')).toEqual({
      kind: 'file',
      relativePath: 'assets/index-abc123.js',
      spaFallback: false,
    });
  });

  it('treats an extensionless path as an app route (fallback to the page)', () => {
    expect(resolveStaticPath('/activities/42')).toEqual({
      kind: 'file',
      relativePath: 'activities/42',
      spaFallback: true,
    });
  });

  it('decodes percent-encoding', () => {
    expect(resolveStaticPath('/assets/my%20font.woff2')).toMatchObject({
      relativePath: 'assets/my font.woff2',
    });
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/C:/Windows/win.ini',
    '/index.html%00.png',
    '/%E0%A4%A',
    'relative/path',
    '/./index.html',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(path)).toEqual({ kind: 'bad-request' });
  });
});

describe('containedPath', () => {
  it('keeps paths inside the root and refuses escapes', () => {
    expect(containedPath('/srv/app', 'assets/a.js')).toBe(join('/srv/app', 'assets/a.js'));
    expect(containedPath('/srv/app', '../etc/passwd')).toBeNull();
    expect(containedPath('/srv/app', '')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['favicon.png', 'image/png'],
    ['icon.svg', 'image/svg+xml'],
    ['Roboto.WOFF2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s → %s', (name, type) => expect(contentTypeFor(name)).toBe(type));
});

describe('serveStatic', () => {
  let parent: string;
  let root: string;
  const text = (body: Uint8Array | null): string =>
    new TextDecoder().decode(body ?? new Uint8Array());

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'ropa-static-'));
    root = join(parent, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Ropa Desk</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(parent, 'secret.txt'), 'do not serve');
  });

  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('serves index.html at / with the CSP and nosniff headers', async () => {
    const res = await serveStatic(root, '/', 'GET');
    expect(res.status).toBe(200);
    expect(text(res.body)).toContain('<title>Ropa Desk</title>');
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('serves an asset with its MIME type', async () => {
    const res = await serveStatic(root, '/assets/app.js', 'GET');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(text(res.body)).toBe('console.log(1)');
    expect(res.headers['Content-Length']).toBe('14');
  });

  it('answers an unknown app route with the page (SPA fallback)', async () => {
    const res = await serveStatic(root, '/third-parties/7/edit', 'GET');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(text(res.body)).toContain('Ropa Desk');
  });

  it('answers a missing asset with 404, not the page, and still sends the CSP', async () => {
    const res = await serveStatic(root, '/assets/missing.js', 'GET');
    expect(res.status).toBe(404);
    expect(text(res.body)).not.toContain('Ropa Desk');
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'])(
    'never serves a file outside the root: %s',
    async (path) => {
      const res = await serveStatic(root, path, 'GET');
      expect(res.status).toBe(400);
      expect(text(res.body)).not.toContain('do not serve');
    },
  );

  it('sends headers but no body for HEAD', async () => {
    const res = await serveStatic(root, '/assets/app.js', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
    expect(res.headers['Content-Length']).toBe('14');
  });

  it('refuses other methods', async () => {
    const res = await serveStatic(root, '/', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers['Allow']).toBe('GET, HEAD');
  });

  it('answers 404 for routes when the build has no index.html', async () => {
    const res = await serveStatic(join(parent, 'empty'), '/activities', 'GET');
    expect(res.status).toBe(404);
  });
});
