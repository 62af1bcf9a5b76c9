/** Opening the database with a newer version keeps everything an older one stored. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { registerSchema } from '../../../shared/domain';
import { readRegisterFile } from '../../../shared/register-file';
import { RopaDatabase } from '../../../renderer/db/database';
import { olderDatabase, schemaFixture as fixture } from './older-database';

/** Stores a register file's rows as an older database version held them. */
const olderWithSettings = async (version: 1 | 2 | 3 | 4) => {
  const { name, register } = await olderDatabase(version, {
    extra: (db) => db.table('settings').put({ key: 'userName', value: 'Sam' }),
  });
  return { name, rows: register };
};

async function readAll(db: RopaDatabase) {
  return {
    organisation: (await db.organisation.toArray())[0] ?? null,
    activities: await db.activities.toArray(),
    thirdParties: await db.thirdParties.toArray(),
    transfers: await db.transfers.toArray(),
    lias: await db.lias.toArray(),
    tras: await db.tras.toArray(),
    noticeDrafts: await db.noticeDrafts.toArray(),
    noticeVersions: await db.noticeVersions.toArray(),
    acceptedRisks: await db.acceptedRisks.toArray(),
    reviews: await db.reviews.toArray(),
    breaches: await db.breaches.toArray(),
    rightsRequests: await db.rightsRequests.toArray(),
    complaints: await db.complaints.toArray(),
    auditEvents: await db.auditEvents.toArray(),
  };
}

const byId = (rows: readonly { id: string }[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('database versions', () => {
  it.each([1, 2, 3, 4] as const)(
    'upgrades a version %i database to the current one as the register file migrates',
    async (version) => {
      const { name } = await olderWithSettings(version);
      const db = new RopaDatabase(name);
      const stored = await readAll(db);
      const migrated = (await readRegisterFile(fixture(version))).register;

      expect(db.verno).toBe(5);
      // Every row is kept, and each is exactly what the file migration makes of it.
      for (const table of [
        'activities',
        'thirdParties',
        'transfers',
        'lias',
        'tras',
        'noticeDrafts',
        'noticeVersions',
      ] as const) {
        expect(byId(stored[table])).toEqual(byId(migrated[table]));
      }
      expect(registerSchema.safeParse(stored).success).toBe(true);
      expect(await db.settings.get('userName')).toEqual({ key: 'userName', value: 'Sam' });
      db.close();
    },
  );

  it('keeps free-text Article 49 wording it cannot match in the transfer’s notes', async () => {
    const { name, rows } = await olderWithSettings(2);
    const db = new RopaDatabase(name);
    const original = rows.transfers?.[0] as { id: string; art49Exception: string };
    const upgraded = await db.transfers.get(original.id);
    expect(original.art49Exception).not.toBe('');
    expect(upgraded?.art49Exception).toBeNull();
    expect(upgraded?.internalNotes).toContain(original.art49Exception);
    db.close();
  });
});
