import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { blankActivity, blankThirdParty } from '../../../shared/domain';
import { blankBreach } from '../../../shared/logs/blanks';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { deleteActivity, saveActivity } from '../../../renderer/db/repos/activities';
import {
  deleteBreach,
  getBreach,
  listBreaches,
  restoreBreach,
  saveBreach,
} from '../../../renderer/db/repos/breaches';
import { IntegrityError } from '../../../renderer/db/repos/integrity';
import { deleteThirdParty, saveThirdParty } from '../../../renderer/db/repos/third-parties';

const NOW = '2026-03-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`breaches-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();
const breach = (overrides: Partial<Parameters<typeof blankBreach>[1]> = {}) =>
  blankBreach(NOW, {
    id: 'br-1',
    title: 'Laptop stolen',
    discoveredAt: '2026-02-27T09:15:00.000Z',
    ...overrides,
  });

describe('saveBreach', () => {
  it('logs, then updates, with one audit event each naming the breach', async () => {
    const created = await saveBreach(breach());
    await saveBreach({ ...created, risk: 'high' });

    expect(await listBreaches()).toHaveLength(1);
    expect((await getBreach('br-1'))?.risk).toBe('high');
    const trail = await events();
    expect(trail.map((e) => [e.entity, e.action, e.summary])).toEqual([
      ['breach', 'create', 'Logged the breach “Laptop stolen”'],
      ['breach', 'update', 'Updated the breach “Laptop stolen”'],
    ]);
    expect(trail[1]?.before).toMatchObject({ risk: 'not-assessed' });
    expect(trail[1]?.after).toMatchObject({ risk: 'high' });
    expect(await verifyChain(trail)).toMatchObject({ ok: true });
  });

  it('keeps the first created time and stamps each update', async () => {
    await saveBreach(breach(), new Date(NOW));
    const later = new Date('2026-03-02T09:00:00.000Z');
    const saved = await saveBreach(breach({ title: 'Laptop stolen from car' }), later);
    expect(saved.createdAt).toBe(NOW);
    expect(saved.updatedAt).toBe(later.toISOString());
  });

  it('refuses an invalid breach and writes nothing', async () => {
    await expect(saveBreach(breach({ title: '  ' }))).rejects.toThrow(/short name/);
    await expect(saveBreach(breach({ occurredAt: '2026-02-28T09:00:00.000Z' }))).rejects.toThrow(
      /cannot have happened after/,
    );
    await expect(
      saveBreach(breach({ reportedToIco: 'yes', icoReportedAt: '2026-02-26T09:00:00.000Z' })),
    ).rejects.toThrow(/cannot come before/);
    expect(await listBreaches()).toEqual([]);
    expect(await events()).toEqual([]);
  });

  it('refuses a link to an activity or a third party that is not in the register', async () => {
    await expect(saveBreach(breach({ activityIds: ['gone'] }))).rejects.toBeInstanceOf(
      IntegrityError,
    );
    await expect(saveBreach(breach({ thirdPartyIds: ['gone'] }))).rejects.toThrow(
      /third party this breach names/,
    );
    expect(await listBreaches()).toEqual([]);
  });

  it('keeps links to records in the register', async () => {
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Payroll' }));
    await saveThirdParty(blankThirdParty(NOW, { id: 'tp-1', name: 'Payroll Co' }));
    const saved = await saveBreach(breach({ activityIds: ['act-1'], thirdPartyIds: ['tp-1'] }));
    expect(saved).toMatchObject({ activityIds: ['act-1'], thirdPartyIds: ['tp-1'] });
  });
});

describe('deleteBreach and restore', () => {
  it('deletes with an audit event, and Undo brings it back less deleted links', async () => {
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Payroll' }));
    await saveActivity(blankActivity(NOW, { id: 'act-2', name: 'Events' }));
    await saveThirdParty(blankThirdParty(NOW, { id: 'tp-1', name: 'Payroll Co' }));
    await saveBreach(breach({ activityIds: ['act-1', 'act-2'], thirdPartyIds: ['tp-1'] }));

    const deleted = await deleteBreach('br-1');
    expect(await listBreaches()).toEqual([]);
    await deleteActivity('act-2');
    await deleteThirdParty('tp-1');
    const restored = await restoreBreach(deleted);

    expect(restored).toMatchObject({ activityIds: ['act-1'], thirdPartyIds: [] });
    expect(await getBreach('br-1')).toMatchObject({ activityIds: ['act-1'], thirdPartyIds: [] });
    const trail = (await events()).filter((e) => e.entity === 'breach');
    expect(trail.map((e) => [e.action, e.summary])).toEqual([
      ['create', 'Logged the breach “Laptop stolen”'],
      ['delete', 'Deleted the breach “Laptop stolen”'],
      ['restore', 'Restored the breach “Laptop stolen”'],
    ]);
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });

  it('says so when the breach is already gone, or already back', async () => {
    await expect(deleteBreach('nope')).rejects.toThrow(/no longer exists/);
    const saved = await saveBreach(breach());
    await expect(restoreBreach(saved)).rejects.toThrow(/already back/);
  });
});
