/**
 * The live store: one Dexie database in the window's IndexedDB. Versions form an append-only
 * chain — a released `version(n)` is never edited; data changes go in a new version's
 * `.upgrade()`. Only the repos in ./repos touch these tables.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  AcceptedRisk,
  Activity,
  AuditEvent,
  Breach,
  Complaint,
  Lia,
  NoticeDraft,
  NoticeVersion,
  Organisation,
  Review,
  RightsRequest,
  ThirdParty,
  Tra,
  Transfer,
} from '../../shared/domain';
import {
  activityToSchema3,
  thirdPartyToSchema3,
  transferToSchema3,
} from '../../shared/register-file/migrations';

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
  noticeDrafts!: EntityTable<NoticeDraft, 'id'>;
  noticeVersions!: EntityTable<NoticeVersion, 'id'>;
  acceptedRisks!: EntityTable<AcceptedRisk, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  breaches!: EntityTable<Breach, 'id'>;
  rightsRequests!: EntityTable<RightsRequest, 'id'>;
  complaints!: EntityTable<Complaint, 'id'>;
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
    // Processor assurance, per-item DPIA screening, transfer certification (register schema 3).
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        const upgrade = (table: string, step: (row: Record<string, unknown>) => object) =>
          tx
            .table(table)
            .toCollection()
            .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
              ref.value = step(row);
            });
        await upgrade('activities', activityToSchema3);
        await upgrade('thirdParties', thirdPartyToSchema3);
        await upgrade('transfers', transferToSchema3);
      });
    // Privacy notices: one draft per audience, and published versions (register schema 4).
    this.version(4).stores({
      noticeDrafts: 'id, audienceId',
      noticeVersions: 'id, audienceId, number',
    });
    this.version(5).stores({
      acceptedRisks: 'id, ruleId, recordId, expiresOn',
      reviews: 'id, [recordKind+recordId], reviewedOn',
      breaches: 'id, discoveredAt, status, *activityIds, *thirdPartyIds',
      rightsRequests: 'id, receivedOn, status, *activityIds',
      complaints: 'id, receivedOn, status, *activityIds',
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
  db.noticeDrafts,
  db.noticeVersions,
  db.acceptedRisks,
  db.reviews,
  db.breaches,
  db.rightsRequests,
  db.complaints,
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
