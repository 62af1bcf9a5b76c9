import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
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
      activities: [blankActivity(NOW, { id: 'act-enquiries', name: 'Enquiries' })],
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
