import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { exampleRegister } from '../../../shared/example/konnect';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { replaceRegister } from '../../../renderer/db/repos/register';
import {
  missingRecords,
  registerCounts,
  type RecordCounts,
} from '../../../renderer/features/backups/missing-records';
import type { Counts } from '../../../renderer/features/backups/words';

const NOW = '2026-11-25T12:00:00.000Z';

beforeEach(() => {
  useDatabase(new RopaDatabase(`missing-${crypto.randomUUID()}`));
});

const none: RecordCounts = {
  organisation: 0,
  activities: 0,
  thirdParties: 0,
  transfers: 0,
  lias: 0,
  tras: 0,
  noticeDrafts: 0,
  noticeVersions: 0,
  acceptedRisks: 0,
  reviews: 0,
  breaches: 0,
  rightsRequests: 0,
  complaints: 0,
};
const backup = (counts: Partial<Counts>): Counts => ({ ...none, auditEvents: 40, ...counts });

describe('missing records at start', () => {
  it('finds nothing missing when the database holds as many records or more', () => {
    const now = { ...none, organisation: 1, activities: 13, thirdParties: 8 };
    expect(
      missingRecords(now, backup({ organisation: 1, activities: 12, thirdParties: 8 })),
    ).toEqual([]);
  });

  it('names each table with fewer records than the backup, with both counts', () => {
    const now = { ...none, organisation: 1, activities: 10, thirdParties: 8, breaches: 0 };
    expect(
      missingRecords(
        now,
        backup({ organisation: 1, activities: 12, thirdParties: 8, breaches: 2 }),
      ),
    ).toEqual([
      { table: 'activities', inBackup: 12, now: 10 },
      { table: 'breaches', inBackup: 2, now: 0 },
    ]);
  });

  it('names everything when the database is empty and the backup is not', () => {
    const found = missingRecords(none, backup({ organisation: 1, activities: 3, transfers: 1 }));
    expect(found.map((m) => m.table)).toEqual(['organisation', 'activities', 'transfers']);
  });

  it('ignores the audit trail, which only grows', () => {
    expect(missingRecords(none, backup({ auditEvents: 500 }))).toEqual([]);
  });

  it('counts the register as stored, in the backup manifest’s terms', async () => {
    const register = exampleRegister(NOW);
    await replaceRegister(register, 'test setup');
    expect(await registerCounts()).toEqual({
      ...none,
      organisation: 1,
      activities: register.activities.length,
      thirdParties: register.thirdParties.length,
      transfers: register.transfers.length,
      lias: register.lias.length,
      tras: register.tras.length,
      noticeDrafts: register.noticeDrafts.length,
      noticeVersions: register.noticeVersions.length,
      acceptedRisks: register.acceptedRisks.length,
      reviews: register.reviews.length,
      breaches: register.breaches.length,
      rightsRequests: register.rightsRequests.length,
      complaints: register.complaints.length,
    });
  });
});
