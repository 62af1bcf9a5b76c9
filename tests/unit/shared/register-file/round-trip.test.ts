import { describe, expect, it } from 'vitest';
import { sealEvent } from '../../../../shared/audit/chain';
import type { AuditEvent } from '../../../../shared/domain/audit';
import { exampleRegister } from '../../../../shared/example/konnect';
import {
  CURRENT_SCHEMA_VERSION,
  REGISTER_FORMAT,
  registerChecksum,
  writeRegisterFile,
} from '../../../../shared/register-file/format';
import { readRegisterFile } from '../../../../shared/register-file/read';
import { NOW, smallRegister } from '../fixtures';

async function threeEvents(): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (const [index, summary] of [
    'Created organisation',
    'Added activity',
    'Renamed activity',
  ].entries()) {
    events.push(
      await sealEvent(
        {
          at: NOW,
          actor: 'Test',
          entity: index === 0 ? 'organisation' : 'activity',
          entityId: index === 0 ? 'org-1' : 'act-1',
          action: index === 2 ? 'update' : 'create',
          summary,
          before: index === 2 ? { name: 'Old', tags: ['a'] } : null,
          after: { name: 'New', nested: { n: 1.5, ok: true, none: null } },
        },
        events.at(-1),
      ),
    );
  }
  return events;
}

/** The same data with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reverseKeys(inner)]),
  );
}

describe('register file round trip', () => {
  it('reads back exactly the example register it wrote', async () => {
    const register = exampleRegister(NOW);
    const result = await readRegisterFile(await writeRegisterFile(register, NOW, 'test'));
    expect(result.register).toStrictEqual(register);
    expect(result.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(result.migratedFrom).toBeNull();
    expect(result.exportedAt).toBe(NOW);
    expect(result.checksum).toBe(await registerChecksum(register));
  });

  it('keeps audit events, their before/after content and their hashes intact', async () => {
    const register = smallRegister({ auditEvents: await threeEvents() });
    const result = await readRegisterFile(await writeRegisterFile(register, NOW, 'test'));
    expect(result.register).toStrictEqual(register);
  });

  it('writes a readable envelope with format, version, generator and a sha256 checksum', async () => {
    const file: unknown = JSON.parse(
      await writeRegisterFile(smallRegister(), NOW, 'Ropa Desk CLI 1.0'),
    );
    expect(file).toMatchObject({
      format: REGISTER_FORMAT,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: NOW,
      generator: 'Ropa Desk CLI 1.0',
      checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it('refuses to write a register that is not valid', async () => {
    const broken = smallRegister({ activities: [] });
    broken.thirdParties.push(...broken.thirdParties);
    await expect(writeRegisterFile(broken, NOW, 'test')).rejects.toThrow(/Duplicate id/);
  });

  it('gives the same checksum whatever the key order', async () => {
    const register = smallRegister();
    const reordered = reverseKeys(register) as typeof register;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(register));
    expect(await registerChecksum(reordered)).toBe(await registerChecksum(register));
  });
});
