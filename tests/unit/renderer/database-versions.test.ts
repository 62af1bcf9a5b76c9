/** Opening the database with a newer version keeps everything an older one stored. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { registerSchema } from '../../../shared/domain';
import { readRegisterFile } from '../../../shared/register-file';
import { RopaDatabase } from '../../../renderer/db/database';

const fixture = (version: number) =>
  readFileSync(
    new URL(`../shared/register-file/fixtures/schema-${version}.ropa.json`, import.meta.url),
    'utf8',
  );

/** The stores each released version declared, exactly as released. */
const v1Stores = {
  organisation: 'id',
  activities:
    'id, name, status, businessFunction, lawfulBasis, updatedAt, *recipientIds, *funderIds',
  thirdParties: 'id, name, kind, type',
  transfers: 'id, thirdPartyId, *activityIds',
  auditEvents: 'seq, entity, entityId, at',
  settings: 'key',
};
const v2Stores = { lias: 'id, *activityIds, status', tras: 'id, transferId, status' };
// Version 3 changed rows, not stores.
const v4Stores = {
  noticeDrafts: 'id, audienceId',
  noticeVersions: 'id, audienceId, number',
};

type Rows = Record<string, unknown[]>;

/** Stores a register file's rows as an older database version held them. */
async function olderDatabase(version: 1 | 2 | 3 | 4): Promise<{ name: string; rows: Rows }> {
  const name = `versions-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(1).stores(v1Stores);
  if (version >= 2) old.version(2).stores(v2Stores);
  if (version >= 3) old.version(3).stores({});
  if (version === 4) old.version(4).stores(v4Stores);
  const { register } = JSON.parse(fixture(version)) as {
    register: Rows & { organisation: object };
  };
  await old.table('organisation').add(register.organisation);
  for (const table of [
    'activities',
    'thirdParties',
    'transfers',
    ...(version >= 2 ? ['lias', 'tras'] : []),
    ...(version >= 4 ? ['noticeDrafts', 'noticeVersions'] : []),
  ]) {
    await old.table(table).bulkAdd(register[table] ?? []);
  }
  await old.table('settings').put({ key: 'userName', value: 'Sam' });
  old.close();
  return { name, rows: register };
}

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
      const { name } = await olderDatabase(version);
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
    const { name, rows } = await olderDatabase(2);
    const db = new RopaDatabase(name);
    const original = rows.transfers?.[0] as { id: string; art49Exception: string };
    const upgraded = await db.transfers.get(original.id);
    expect(original.art49Exception).not.toBe('');
    expect(upgraded?.art49Exception).toBeNull();
    expect(upgraded?.internalNotes).toContain(original.art49Exception);
    db.close();
  });
});
