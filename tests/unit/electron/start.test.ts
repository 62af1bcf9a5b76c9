import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const startScript = fileURLToPath(new URL('../../../electron/start.mjs', import.meta.url));
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
// Where the runtime is installed this test would open a real window: it runs only where the
// first start has to download the runtime, which it then points at a closed port.
const runtimePresent = existsSync(join(electronDir, 'path.txt'));

describe.skipIf(runtimePresent)('npm start without the Electron runtime', () => {
  it('prints exactly one line that points to npm run web, and exits 1', () => {
    const emptyCache = mkdtempSync(join(tmpdir(), 'ropa-electron-cache-'));
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        npm_config_electron_mirror: 'http://127.0.0.1:9/',
        electron_config_cache: emptyCache,
      };
      delete env['ELECTRON_OVERRIDE_DIST_PATH'];
      delete env['ROPA_DESK_DEBUG'];
      const result = spawnSync(process.execPath, [startScript], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        'Ropa Desk could not start its desktop window: the Electron runtime could not be downloaded (no internet access?). Run `npm run web` to use Ropa Desk in your browser instead.\n',
      );
    } finally {
      rmSync(emptyCache, { recursive: true, force: true });
    }
  });
});
