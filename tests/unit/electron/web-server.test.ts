import { request as httpRequest } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePort, DEFAULT_PORT } from '../../../electron/web/options';
import { startWebServer, type RunningServer } from '../../../electron/web/server';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

/** A raw request: fetch would normalise '..' away before the server saw it. */
function get(port: number, path: string, host = `127.0.0.1:${port}`) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

let parent: string;
let running: RunningServer;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'ropa-web-'));
  const root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Ropa Desk</title>');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(parent, 'secret.txt'), 'do not serve');
  running = await startWebServer(root, 0);
});

afterAll(async () => {
  await running.close();
  await rm(parent, { recursive: true, force: true });
});

describe('web server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((running.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
  });

  it('serves the page at / with the CSP and nosniff headers', async () => {
    const res = await fetch(running.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Ropa Desk</title>');
  });

  it('serves assets with their type, routes with the page, missing assets as 404', async () => {
    const css = await fetch(`${running.url}assets/app.css?v=2`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const route = await fetch(`${running.url}activities/12`);
    expect(await route.text()).toContain('Ropa Desk');
    expect((await fetch(`${running.url}assets/nope.js`)).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..\\secret.txt',
  ])('refuses the traversal %s', async (path) => {
    const res = await get(running.port, path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('do not serve');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers only requests addressed to this machine (DNS rebinding)', async () => {
    expect((await get(running.port, '/', 'evil.example')).status).toBe(421);
    expect((await get(running.port, '/', `localhost:${running.port}`)).status).toBe(200);
  });

  it('rejects with EADDRINUSE when the port is taken', async () => {
    await expect(startWebServer(parent, running.port)).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});

describe('choosePort', () => {
  it('defaults to 5178', () => {
    expect(choosePort([], {})).toEqual({ ok: true, port: DEFAULT_PORT });
    expect(DEFAULT_PORT).toBe(5178);
  });

  it('takes --port N, --port=N, then ROPA_DESK_PORT', () => {
    expect(choosePort(['--port', '4173'], { ROPA_DESK_PORT: '9000' })).toEqual({
      ok: true,
      port: 4173,
    });
    expect(choosePort(['--port=4174'], {})).toEqual({ ok: true, port: 4174 });
    expect(choosePort([], { ROPA_DESK_PORT: '9000' })).toEqual({ ok: true, port: 9000 });
  });

  it.each([
    [['--port']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--port', '0']],
    [['--port', '12.5']],
  ])('refuses %j', (argv) => {
    expect(choosePort(argv, {})).toMatchObject({ ok: false });
  });
});
