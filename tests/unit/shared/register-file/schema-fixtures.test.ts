/** Every earlier register schema has a fixture file, and each still reads, migrated forward. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, readRegisterFile } from '../../../../shared/register-file';

const fixture = (version: number) =>
  readFileSync(new URL(`./fixtures/schema-${version}.ropa.json`, import.meta.url), 'utf8');

describe('register files of earlier schemas', () => {
  it('has a fixture for every schema before the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(() => fixture(version), `fixture for schema ${version}`).not.toThrow();
    }
  });

  it('reads a schema 1 file as the current schema, every record kept', async () => {
    const text = fixture(1);
    const original = JSON.parse(text) as { register: Record<string, unknown[]> };
    const result = await readRegisterFile(text);
    expect(result.schemaVersion).toBe(1);
    expect(result.migratedFrom).toBe(1);
    for (const table of ['activities', 'thirdParties', 'transfers', 'auditEvents'] as const) {
      expect(result.register[table]).toEqual(original.register[table]);
    }
    expect(result.register.organisation).toEqual(original.register.organisation);
    // Schema 2 added assessments: a schema 1 register has none.
    expect(result.register.lias).toEqual([]);
    expect(result.register.tras).toEqual([]);
  });
});
