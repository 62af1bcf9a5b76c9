import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import {
  blankActivity,
  blankLia,
  blankThirdParty,
  blankTransfer,
  type AuditEvent,
} from '../../../shared/domain';
import { commit } from '../../../renderer/db/audit-log';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { deleteActivity, getActivity, saveActivity } from '../../../renderer/db/repos/activities';
import { saveLia } from '../../../renderer/db/repos/assessments';
import {
  planRestore,
  restoreFromEvent,
  RestoreRefusedError,
} from '../../../renderer/db/repos/restore';
import {
  deleteThirdParty,
  getThirdParty,
  saveThirdParty,
} from '../../../renderer/db/repos/third-parties';
import { saveTransfer } from '../../../renderer/db/repos/transfers';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = new Date('2026-05-01T10:00:00.000Z');
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`restore-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();
const lastEvent = async (): Promise<AuditEvent> => {
  const event = (await events()).at(-1);
  if (!event) throw new Error('no events');
  return event;
};
const refusal = (seq: number, side: 'before' | 'after') =>
  restoreFromEvent(seq, side, LATER).then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(RestoreRefusedError);
      return (error as Error).message;
    },
  );

describe('restoreFromEvent', () => {
  it('puts an updated activity back as it was before the change, as a restore event', async () => {
    const created = await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Payroll' }));
    await saveActivity({ ...created, name: 'Staff pay', purposes: ['Pay staff'] });
    const update = await lastEvent();

    const plan = await planRestore(update.seq, 'before');
    expect(plan.changes.map((c) => [c.path, c.before, c.after])).toEqual([
      ['name', 'Staff pay', 'Payroll'],
      ['purposes', ['Pay staff'], []],
    ]);
    const { record } = await restoreFromEvent(update.seq, 'before', LATER);

    expect(record).toMatchObject({ name: 'Payroll', purposes: [] });
    expect(await getActivity('act-1')).toMatchObject({
      name: 'Payroll',
      createdAt: created.createdAt,
      updatedAt: LATER.toISOString(),
    });
    const restore = await lastEvent();
    expect(restore).toMatchObject({
      seq: update.seq + 1,
      action: 'restore',
      entity: 'activity',
      entityId: 'act-1',
      summary: `Restored activity “Payroll” to how it was before change #${update.seq}`,
      prevHash: update.hash,
    });
    expect(restore.before).toMatchObject({ name: 'Staff pay' });
    expect(await verifyChain(await events())).toEqual({ ok: true, count: update.seq + 1 });
  });

  it('re-creates a deleted third party from the event that deleted it', async () => {
    await saveThirdParty(blankThirdParty(NOW, { id: 'tp-1', name: 'Payroll bureau' }));
    await deleteThirdParty('tp-1');
    const deletion = await lastEvent();
    expect(await getThirdParty('tp-1')).toBeUndefined();

    await restoreFromEvent(deletion.seq, 'before', LATER);

    expect(await getThirdParty('tp-1')).toMatchObject({ name: 'Payroll bureau' });
    expect(await lastEvent()).toMatchObject({
      action: 'restore',
      summary: `Restored deleted third party “Payroll bureau” as it was before change #${deletion.seq}`,
      before: null,
    });
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });

  it('refuses to bring back links to a record deleted since, naming it, and writes nothing', async () => {
    await saveThirdParty(blankThirdParty(NOW, { id: 'tp-1', name: 'Mail Co' }));
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Newsletter' }));
    const linked = await saveActivity({
      ...blankActivity(NOW, { id: 'act-1', name: 'Newsletter' }),
      recipientIds: ['tp-1'],
    });
    const link = await lastEvent();
    await saveActivity({ ...linked, recipientIds: [] });
    await deleteThirdParty('tp-1');
    const before = await events();

    const message = await refusal(link.seq, 'after');

    expect(message).toMatch(/It names the third party “Mail Co”, no longer in the register/);
    expect(message).toMatch(/Restore that first/);
    expect(await events()).toEqual(before);
    expect((await getActivity('act-1'))?.recipientIds).toEqual([]);
  });

  it('removes a record when restored to before its creation, if nothing names it', async () => {
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Newsletter' }));
    const create = await lastEvent();
    await restoreFromEvent(create.seq, 'before', LATER);
    expect(await getActivity('act-1')).toBeUndefined();
    expect(await lastEvent()).toMatchObject({
      action: 'restore',
      summary: `Removed activity “Newsletter”, restoring it to before it was created (change #${create.seq})`,
      after: null,
    });
  });

  it('refuses to remove a record that others still name, saying which', async () => {
    await saveThirdParty(blankThirdParty(NOW, { id: 'tp-1', name: 'Mail Co', countries: ['US'] }));
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Newsletter' }));
    const create = await lastEvent();
    await saveTransfer(
      blankTransfer(NOW, {
        id: 'tr-1',
        thirdPartyId: 'tp-1',
        activityIds: ['act-1'],
        destinations: ['US'],
      }),
    );
    const message = await refusal(create.seq, 'before');
    expect(message).toMatch(/still named by the transfer to “Mail Co”/);
    expect(await getActivity('act-1')).toBeDefined();
  });

  it('refuses what the app never deletes, and notices', async () => {
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Newsletter' }));
    await saveLia(blankLia(NOW, { id: 'lia-1', title: 'Newsletter LIA', activityIds: ['act-1'] }));
    const lia = await lastEvent();
    expect(await refusal(lia.seq, 'before')).toMatch(/legitimate interests assessment is kept/);
    await commit(async () => ({
      changes: [
        {
          entity: 'notice',
          entityId: 'all',
          action: 'create',
          summary: 'Published',
          before: null,
          after: {},
        },
      ],
      apply: async () => {},
      result: undefined,
    }));
    expect(await refusal((await lastEvent()).seq, 'before')).toMatch(/Privacy notices/);
  });

  it('refuses to restore from an event changed after it was recorded', async () => {
    const created = await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Payroll' }));
    await saveActivity({ ...created, name: 'Staff pay' });
    const update = await lastEvent();
    await db.auditEvents.put({ ...update, before: { ...created, name: 'Forged' } });
    expect(await refusal(update.seq, 'before')).toMatch(/changed after it was recorded/);
    expect((await getActivity('act-1'))?.name).toBe('Staff pay');
  });

  it('says when the record is already as it was', async () => {
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Payroll' }));
    const create = await lastEvent();
    expect(await refusal(create.seq, 'after')).toMatch(/already as it was after this change/);
  });

  it('brings a third party saved under schema 2 up to today’s schema', async () => {
    const {
      article28: _a,
      subProcessors: _s,
      ...current
    } = blankThirdParty(NOW, {
      id: 'tp-old',
      name: 'Old Co',
    });
    const old = {
      ...current,
      contract: { status: 'missing', reference: '', signedOn: null, expiresOn: null },
      dueDiligence: 'Checked their ISO 27001 certificate',
    };
    await commit(async () => ({
      changes: [
        {
          entity: 'thirdParty',
          entityId: 'tp-old',
          action: 'delete',
          summary: 'Deleted third party “Old Co”',
          before: old,
          after: null,
        },
      ],
      apply: async () => {},
      result: undefined,
    }));
    await restoreFromEvent((await lastEvent()).seq, 'before', LATER);
    expect(await getThirdParty('tp-old')).toMatchObject({
      name: 'Old Co',
      article28: {},
      subProcessors: [],
      dueDiligence: { notes: 'Checked their ISO 27001 certificate', certifications: [] },
    });
  });

  it('brings back a deleted activity as a new restore event on an intact chain', async () => {
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Newsletter' }));
    await deleteActivity('act-1');
    await restoreFromEvent((await lastEvent()).seq, 'before', LATER);
    expect(await getActivity('act-1')).toMatchObject({ name: 'Newsletter' });
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });
});
