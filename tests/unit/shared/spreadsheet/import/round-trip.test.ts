import { beforeAll, describe, expect, it } from 'vitest';
import {
  emptyRegister,
  registerSchema,
  type Register,
} from '../../../../../shared/domain/register';
import { exampleRegisterWithNotices } from '../../../../../shared/example/konnect-notice';
import { icoCells, icoColumns } from '../../../../../shared/ropa/ico-template';
import {
  applyImport,
  detectLayout,
  planImport,
  readSpreadsheet,
  type ImportPlan,
} from '../../../../../shared/spreadsheet/import';
import {
  ICO_HEADING_ROW,
  ICO_SHEET_NAME,
  writeIcoXlsx,
} from '../../../../../shared/spreadsheet/write-xlsx';

const NOW = '2026-11-25T12:00:00.000Z';
/** Column 15 lists the activity's LIAs, which are records of their own: kept as notes, not rebuilt. */
const LIA_COLUMN = 14;

let original: Register;
let plan: ImportPlan;
let imported: Register;

beforeAll(async () => {
  original = await exampleRegisterWithNotices(NOW);
  const text = await readSpreadsheet(await writeIcoXlsx(original, NOW), 'konnect.xlsx');
  const layout = detectLayout(text);
  expect(layout.sheet).toBe(ICO_SHEET_NAME);
  expect(layout.headingRow).toBe(ICO_HEADING_ROW - 1);
  expect(layout.columns.map((c) => c.how)).toEqual(icoColumns.map(() => 'exact'));
  let n = 0;
  plan = planImport(text, layout, {
    register: emptyRegister(),
    now: NOW,
    newId: () => `new-${++n}`,
  });
  imported = applyImport(emptyRegister(), plan);
});

describe('export then import gives back the same activities', () => {
  it('reads every row, with nothing unreadable, and the result validates', () => {
    expect(plan.unreadable).toEqual([]);
    expect(registerSchema.safeParse(imported).success).toBe(true);
    expect(imported.activities.map((a) => a.name)).toEqual(original.activities.map((a) => a.name));
  });

  it('gives every activity the same 30 cells (but the LIA column) when exported again', () => {
    for (const activity of original.activities) {
      const back = imported.activities.find((a) => a.name === activity.name);
      const expected = icoCells(original, activity);
      const actual = back ? icoCells(imported, back) : [];
      expected.forEach((cell, index) => {
        if (index !== LIA_COLUMN)
          expect([activity.name, index + 1, actual[index]]).toEqual([
            activity.name,
            index + 1,
            cell,
          ]);
      });
    }
  });

  it('keeps the fields the template carries', () => {
    for (const activity of original.activities) {
      const back = imported.activities.find((a) => a.name === activity.name);
      expect(back).toMatchObject({
        businessFunction: activity.businessFunction,
        purposes: activity.purposes,
        dataSubjects: activity.dataSubjects,
        personalData: activity.personalData,
        specialCategories: activity.specialCategories,
        lawfulBasis: activity.lawfulBasis,
        lawfulBasisDetail: activity.lawfulBasisDetail,
        legitimateInterest: activity.legitimateInterest,
        securityMeasures: activity.securityMeasures,
        consentRecord: activity.consentRecord,
        systems: activity.systems,
        locations: activity.locations,
        sources: activity.sources,
        collectedFromIndividual: activity.collectedFromIndividual,
        recipientCategories: activity.recipientCategories,
        jointController: activity.jointController,
        dpia: {
          screening: activity.dpia.screening,
          status: activity.dpia.status,
          link: activity.dpia.link,
          notes: activity.dpia.notes,
        },
      });
      const names = (register: Register, ids: string[]) =>
        ids.map((id) => register.thirdParties.find((p) => p.id === id)?.name);
      expect(names(imported, back?.recipientIds ?? [])).toEqual(
        names(original, activity.recipientIds),
      );
    }
  });

  it('gives back the same third parties by name, role and type, and the same transfers', () => {
    const parties = (register: Register) =>
      register.thirdParties.map((p) => `${p.name} | ${p.kind} | ${p.type}`).sort();
    expect(parties(imported)).toEqual(parties(original));
    const transfers = (register: Register) =>
      register.transfers
        .map((t) => {
          const party = register.thirdParties.find((p) => p.id === t.thirdPartyId)?.name;
          const activities = t.activityIds
            .map((id) => register.activities.find((a) => a.id === id)?.name)
            .sort();
          return `${party} → ${t.destinations.join(',')} by ${t.mechanism} for ${activities.join('; ')}`;
        })
        .sort();
    expect(transfers(imported)).toEqual(transfers(original));
  });

  it('reads the contact block as the organisation, all of it to confirm', () => {
    expect(imported.organisation).toMatchObject({
      name: 'Konnect Communities C.I.C.',
      legalForm: 'cic',
      email: 'info@konnect-communities.co.uk',
      phone: '01736 339277',
      registeredAddress: {
        line1: '10 Cormorant Drive',
        town: 'St. Austell',
        postcode: 'PL25 3BA',
        country: 'England',
      },
      dpo: { appointed: false },
      representative: { needed: false },
    });
    expect(imported.organisation?.dpo.reasonNotRequired).toMatch(
      /^Not required by UK GDPR Article 37/,
    );
    expect(imported.organisation?.toConfirm).toContain('dpo');
  });

  it('marks every reading on its record as imported, to confirm', () => {
    expect(plan.readings.length).toBeGreaterThan(0);
    for (const reading of plan.readings) {
      const records = {
        activity: plan.activities,
        thirdParty: plan.thirdParties,
        transfer: plan.transfers,
      }[reading.recordKind];
      const record = records.find((r) => r.id === reading.recordId);
      expect(record?.toConfirm, `${reading.id} ${reading.path}`).toContain(reading.path);
    }
    const shop = plan.activities.find((a) => a.name === 'Online shop orders');
    expect(shop?.toConfirm).toEqual(expect.arrayContaining(['name', 'lawfulBasis']));
    expect(new Set(plan.readings.map((r) => r.id)).size).toBe(plan.readings.length);
  });
});
