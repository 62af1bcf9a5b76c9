import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { screeningItems } from '../../../shared/dpia/screening';
import {
  blankActivity,
  blankLia,
  blankThirdParty,
  blankTra,
  blankTransfer,
  emptyRegister,
  type Lia,
  type Tra,
} from '../../../shared/domain';
import { writeRegisterFile } from '../../../shared/register-file';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import {
  getLia,
  liasFor,
  reviseLia,
  reviseTra,
  saveLia,
  saveTra,
  trasFor,
} from '../../../renderer/db/repos/assessments';
import { getActivity } from '../../../renderer/db/repos/activities';
import { IntegrityError } from '../../../renderer/db/repos/integrity';
import { replaceRegister, snapshot } from '../../../renderer/db/repos/register';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = new Date('2026-04-01T09:00:00.000Z');
let db: RopaDatabase;

const lia = (overrides: Partial<Lia> = {}): Lia =>
  blankLia(NOW, { id: 'lia-1', title: 'Enquiries', activityIds: ['act-enquiries'], ...overrides });

const tra = (overrides: Partial<Tra> = {}): Tra =>
  blankTra(NOW, { id: 'tra-1', transferId: 'tr-1', ...overrides });

beforeEach(async () => {
  db = new RopaDatabase(`assessments-${crypto.randomUUID()}`);
  useDatabase(db);
  const party = blankThirdParty(NOW, { id: 'tp-1', name: 'Mail Co', countries: ['US'] });
  await replaceRegister(
    {
      ...emptyRegister(),
      activities: [
        blankActivity(NOW, { id: 'act-enquiries', name: 'Enquiries' }),
        blankActivity(NOW, {
          id: 'act-clients',
          name: 'Client records',
          dpia: {
            screening: 'not-required',
            answers: { 'dpia.tracking': false },
            notes: 'Checked in 2025',
            status: 'not-applicable',
            link: '',
          },
        }),
      ],
      thirdParties: [party],
      transfers: [blankTransfer(NOW, { id: 'tr-1', thirdPartyId: party.id, destinations: ['US'] })],
    },
    'Set up',
  );
});

describe('legitimate interests assessments', () => {
  it('saves a draft mid-way and again, each change on the audit trail', async () => {
    await saveLia(lia({ answers: { 'purpose.why': 'To answer people' } }), new Date(NOW));
    const second = await saveLia(
      lia({ answers: { 'purpose.why': 'To answer people', 'purpose.benefit': 'Replies' } }),
      LATER,
    );
    expect(second.createdAt).toBe(NOW);
    expect(second.updatedAt).toBe(LATER.toISOString());
    expect(await liasFor('act-enquiries')).toHaveLength(1);
    const trail = (await snapshot()).auditEvents;
    expect(trail.slice(-2).map((e) => e.summary)).toEqual([
      'Started the LIA “Enquiries”',
      'Updated the LIA “Enquiries”',
    ]);
    expect(await verifyChain(trail)).toMatchObject({ ok: true });
  });

  it('refuses an LIA for an activity that is not in the register', async () => {
    await expect(saveLia(lia({ activityIds: ['act-gone'] }))).rejects.toBeInstanceOf(
      IntegrityError,
    );
    expect(await getLia('lia-1')).toBeUndefined();
  });

  it('revising keeps the earlier revision, read-only, and starts a new draft', async () => {
    await saveLia(lia({ answers: { 'decision.can-rely': true }, status: 'completed' }));
    const revised = await reviseLia('lia-1', LATER);
    expect(revised).toMatchObject({ revision: 2, status: 'draft' });
    expect(revised.history).toEqual([
      {
        revision: 1,
        path: 'standard',
        answers: { 'decision.can-rely': true },
        status: 'completed',
        savedAt: expect.any(String),
      },
    ]);
    // A save cannot rewrite the kept history or the revision number.
    const tampered = await saveLia({ ...revised, history: [], revision: 9 });
    expect(tampered.history).toHaveLength(1);
    expect(tampered.revision).toBe(2);
    await expect(writeRegisterFile(await snapshot(), NOW, 'test')).resolves.toContain('lia-1');
  });
});

/** Every screening item answered no, except those listed as yes. */
const screening = (...yes: string[]): Record<string, boolean> =>
  Object.fromEntries(screeningItems.map((item) => [item.id, yes.includes(item.id)]));

describe('a completed LIA records its DPIA screening on its activities', () => {
  const both = ['act-enquiries', 'act-clients'];

  it('marks every linked activity as needing a DPIA when any item is yes, audited one by one', async () => {
    const answers = screening('dpia.new-technologies');
    await saveLia(lia({ activityIds: both, answers, status: 'completed' }), LATER);
    const enquiries = await getActivity('act-enquiries');
    const clients = await getActivity('act-clients');
    expect(enquiries?.dpia).toMatchObject({
      screening: 'required',
      status: 'not-started',
      answers,
    });
    expect(enquiries?.updatedAt).toBe(LATER.toISOString());
    // Merged: the activity's own notes stay; the LIA's answers are the later word.
    expect(clients?.dpia).toMatchObject({
      screening: 'required',
      status: 'not-started',
      notes: 'Checked in 2025',
      answers: { ...answers, 'dpia.tracking': false },
    });
    const trail = (await snapshot()).auditEvents.slice(-3);
    expect(trail.map((e) => [e.entity, e.entityId, e.action])).toEqual([
      ['lia', 'lia-1', 'create'],
      ['activity', 'act-enquiries', 'update'],
      ['activity', 'act-clients', 'update'],
    ]);
    expect(trail[1]?.summary).toBe(
      'Recorded the DPIA screening of the LIA “Enquiries” on activity “Enquiries”',
    );
    expect(await verifyChain((await snapshot()).auditEvents)).toMatchObject({ ok: true });
  });

  it('settles an unscreened activity as not required when all are no, leaving a decided one as it was', async () => {
    const answers = screening();
    await saveLia(lia({ activityIds: both, answers, status: 'completed' }));
    expect((await getActivity('act-enquiries'))?.dpia).toMatchObject({
      screening: 'not-required',
      status: 'not-applicable',
      answers,
    });
    expect((await getActivity('act-clients'))?.dpia).toMatchObject({
      screening: 'not-required',
      answers,
    });
  });

  it('leaves the activities alone for a draft, the recognised path, or an incomplete screening', async () => {
    const untouched = await getActivity('act-enquiries');
    await saveLia(lia({ answers: screening('dpia.tracking') }));
    await saveLia(
      lia({
        id: 'lia-2',
        path: 'recognised',
        answers: screening('dpia.tracking'),
        status: 'completed',
      }),
    );
    await saveLia(lia({ id: 'lia-3', answers: { 'dpia.tracking': false }, status: 'completed' }));
    expect(await getActivity('act-enquiries')).toEqual(untouched);
    const trail = (await snapshot()).auditEvents;
    expect(trail.filter((e) => e.entity === 'activity' && e.action === 'update')).toEqual([]);
  });

  it('writes no activity change when the screening is already recorded', async () => {
    const answers = screening('dpia.tracking');
    await saveLia(lia({ answers, status: 'completed' }));
    const count = (await snapshot()).auditEvents.length;
    await saveLia(lia({ answers, status: 'completed' }));
    expect((await snapshot()).auditEvents.length).toBe(count + 1);
  });
});

describe('transfer risk assessments', () => {
  it('saves one for a transfer in the register and refuses one for a missing transfer', async () => {
    await saveTra(tra());
    expect(await trasFor('tr-1')).toHaveLength(1);
    await expect(saveTra(tra({ id: 'tra-2', transferId: 'tr-gone' }))).rejects.toBeInstanceOf(
      IntegrityError,
    );
  });

  it('revising keeps the earlier revision', async () => {
    await saveTra(tra({ answers: { q1: 'Newsletter sends' }, status: 'completed' }));
    const revised = await reviseTra('tra-1', LATER);
    expect(revised).toMatchObject({ revision: 2, status: 'draft' });
    expect(revised.history[0]).toMatchObject({ revision: 1, status: 'completed' });
  });
});
