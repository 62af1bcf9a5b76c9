import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { blankActivity } from '../../../shared/domain';
import { blankComplaint } from '../../../shared/logs/blanks';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { deleteActivity, saveActivity } from '../../../renderer/db/repos/activities';
import {
  deleteComplaint,
  getComplaint,
  listComplaints,
  restoreComplaint,
  saveComplaint,
} from '../../../renderer/db/repos/complaints';
import { IntegrityError } from '../../../renderer/db/repos/integrity';

const NOW = '2026-07-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`complaints-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();
const complaint = (overrides: Partial<Parameters<typeof blankComplaint>[1]> = {}) =>
  blankComplaint(NOW, {
    id: 'c-1',
    complainant: 'Jane Doe',
    receivedOn: '2026-07-01',
    ...overrides,
  });

describe('saveComplaint', () => {
  it('logs, then updates, with one audit event each naming the complaint', async () => {
    const created = await saveComplaint(complaint());
    await saveComplaint({ ...created, acknowledgedOn: '2026-07-02' });

    expect((await getComplaint('c-1'))?.acknowledgedOn).toBe('2026-07-02');
    const trail = await events();
    expect(trail.map((e) => [e.entity, e.action, e.summary])).toEqual([
      ['complaint', 'create', 'Logged the complaint from Jane Doe'],
      ['complaint', 'update', 'Updated the complaint from Jane Doe'],
    ]);
    expect(await verifyChain(trail)).toMatchObject({ ok: true });
  });

  it('refuses an acknowledgement before receipt and writes nothing', async () => {
    await expect(saveComplaint(complaint({ acknowledgedOn: '2026-06-30' }))).rejects.toThrow(
      /before the complaint was received/,
    );
    expect(await listComplaints()).toEqual([]);
    expect(await events()).toEqual([]);
  });

  it('refuses a link to an activity that is not in the register', async () => {
    await expect(saveComplaint(complaint({ activityIds: ['gone'] }))).rejects.toBeInstanceOf(
      IntegrityError,
    );
  });
});

describe('deleteComplaint and restore', () => {
  it('deletes with an audit event, and Undo brings it back less deleted activities', async () => {
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Newsletter' }));
    await saveActivity(blankActivity(NOW, { id: 'act-2', name: 'Events' }));
    await saveComplaint(complaint({ activityIds: ['act-1', 'act-2'] }));

    const deleted = await deleteComplaint('c-1');
    expect(await listComplaints()).toEqual([]);
    await deleteActivity('act-1');
    const restored = await restoreComplaint(deleted);

    expect(restored.activityIds).toEqual(['act-2']);
    await expect(restoreComplaint(deleted)).rejects.toThrow(/already back/);
    const trail = (await events()).filter((e) => e.entity === 'complaint');
    expect(trail.map((e) => e.action)).toEqual(['create', 'delete', 'restore']);
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });
});
