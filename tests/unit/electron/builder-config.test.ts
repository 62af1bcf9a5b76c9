import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as AppBuilderConfig from 'app-builder-lib/out/util/config/config';
import type * as BuilderUtil from 'builder-util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

// js-yaml and app-builder-lib come with electron-builder (a dev dependency); loading them
// the way electron-builder does tests the file as it will really be read and validated.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } =
  require('app-builder-lib/out/util/config/config.js') as typeof AppBuilderConfig;
const { DebugLogger } = require('builder-util') as typeof BuilderUtil;

const config = yaml.load(
  readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8'),
) as Configuration;

function targets(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('keeps the fixed app id and product name', () => {
    expect(config.appId).toBe('uk.ropadesk.app');
    expect(config.productName).toBe('Ropa Desk');
  });

  it('packages only the built app', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('builds AppImage and deb, NSIS, and a dmg', () => {
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.business');
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('claims no generic file type (every .json file would open in Ropa Desk)', () => {
    const associations = config.fileAssociations;
    const list = associations === undefined || associations === null ? [] : targets(associations);
    for (const association of list) {
      const { ext } = association as { ext: string | string[] };
      expect(targets(ext)).not.toContain('json');
    }
  });

  it('has the icon electron-builder looks for in build/, at 1024×1024', () => {
    const png = readFileSync(new URL('../../../build/icon.png', import.meta.url));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height are the first two big-endian words of the first chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});
