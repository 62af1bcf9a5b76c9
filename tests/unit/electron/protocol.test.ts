import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, privilegedSchemes } from '../../../electron/main/protocol';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

describe('the origin the register lives under', () => {
  it('is app://ropa-desk, for good: IndexedDB is keyed by origin, so another would lose every register', () => {
    expect(APP_ORIGIN).toBe('app://ropa-desk');
  });
});

describe('privilegedSchemes', () => {
  it('registers app:// as standard and secure (IndexedDB needs both) without CORS or CSP bypass', () => {
    expect(privilegedSchemes).toHaveLength(1);
    const [app] = privilegedSchemes;
    expect(app?.scheme).toBe(APP_SCHEME);
    expect(app?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(app?.privileges?.bypassCSP).toBeFalsy();
    expect(app?.privileges?.corsEnabled).toBeFalsy();
    expect(app?.privileges?.allowServiceWorkers).toBeFalsy();
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ropa-protocol-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><p>window</p>');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('serves app://ropa-desk/ with the CSP header', async () => {
    const res = await createAppProtocolHandler(root)(new Request('app://ropa-desk/'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('window');
  });

  it('falls back to the page for app routes, ignoring the query', async () => {
    const res = await createAppProtocolHandler(root)(new Request('app://ropa-desk/activities?x=1'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('window');
  });

  it.each(['app://other-host/', 'app://ropa-desk.evil/', 'app://ropa-desk:1/'])(
    'answers 404 for %s',
    async (url) => {
      const res = await createAppProtocolHandler(root)(new Request(url));
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('');
    },
  );
});
