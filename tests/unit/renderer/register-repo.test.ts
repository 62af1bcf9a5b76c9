import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sealEvent, verifyChain } from '../../../shared/audit/chain';
import { exampleRegister } from '../../../shared/example/konnect';
import {
  blankActivity,
  blankOrganisation,
  blankThirdParty,
  blankTransfer,
  emptyRegister,
  type AuditEvent,
  type Register,
} from '../../../shared/domain';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { isRegisterEmpty, replaceRegister, snapshot } from '../../../renderer/db/repos/register';
import { saveThirdParty } from '../../../renderer/db/repos/third-parties';
import { updateSettings } from '../../../renderer/db/repos/settings';

const NOW = '2026-03-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`register-${crypto.randomUUID()}`);
  useDatabase(db);
});

/** replaceRegister validates before it returns its promise, so it can throw synchronously. */
const attemptReplace = async (register: Register, summary: string) =>
  replaceRegister(register, summary);

/** A small but complete register, its trail chained the way the app chains it. */
async function builtRegister(): Promise<Register> {
  const audience = { id: 'aud-members', name: 'Members', description: '' };
  const organisation = blankOrganisation(NOW, {
    name: 'Penwith Practice',
    legalForm: 'partnership',
    dpo: {
      appointed: false,
      contact: { name: '', email: '', phone: '', address: '' },
      reasonNotRequired: 'Small practice.',
    },
    audiences: [audience],
  });
  const xero = blankThirdParty(NOW, {
    name: 'Xero',
    type: 'accounting-package',
    countries: ['GB', 'NZ'],
  });
  const payroll = blankActivity(NOW, {
    name: 'Payroll',
    recipientIds: [xero.id],
    audienceIds: [audience.id],
  });
  const transfer = blankTransfer(NOW, {
    thirdPartyId: xero.id,
    destinations: ['NZ'],
    activityIds: [payroll.id],
  });
  const auditEvents: AuditEvent[] = [];
  for (const [entity, entityId, after] of [
    ['organisation', organisation.id, organisation],
    ['thirdParty', xero.id, xero],
    ['activity', payroll.id, payroll],
    ['transfer', transfer.id, transfer],
  ] as const) {
    auditEvents.push(
      await sealEvent(
        {
          at: NOW,
          actor: 'Jo',
          entity,
          entityId,
          action: 'create',
          summary: `Created ${entity}`,
          before: null,
          after,
        },
        auditEvents.at(-1),
      ),
    );
  }
  return {
    organisation,
    activities: [payroll],
    thirdParties: [xero],
    transfers: [transfer],
    lias: [],
    tras: [],
    noticeDrafts: [],
    noticeVersions: [],
    acceptedRisks: [],
    reviews: [],
    breaches: [],
    rightsRequests: [],
    complaints: [],
    auditEvents,
  };
}

describe('snapshot', () => {
  it('is the empty register for a new database', async () => {
    expect(await snapshot()).toEqual(emptyRegister());
    expect(await isRegisterEmpty()).toBe(true);
  });

  it('holds every table, the trail in order', async () => {
    await saveThirdParty(blankThirdParty(NOW, { name: 'B' }));
    await saveThirdParty(blankThirdParty(NOW, { name: 'A' }));
    const register = await snapshot();
    expect(register.thirdParties.map((t) => t.name).sort()).toEqual(['A', 'B']);
    expect(register.auditEvents.map((e) => e.seq)).toEqual([1, 2]);
    expect(await isRegisterEmpty()).toBe(false);
  });
});

describe('replaceRegister', () => {
  it('stores the example organisation exactly, plus one import event', async () => {
    const example = exampleRegister(NOW);

    await replaceRegister(example, 'Started with the example organisation');

    const stored = await snapshot();
    const byId = <T extends { id: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(stored.organisation).toEqual(example.organisation);
    expect(byId(stored.activities)).toEqual(byId(example.activities));
    expect(byId(stored.thirdParties)).toEqual(byId(example.thirdParties));
    expect(byId(stored.transfers)).toEqual(byId(example.transfers));
    expect(stored.auditEvents.slice(0, -1)).toEqual(example.auditEvents);
    expect(stored.auditEvents.at(-1)).toMatchObject({
      seq: example.auditEvents.length + 1,
      prevHash: example.auditEvents.at(-1)?.hash ?? '0'.repeat(64),
      action: 'import',
      summary: 'Started with the example organisation',
      after: {
        activities: example.activities.length,
        thirdParties: example.thirdParties.length,
        transfers: example.transfers.length,
      },
    });
    expect(await verifyChain(stored.auditEvents)).toMatchObject({ ok: true });
  });

  it('stores the register and chains one import event onto the file’s last event', async () => {
    await updateSettings({ userName: 'Sam' });
    await saveThirdParty(blankThirdParty(NOW, { name: 'Replaced away' }));
    const incoming = await builtRegister();

    await replaceRegister(
      incoming,
      'Imported register file “practice.ropa.json”',
      new Date('2026-03-02T09:00:00.000Z'),
    );

    const stored = await snapshot();
    expect({ ...stored, auditEvents: stored.auditEvents.slice(0, -1) }).toEqual(incoming);
    const imported = stored.auditEvents.at(-1);
    expect(imported).toMatchObject({
      seq: incoming.auditEvents.length + 1,
      prevHash: incoming.auditEvents.at(-1)?.hash,
      entity: 'register',
      entityId: incoming.organisation?.id,
      action: 'import',
      actor: 'Sam',
      at: '2026-03-02T09:00:00.000Z',
      summary: 'Imported register file “practice.ropa.json”',
      after: { activities: 1, thirdParties: 1, transfers: 1 },
    });
    expect(await verifyChain(stored.auditEvents)).toEqual({ ok: true, count: 5 });
  });

  it('starts a new chain when the file has no trail', async () => {
    await replaceRegister(emptyRegister(), 'Cleared');
    const stored = await snapshot();
    expect(stored.auditEvents).toHaveLength(1);
    expect(stored.auditEvents[0]).toMatchObject({
      seq: 1,
      entityId: 'register',
      prevHash: '0'.repeat(64),
    });
    // No records, but a trail worth keeping: replacing it must ask and save a copy first.
    expect(await isRegisterEmpty()).toBe(false);
  });

  it('refuses an invalid register and leaves the database exactly as it was', async () => {
    await replaceRegister(await builtRegister(), 'First import');
    const before = await snapshot();
    const broken = await builtRegister();
    const dangling = {
      ...broken,
      activities: broken.activities.map((a) => ({ ...a, recipientIds: ['nobody'] })),
    };

    await expect(attemptReplace(dangling, 'Bad import')).rejects.toThrow(/not in the register/);
    await expect(
      attemptReplace({ ...broken, auditEvents: broken.auditEvents.slice(1) }, 'Gap'),
    ).rejects.toThrow(/out of order or has a gap/);

    expect(await snapshot()).toEqual(before);
  });

  it('is atomic: a failure halfway through the writes changes nothing', async () => {
    await replaceRegister(await builtRegister(), 'First import');
    const before = await snapshot();
    vi.spyOn(db.transfers, 'bulkAdd').mockRejectedValueOnce(new Error('Disk full'));

    await expect(attemptReplace(await builtRegister(), 'Second import')).rejects.toThrow(
      /Disk full/,
    );

    expect(await snapshot()).toEqual(before);
  });
});
