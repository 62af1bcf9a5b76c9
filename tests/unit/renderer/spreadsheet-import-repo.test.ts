import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import {
  blankActivity,
  blankOrganisation,
  blankThirdParty,
  blankTransfer,
} from '../../../shared/domain';
import type { ImportPlan } from '../../../shared/spreadsheet/import/contract';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { saveOrganisation } from '../../../renderer/db/repos/organisation';
import { snapshot } from '../../../renderer/db/repos/register';
import { importSpreadsheet } from '../../../renderer/db/repos/spreadsheet-import';
import { saveThirdParty } from '../../../renderer/db/repos/third-parties';

const NOW = '2026-11-25T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`spreadsheet-import-${crypto.randomUUID()}`);
  useDatabase(db);
});

/** An organisation that passes the profile's rules (a DPO, or why none is needed). */
const validOrganisation = (overrides: { id: string; name: string }) =>
  blankOrganisation(NOW, {
    ...overrides,
    dpo: {
      appointed: false,
      contact: { name: '', email: '', phone: '', address: '' },
      reasonNotRequired: 'Not a public authority; no large-scale monitoring.',
    },
  });

const events = () => db.auditEvents.orderBy('seq').toArray();

/** Two activities sharing a new processor (with a transfer) and one third party already held. */
function plan(overrides: Partial<ImportPlan> = {}): ImportPlan {
  const mailchimp = blankThirdParty(NOW, { id: 'tp-mail', name: 'Mailchimp', countries: ['US'] });
  const newsletter = blankActivity(NOW, {
    id: 'act-news',
    name: 'Newsletter',
    lawfulBasis: 'consent',
    recipientIds: ['tp-mail', 'tp-xero'],
    toConfirm: ['lawfulBasis'],
  });
  const payroll = blankActivity(NOW, { id: 'act-pay', name: 'Payroll', recipientIds: ['tp-xero'] });
  return {
    activities: [newsletter, payroll],
    thirdParties: [mailchimp],
    reusedThirdParties: [{ id: 'tp-xero', name: 'Xero' }],
    transfers: [
      blankTransfer(NOW, {
        id: 'tr-mail',
        thirdPartyId: 'tp-mail',
        activityIds: ['act-news'],
        destinations: ['US'],
        mechanism: 'idta',
        toConfirm: ['mechanism'],
      }),
    ],
    readings: [],
    unreadable: [],
    organisation: validOrganisation({ id: 'org-1', name: 'Imported Org' }),
    ...overrides,
  };
}

async function withXero(): Promise<void> {
  await saveThirdParty(blankThirdParty(NOW, { id: 'tp-xero', name: 'Xero' }));
}

describe('importSpreadsheet', () => {
  it('writes every record of the plan with one audit event each, in one commit', async () => {
    await withXero();
    const result = await importSpreadsheet(plan(), 'ropa.xlsx', new Date(NOW));

    expect(result).toEqual({
      activities: [
        { id: 'act-news', name: 'Newsletter' },
        { id: 'act-pay', name: 'Payroll' },
      ],
      thirdParties: 1,
      transfers: 1,
      organisation: 'created',
    });
    const register = await snapshot();
    expect(register.organisation?.name).toBe('Imported Org');
    expect(register.activities.map((a) => a.name).sort()).toEqual(['Newsletter', 'Payroll']);
    expect(register.thirdParties.map((p) => p.name).sort()).toEqual(['Mailchimp', 'Xero']);
    expect(register.transfers).toHaveLength(1);
    // The readings stay marked for the person to confirm in the editors.
    expect(register.activities.find((a) => a.id === 'act-news')?.toConfirm).toEqual([
      'lawfulBasis',
    ]);
    expect(register.transfers[0]?.toConfirm).toEqual(['mechanism']);

    const trail = (await events()).slice(1);
    expect(trail.map((e) => [e.entity, e.action])).toEqual([
      ['organisation', 'create'],
      ['thirdParty', 'create'],
      ['activity', 'create'],
      ['activity', 'create'],
      ['transfer', 'create'],
    ]);
    expect(new Set(trail.map((e) => e.at)).size).toBe(1);
    expect(trail[2]?.summary).toBe(
      'Imported activity “Newsletter” from the spreadsheet “ropa.xlsx”',
    );
    expect(trail[4]?.summary).toMatch(/transfer to “Mailchimp”/);
    expect(await verifyChain(await events())).toMatchObject({ ok: true, count: 6 });
  });

  it('keeps the organisation already in the register', async () => {
    await withXero();
    await saveOrganisation(validOrganisation({ id: 'org-mine', name: 'Mine' }));
    const result = await importSpreadsheet(plan(), 'ropa.xlsx');
    expect(result.organisation).toBe('kept');
    expect((await snapshot()).organisation?.name).toBe('Mine');
    expect((await events()).filter((e) => e.entity === 'organisation')).toHaveLength(1);
  });

  it('imports the activities when the file’s contact block is too sparse for a profile', async () => {
    await withXero();
    const sparse = plan({ organisation: blankOrganisation(NOW, { name: 'Half filled' }) });
    const result = await importSpreadsheet(sparse, 'ropa.xlsx');
    expect(result.organisation).toBe('incomplete');
    expect(await db.organisation.count()).toBe(0);
    expect(await db.activities.count()).toBe(2);
  });

  it('writes nothing when a record fails validation part-way through', async () => {
    await withXero();
    const before = await snapshot();
    const good = plan();
    const broken = {
      ...good,
      transfers: good.transfers.map((t) => ({ ...t, destinations: [] })),
    };
    await expect(importSpreadsheet(broken, 'ropa.xlsx')).rejects.toThrow(
      /Choose at least one destination/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when the database refuses a record inside the transaction', async () => {
    await withXero();
    const before = await snapshot();
    const good = plan();
    const [first] = good.activities;
    if (!first) throw new Error('The plan should have activities');
    // Two activities with one id pass every check before the write; bulkAdd then fails.
    const clash = { ...good, activities: [...good.activities, { ...first, name: 'Twin' }] };
    await expect(importSpreadsheet(clash, 'ropa.xlsx')).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a plan whose reused third party was deleted since the preview', async () => {
    const before = await snapshot();
    await expect(importSpreadsheet(plan(), 'ropa.xlsx')).rejects.toThrow(
      /“Xero” is no longer in the register/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a plan imported twice: its records are already there', async () => {
    await withXero();
    const once = plan();
    await importSpreadsheet(once, 'ropa.xlsx');
    const after = await snapshot();
    await expect(importSpreadsheet(once, 'ropa.xlsx')).rejects.toThrow(/already in the register/);
    expect(await snapshot()).toEqual(after);
  });

  it('refuses links to records neither in the plan nor in the register', async () => {
    await withXero();
    const good = plan();
    const stray = {
      ...good,
      activities: good.activities.map((a) => ({ ...a, recipientIds: ['tp-nowhere'] })),
    };
    await expect(importSpreadsheet(stray, 'ropa.xlsx')).rejects.toThrow(/does not hold/);
    expect(await db.activities.count()).toBe(0);
  });
});
