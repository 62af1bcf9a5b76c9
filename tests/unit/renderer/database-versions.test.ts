/** Opening the database with a newer version keeps everything an older one stored. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { blankActivity } from '../../../shared/domain';
import { RopaDatabase } from '../../../renderer/db/database';

const NOW = '2026-03-01T10:00:00.000Z';

describe('database versions', () => {
  it('upgrades a version 1 database to version 2 with its rows intact', async () => {
    const name = `versions-${crypto.randomUUID()}`;
    // Version 1 exactly as released: the stores it declared.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      organisation: 'id',
      activities:
        'id, name, status, businessFunction, lawfulBasis, updatedAt, *recipientIds, *funderIds',
      thirdParties: 'id, name, kind, type',
      transfers: 'id, thirdPartyId, *activityIds',
      auditEvents: 'seq, entity, entityId, at',
      settings: 'key',
    });
    const activity = blankActivity(NOW, { id: 'act-1', name: 'Payroll' });
    await v1.table('activities').add(activity);
    await v1.table('settings').put({ key: 'userName', value: 'Sam' });
    v1.close();

    const db = new RopaDatabase(name);
    expect(await db.activities.get('act-1')).toEqual(activity);
    expect(await db.settings.get('userName')).toEqual({ key: 'userName', value: 'Sam' });
    expect(await db.lias.count()).toBe(0);
    expect(await db.tras.count()).toBe(0);
    expect(db.verno).toBe(2);
    db.close();
  });
});
