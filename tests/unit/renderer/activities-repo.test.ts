import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import {
  blankActivity,
  blankThirdParty,
  blankTransfer,
  registerSchema,
  type Activity,
} from '../../../shared/domain';
import { blankBreach, blankComplaint, blankRightsRequest } from '../../../shared/logs/blanks';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import {
  deleteActivity,
  duplicateActivity,
  firstActivitiesByName,
  getActivity,
  listActivities,
  listActivitiesInTurns,
  listBusinessFunctions,
  NotFoundError,
  restoreActivity,
  saveActivity,
  setActivityStatus,
} from '../../../renderer/db/repos/activities';
import { firstIdsByName } from '../../../renderer/features/activities/activity-filter';
import { IntegrityError } from '../../../renderer/db/repos/integrity';
import { snapshot } from '../../../renderer/db/repos/register';
import { saveThirdParty } from '../../../renderer/db/repos/third-parties';
import { transfersFor } from '../../../renderer/db/repos/transfers';

const NOW = '2026-03-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`activities-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();
const draft = (name: string, overrides: Partial<Activity> = {}) =>
  blankActivity(NOW, { name, ...overrides });

describe('saveActivity', () => {
  it('refuses invalid input with the schema’s message and writes nothing', async () => {
    await expect(saveActivity(draft('   '))).rejects.toThrow(/Name the activity/);
    await expect(saveActivity(draft('Payroll', { nextReview: '2026-02-31' }))).rejects.toThrow(
      /This date does not exist/,
    );
    expect(await listActivities()).toEqual([]);
    expect(await events()).toEqual([]);
  });

  it('records a create and then an update, each with before and after', async () => {
    const created = await saveActivity(draft('Newsletter'), new Date(NOW));
    const later = new Date('2026-04-01T09:00:00.000Z');
    const updated = await saveActivity({ ...created, purposes: ['Send news'] }, later);

    expect(updated.createdAt).toBe(NOW);
    expect(updated.updatedAt).toBe(later.toISOString());
    const trail = await events();
    expect(trail.map((e) => [e.entity, e.entityId, e.action])).toEqual([
      ['activity', created.id, 'create'],
      ['activity', created.id, 'update'],
    ]);
    expect(trail[0]?.before).toBeNull();
    expect(trail[0]?.after).toMatchObject({ name: 'Newsletter', purposes: [] });
    expect(trail[1]?.before).toMatchObject({ purposes: [] });
    expect(trail[1]?.after).toMatchObject({ purposes: ['Send news'] });
    expect(trail[1]?.summary).toBe('Updated activity “Newsletter”');
  });

  it('trims text as the schema says', async () => {
    const saved = await saveActivity(draft('  Payroll  ', { businessFunction: ' HR ' }));
    expect(saved.name).toBe('Payroll');
    expect((await getActivity(saved.id))?.businessFunction).toBe('HR');
  });

  it('refuses a recipient or funder that is not in the register', async () => {
    const party = await saveThirdParty(blankThirdParty(NOW, { name: 'Mailchimp' }));
    const ok = await saveActivity(draft('Newsletter', { recipientIds: [party.id] }));
    expect(ok.recipientIds).toEqual([party.id]);

    await expect(
      saveActivity(draft('Payroll', { recipientIds: ['no-such-party'] })),
    ).rejects.toBeInstanceOf(IntegrityError);
    await expect(saveActivity(draft('Grant', { funderIds: ['no-such-funder'] }))).rejects.toThrow(
      /no longer in the register/,
    );
    expect((await listActivities()).map((a) => a.name)).toEqual(['Newsletter']);
    expect(await events()).toHaveLength(2);
  });
});

describe('duplicateActivity', () => {
  it('makes a draft copy with a new id and “(copy)” in its name', async () => {
    const source = await saveActivity(
      draft('Payroll', { status: 'active', lastReviewed: '2026-01-10', purposes: ['Pay staff'] }),
    );
    const copy = await duplicateActivity(source.id);

    expect(copy.id).not.toBe(source.id);
    expect(copy.name).toBe('Payroll (copy)');
    expect(copy.status).toBe('draft');
    expect(copy.lastReviewed).toBeNull();
    expect(copy.purposes).toEqual(['Pay staff']);
    expect(await listActivities()).toHaveLength(2);
    expect((await events()).at(-1)).toMatchObject({ action: 'create', entityId: copy.id });
  });

  it('says so when the source is gone', async () => {
    await expect(duplicateActivity('missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('setActivityStatus', () => {
  it('retires and reactivates, recording each change', async () => {
    const active = await saveActivity(draft('CCTV', { status: 'active' }));
    const retired = await setActivityStatus(active.id, 'retired');
    expect(retired.status).toBe('retired');
    expect((await getActivity(active.id))?.status).toBe('retired');
    await setActivityStatus(active.id, 'active');

    const trail = await events();
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(trail[1]?.before).toMatchObject({ status: 'active' });
    expect(trail[1]?.after).toMatchObject({ status: 'retired' });
  });
});

describe('deleteActivity and restoreActivity', () => {
  it('unlinks the breach, rights request and complaint logs, and Undo relinks them', async () => {
    const payroll = await saveActivity(draft('Payroll'));
    const events_ = await saveActivity(draft('Events'));
    const both = [payroll.id, events_.id];
    const breach = blankBreach(NOW, {
      title: 'Laptop stolen',
      discoveredAt: NOW,
      activityIds: both,
    });
    const request = blankRightsRequest(NOW, {
      requester: 'J. Doe',
      receivedOn: '2026-02-20',
      activityIds: both,
    });
    const complaint = blankComplaint(NOW, {
      complainant: 'A. Smith',
      receivedOn: '2026-02-21',
      activityIds: [payroll.id],
    });
    await db.breaches.add(breach);
    await db.rightsRequests.add(request);
    await db.complaints.add(complaint);

    const deletion = await deleteActivity(payroll.id);
    expect((await db.breaches.get(breach.id))?.activityIds).toEqual([events_.id]);
    expect((await db.rightsRequests.get(request.id))?.activityIds).toEqual([events_.id]);
    expect((await db.complaints.get(complaint.id))?.activityIds).toEqual([]);
    expect((await events()).slice(-4).map((e) => [e.entity, e.action])).toEqual([
      ['breach', 'update'],
      ['rightsRequest', 'update'],
      ['complaint', 'update'],
      ['activity', 'delete'],
    ]);
    // What the register file checks on export: no link to a record that is not there.
    expect(registerSchema.safeParse(await snapshot()).success).toBe(true);

    await restoreActivity(deletion);
    expect((await db.breaches.get(breach.id))?.activityIds.sort()).toEqual([...both].sort());
    expect((await db.rightsRequests.get(request.id))?.activityIds.sort()).toEqual([...both].sort());
    expect((await db.complaints.get(complaint.id))?.activityIds).toEqual([payroll.id]);
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });

  it('deletes, unlinks transfers, and Undo brings both back', async () => {
    const party = await saveThirdParty(
      blankThirdParty(NOW, { name: 'Mailchimp', countries: ['US'] }),
    );
    const newsletter = await saveActivity(draft('Newsletter', { recipientIds: [party.id] }));
    const other = await saveActivity(draft('Events'));
    const transfer = blankTransfer(NOW, {
      thirdPartyId: party.id,
      destinations: ['US'],
      activityIds: [newsletter.id, other.id],
    });
    await db.transfers.add(transfer);

    const deletion = await deleteActivity(newsletter.id);
    expect(deletion.activity).toEqual(newsletter);
    expect(deletion.transfers).toEqual([transfer]);
    expect(await getActivity(newsletter.id)).toBeUndefined();
    expect((await db.transfers.get(transfer.id))?.activityIds).toEqual([other.id]);
    expect((await events()).slice(-2).map((e) => [e.entity, e.action])).toEqual([
      ['transfer', 'update'],
      ['activity', 'delete'],
    ]);

    const restored = await restoreActivity(deletion);
    expect(restored).toEqual(newsletter);
    expect(await getActivity(newsletter.id)).toEqual(newsletter);
    expect((await transfersFor(newsletter.id)).map((t) => t.id)).toEqual([transfer.id]);
    expect((await db.transfers.get(transfer.id))?.activityIds.sort()).toEqual(
      [newsletter.id, other.id].sort(),
    );
    expect((await events()).slice(-2).map((e) => [e.entity, e.action])).toEqual([
      ['activity', 'restore'],
      ['transfer', 'update'],
    ]);
  });

  it('refuses to delete what does not exist, and to restore twice', async () => {
    await expect(deleteActivity('missing')).rejects.toBeInstanceOf(NotFoundError);
    const saved = await saveActivity(draft('Payroll'));
    const deletion = await deleteActivity(saved.id);
    await restoreActivity(deletion);
    await expect(restoreActivity(deletion)).rejects.toThrow(/already back/);
    expect(await listActivities()).toHaveLength(1);
  });
});

describe('the audit trail', () => {
  it('gains one event per write and its chain verifies', async () => {
    const party = await saveThirdParty(blankThirdParty(NOW, { name: 'Xero' }));
    const payroll = await saveActivity(draft('Payroll', { recipientIds: [party.id] }));
    await saveActivity({ ...payroll, owner: 'Finance manager' });
    const copy = await duplicateActivity(payroll.id);
    await setActivityStatus(payroll.id, 'retired');
    const deletion = await deleteActivity(copy.id);
    await restoreActivity(deletion);

    const trail = await events();
    expect(trail.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(trail.map((e) => e.action)).toEqual([
      'create',
      'create',
      'update',
      'create',
      'update',
      'delete',
      'restore',
    ]);
    expect(await verifyChain(trail)).toEqual({ ok: true, count: 7 });
  });

  it('reports the event that was tampered with', async () => {
    const saved = await saveActivity(draft('Payroll'));
    await saveActivity({ ...saved, owner: 'Office manager' });
    await saveActivity({ ...saved, owner: 'Director' });

    await db.auditEvents.update(2, { summary: 'Nothing to see here' });
    expect(await verifyChain(await events())).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('reports a deleted event as a gap in the chain', async () => {
    const saved = await saveActivity(draft('Payroll'));
    await saveActivity({ ...saved, owner: 'Office manager' });
    await saveActivity({ ...saved, owner: 'Director' });

    await db.auditEvents.delete(2);
    expect(await verifyChain(await events())).toMatchObject({ ok: false, brokenAt: 2 });
  });
});

describe('reads for the activity list', () => {
  // Written straight to the table: these reads need many rows, not their audit events.
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      draft(`Activity ${(i * 37) % count}`, {
        id: `a${String(i).padStart(4, '0')}`,
        businessFunction: ['HR', 'HR ', 'Finance', ''][i % 4] ?? '',
      }),
    );

  it('reads every activity in turns, the same rows as one read', async () => {
    await db.activities.bulkAdd(many(1_234));
    const { activities, version } = await listActivitiesInTurns();
    expect(activities).toHaveLength(1_234);
    expect(activities).toEqual(await listActivities());
    expect(version).toBeNull();
  });

  it('stops reading in turns once told, with what it has read so far', async () => {
    await db.activities.bulkAdd(many(1_234));
    const { activities: partial } = await listActivitiesInTurns(() => true);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(1_234);
  });

  it('gives the first screen by name and the count without reading every row', async () => {
    const rows = many(300);
    await db.activities.bulkAdd(rows);
    const head = await firstActivitiesByName(25, (entries, count) =>
      firstIdsByName(entries, count, 'desc'),
    );
    expect(head.total).toBe(300);
    expect(head.rows.map((a) => a.name)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Activity ${299 - i}`),
    );
    expect(head.rows[0]).toEqual(rows.find((a) => a.name === 'Activity 299'));
  });

  it('uses a remembered first screen only while the register is at its version', async () => {
    const first = await saveActivity(draft('Zebra crossings'), new Date(NOW));
    await saveActivity(draft('Allotments'), new Date(NOW));
    const { version } = await listActivitiesInTurns();
    const byIndex = (entries: { name: string; id: string }[], count: number) =>
      firstIdsByName(entries, count, 'asc');
    // Deliberately not the order by name, to tell the remembered rows from a fresh read.
    const remembered = { version: version ?? '', total: 2, ids: [first.id] };
    const recalled = await firstActivitiesByName(60, byIndex, remembered);
    expect(recalled.rows.map((a) => a.name)).toEqual(['Zebra crossings']);

    await saveActivity({ ...first, name: 'Aardvarks' });
    const fresh = await firstActivitiesByName(60, byIndex, remembered);
    expect(fresh.rows.map((a) => a.name)).toEqual(['Aardvarks', 'Allotments']);
    expect(fresh.total).toBe(2);
  });

  it('lists the business functions as stored, from the index', async () => {
    await db.activities.bulkAdd(many(8));
    expect(await listBusinessFunctions()).toEqual(['', 'Finance', 'HR', 'HR ']);
  });
});
