import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { partitionFindings } from '../../../shared/checks/accepted';
import type { Finding } from '../../../shared/checks';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import {
  AcceptRiskInputError,
  acceptRisk,
  listAcceptedRisks,
  withdrawAcceptance,
  type AcceptRisk,
} from '../../../renderer/db/repos/accepted-risks';

const AT = new Date('2026-11-25T10:00:00.000Z');
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`accepted-risks-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();

const finding: Finding = {
  ruleId: 'processors.contract-missing',
  severity: 'high',
  basis: 'UK GDPR Art 28(3)',
  message: '“Bookkeeper” processes data for us but its contract is “missing”.',
  record: { kind: 'thirdParty', id: 'tp-bookkeeper', name: 'Bookkeeper' },
  field: 'contract.status',
};

const input = (overrides: Partial<AcceptRisk> = {}): AcceptRisk => ({
  finding,
  reason: '  The bookkeeper is a sole trader we have used for ten years; contract due in May.  ',
  acceptedBy: ' Sam Patel ',
  expiresOn: '2027-05-25',
  ...overrides,
});

describe('acceptRisk', () => {
  it('stores the acceptance of the finding, audited, and holds the finding out of the counts', async () => {
    const risk = await acceptRisk(input(), AT);
    expect(risk).toMatchObject({
      ruleId: 'processors.contract-missing',
      recordKind: 'thirdParty',
      recordId: 'tp-bookkeeper',
      field: 'contract.status',
      message: finding.message,
      reason: 'The bookkeeper is a sole trader we have used for ten years; contract due in May.',
      acceptedBy: 'Sam Patel',
      acceptedOn: '2026-11-25',
      expiresOn: '2027-05-25',
    });
    expect(await listAcceptedRisks()).toEqual([risk]);
    const trail = await events();
    expect(trail.map((e) => [e.entity, e.action, e.entityId])).toEqual([
      ['acceptedRisk', 'create', risk.id],
    ]);
    expect(trail[0]?.summary).toBe(
      `Accepted as a known risk until 25 May 2027: ${finding.message}`,
    );
    expect(partitionFindings([finding], await listAcceptedRisks(), '2026-11-25').open).toEqual([]);
  });

  it.each([
    [{ reason: '   ' }, 'reason', 'Say why the organisation accepts this risk'],
    [{ acceptedBy: '' }, 'acceptedBy', 'Say who accepted it'],
    [{ expiresOn: '2027-02-30' }, 'expiresOn', 'Enter the expiry as a real date'],
    [{ expiresOn: '2026-11-25' }, 'expiresOn', 'The expiry must be after today'],
    [{ expiresOn: '2026-01-01' }, 'expiresOn', 'The expiry must be after today'],
  ] as const)('refuses %o, naming the field, and stores nothing', async (patch, field, message) => {
    const failure = await acceptRisk(input(patch), AT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AcceptRiskInputError);
    expect(failure).toMatchObject({ field });
    expect((failure as Error).message).toContain(message);
    expect(await listAcceptedRisks()).toEqual([]);
    expect(await events()).toEqual([]);
  });
});

describe('withdrawAcceptance', () => {
  it('removes the acceptance, audited, so the finding counts again', async () => {
    const risk = await acceptRisk(input(), AT);
    await withdrawAcceptance(risk.id);
    expect(await listAcceptedRisks()).toEqual([]);
    const trail = await events();
    expect(trail.map((e) => [e.entity, e.action])).toEqual([
      ['acceptedRisk', 'create'],
      ['acceptedRisk', 'delete'],
    ]);
    expect(trail[1]?.before).toEqual(risk);
    expect((await verifyChain(trail)).ok).toBe(true);
    expect(partitionFindings([finding], await listAcceptedRisks(), '2026-11-25').open).toEqual([
      finding,
    ]);
  });

  it('says so when the acceptance is already gone', async () => {
    await expect(withdrawAcceptance('nope')).rejects.toThrow(/no longer exists/);
  });
});
