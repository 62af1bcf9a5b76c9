/**
 * The live store: one Dexie database in the window's IndexedDB. Versions form an append-only
 * chain — a released `version(n)` is never edited; data changes go in a new version's
 * `.upgrade()`. Only the repos in ./repos touch these tables.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Activity,
  AuditEvent,
  Lia,
  Organisation,
  ThirdParty,
  Tra,
  Transfer,
} from '../../shared/domain';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'ropa-desk';

export class RopaDatabase extends Dexie {
  organisation!: EntityTable<Organisation, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  thirdParties!: EntityTable<ThirdParty, 'id'>;
  transfers!: EntityTable<Transfer, 'id'>;
  lias!: EntityTable<Lia, 'id'>;
  tras!: EntityTable<Tra, 'id'>;
  auditEvents!: EntityTable<AuditEvent, 'seq'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    // 'strict' makes Chromium flush each transaction to disk before reporting success.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      organisation: 'id',
      activities:
        'id, name, status, businessFunction, lawfulBasis, updatedAt, *recipientIds, *funderIds',
      thirdParties: 'id, name, kind, type',
      transfers: 'id, thirdPartyId, *activityIds',
      auditEvents: 'seq, entity, entityId, at',
      settings: 'key',
    });
    // Legitimate interests and transfer risk assessments (register schema 2).
    this.version(2).stores({
      lias: 'id, *activityIds, status',
      tras: 'id, transferId, status',
    });
  }
}

/** Every table the register file holds (all but the app's own settings). */
export const registerTables = (db: RopaDatabase) => [
  db.organisation,
  db.activities,
  db.thirdParties,
  db.transfers,
  db.lias,
  db.tras,
  db.auditEvents,
];

let instance: RopaDatabase | undefined;

/** The window's database, opened on first use. */
export function database(): RopaDatabase {
  instance ??= new RopaDatabase();
  return instance;
}

/** For tests: point the repos at another database. */
export function useDatabase(db: RopaDatabase): void {
  instance = db;
}
