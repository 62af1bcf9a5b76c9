/** A database as an earlier release left it: its stores as released, rows from a schema fixture. */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';

export const schemaFixture = (version: number): string =>
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
const v4Stores = { noticeDrafts: 'id, audienceId', noticeVersions: 'id, audienceId, number' };

export type Rows = Record<string, unknown[]>;

/**
 * Stores the schema-`version` fixture's rows as that version held them (none when `empty`),
 * with its audit trail when asked, and `extra` run before the database is closed.
 */
export async function olderDatabase(
  version: 1 | 2 | 3 | 4,
  options: {
    empty?: boolean;
    auditEvents?: boolean;
    extra?: (db: Dexie) => Promise<unknown>;
  } = {},
): Promise<{ name: string; register: Rows }> {
  const name = `older-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(1).stores(v1Stores);
  if (version >= 2) old.version(2).stores(v2Stores);
  if (version >= 3) old.version(3).stores({});
  if (version === 4) old.version(4).stores(v4Stores);
  const { register } = JSON.parse(schemaFixture(version)) as {
    register: Rows & { organisation: object };
  };
  if (options.empty) {
    await old.open();
    old.close();
    return { name, register: {} };
  }
  await old.table('organisation').add(register.organisation);
  for (const table of [
    'activities',
    'thirdParties',
    'transfers',
    ...(options.auditEvents ? ['auditEvents'] : []),
    ...(version >= 2 ? ['lias', 'tras'] : []),
    ...(version >= 4 ? ['noticeDrafts', 'noticeVersions'] : []),
  ]) {
    await old.table(table).bulkAdd(register[table] ?? []);
  }
  await options.extra?.(old);
  old.close();
  return { name, register };
}
