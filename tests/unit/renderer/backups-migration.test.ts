/** The backup before a schema migration holds the rows as the older version stored them. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { WriteBackupRequest } from '../../../shared/ipc/contract';
import { readRegisterFile } from '../../../shared/register-file';
import { RopaDatabase } from '../../../renderer/db/database';
import { backupBeforeMigration } from '../../../renderer/features/backups/migration-backup';
import type { BackupBridge } from '../../../renderer/platform/types';

const fixture = (version: number) =>
  readFileSync(
    new URL(`../shared/register-file/fixtures/schema-${version}.ropa.json`, import.meta.url),
    'utf8',
  );

// The stores of each released version, as in database-versions.test.ts.
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
const v4Stores = { noticeDrafts: 'id, audienceId', noticeVersions: 'id, audienceId, number' };

type Rows = Record<string, unknown[]>;

async function olderDatabase(version: 1 | 2 | 3 | 4) {
  const name = `migration-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(1).stores(v1Stores);
  if (version >= 2) old.version(2).stores(v2Stores);
  if (version >= 3) old.version(3).stores({});
  if (version === 4) old.version(4).stores(v4Stores);
  const { register } = JSON.parse(fixture(version)) as {
    register: Rows & { organisation: object };
  };
  await old.table('organisation').add(register.organisation);
  const tables = [
    'activities',
    'thirdParties',
    'transfers',
    'auditEvents',
    ...(version >= 2 ? ['lias', 'tras'] : []),
    ...(version >= 4 ? ['noticeDrafts', 'noticeVersions'] : []),
  ];
  for (const table of tables) await old.table(table).bulkAdd(register[table] ?? []);
  old.close();
  return { name, register };
}

function bridge() {
  const written: WriteBackupRequest[] = [];
  return {
    written,
    bridge: {
      writeBackup: vi.fn<BackupBridge['writeBackup']>(async (request) => {
        written.push(request);
        return { status: 'failed', message: 'recorded only' };
      }),
    },
  };
}

const storedVersion = async (name: string) =>
  (await indexedDB.databases()).find((db) => db.name === name)?.version;

describe('the backup before a migration', () => {
  it.each([1, 2, 3, 4] as const)(
    'writes a schema %i database’s rows as a register file of that version, changing nothing',
    async (version) => {
      const { name, register } = await olderDatabase(version);
      const { bridge: fake, written } = bridge();
      await backupBeforeMigration(fake, { name });
      expect(written.map((w) => w.reason)).toEqual(['before-migration']);
      const text = new TextDecoder().decode(written[0]?.data);
      const read = await readRegisterFile(text);
      expect(read.migratedFrom).toBe(version);
      expect(read.register.activities.map((a) => a.id).sort()).toEqual(
        (register.activities as { id: string }[]).map((a) => a.id).sort(),
      );
      expect(read.register.auditEvents).toHaveLength(register.auditEvents?.length ?? 0);
      expect(await storedVersion(name)).toBe(version * 10);
      // Closed again, so the upgrade that follows is not blocked.
      const db = new RopaDatabase(name);
      expect(await db.activities.count()).toBe(register.activities?.length);
      db.close();
    },
  );

  it('writes nothing when the database is already at this version, or does not exist', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const { bridge: fake } = bridge();
    expect(await backupBeforeMigration(fake, { name })).toEqual({ status: 'not-needed' });
    const db = new RopaDatabase(name);
    await db.open();
    db.close();
    expect(await backupBeforeMigration(fake, { name })).toEqual({ status: 'not-needed' });
    expect(fake.writeBackup).not.toHaveBeenCalled();
  });

  it('writes nothing for an older database with no records', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(v1Stores);
    await old.open();
    old.close();
    const { bridge: fake } = bridge();
    expect(await backupBeforeMigration(fake, { name })).toEqual({ status: 'empty' });
    expect(fake.writeBackup).not.toHaveBeenCalled();
  });
});
