import { describe, expect, it } from 'vitest';
import { emptyRegister } from '../../../../../shared/domain/register';
import { exampleRegister } from '../../../../../shared/example/konnect';
import { icoColumns } from '../../../../../shared/ropa/ico-template';
import {
  applyImport,
  correctReading,
  describePlan,
  detectLayout,
  planImport,
  type ImportPlan,
  type SpreadsheetText,
} from '../../../../../shared/spreadsheet/import';

const NOW = '2026-11-25T12:00:00.000Z';

/** An ICO-headed sheet (no name column) with the given rows, cells by 1-based column number. */
function icoSheet(rows: Record<number, string>[]): SpreadsheetText {
  const headings = icoColumns.map((c) => c.heading);
  const grid = rows.map((cells) => headings.map((_, index) => cells[index + 1] ?? ''));
  return { fileName: 'ico.xlsx', sheets: [{ name: 'RoPA', rows: [headings, ...grid] }] };
}

function plan(text: SpreadsheetText, register = emptyRegister()): ImportPlan {
  let n = 0;
  return planImport(text, detectLayout(text), { register, now: NOW, newId: () => `id-${++n}` });
}

const LONG =
  'Support people who come to our drop-in sessions with advice about benefits, housing and debt, and refer them on to specialist services when they need more help';

describe('names from the purpose', () => {
  it('takes a one-line purpose as the name, shortened at a word, and says so', () => {
    const result = plan(icoSheet([{ 2: LONG, 12: 'Public task' }]));
    const activity = result.activities[0];
    expect(activity?.name).toBe(
      'Support people who come to our drop-in sessions with advice about benefits…',
    );
    expect(activity?.purposes).toEqual([LONG]);
    expect(result.readings.find((r) => r.path === 'name')).toMatchObject({
      row: 2,
      heading: 'Purpose of processing',
      reading: `“${activity?.name}”: named from the purpose`,
    });
  });
});

describe('correcting a reading', () => {
  const start = () =>
    plan(
      icoSheet([{ 2: 'Payroll\nPay staff', 5: 'Name\nSickness absence', 12: 'Legal obligation' }]),
    );

  it('sets the chosen value and takes the path off the record’s list to confirm', () => {
    const before = start();
    const basis = before.readings.find((r) => r.path === 'lawfulBasis');
    expect(basis?.value).toBe('legal-obligation');
    expect(basis?.choices).toHaveLength(7);
    const after = correctReading(before, basis?.id ?? '', 'contract');
    expect(after.activities[0]?.lawfulBasis).toBe('contract');
    expect(after.activities[0]?.toConfirm).not.toContain('lawfulBasis');
    expect(after.readings.find((r) => r.id === basis?.id)).toMatchObject({
      value: 'contract',
      reading: 'Contract — Art 6(1)(b)',
    });
    expect(before.activities[0]?.lawfulBasis).toBe('legal-obligation');
  });

  it('takes text for a field without choices, and lists as codes', () => {
    const before = start();
    const name = before.readings.find((r) => r.path === 'name');
    const renamed = correctReading(before, name?.id ?? '', 'Staff payroll');
    expect(renamed.activities[0]?.name).toBe('Staff payroll');
    const special = before.readings.find((r) => r.path === 'specialCategories');
    expect(special?.value).toBe('health');
    const cleared = correctReading(renamed, special?.id ?? '', '');
    expect(cleared.activities[0]?.specialCategories).toEqual([]);
    expect(cleared.activities[0]?.toConfirm).toEqual(['lawfulBasis']);
    expect(applyImport(emptyRegister(), cleared).activities[0]?.name).toBe('Staff payroll');
  });

  it('refuses a value outside the choices and an unknown reading', () => {
    const before = start();
    const basis = before.readings.find((r) => r.path === 'lawfulBasis');
    expect(() => correctReading(before, basis?.id ?? '', 'because')).toThrow(RangeError);
    expect(() => correctReading(before, 'r999', 'contract')).toThrow(
      'No reading r999 in this import',
    );
  });
});

describe('applying the plan', () => {
  it('adds to a register with an organisation without replacing it', () => {
    const register = exampleRegister(NOW);
    const text = icoSheet([{ 2: 'Room bookings\nTake bookings for the hall', 6: 'Microsoft' }]);
    text.sheets[0]?.rows.unshift(['', 'Controller'], ['Name', 'Someone Else Ltd']);
    const result = planImport(text, detectLayout(text), {
      register,
      now: NOW,
      newId: () => 'new-booking',
    });
    expect(result.organisation).toBeNull();
    expect(result.reusedThirdParties).toEqual([{ id: 'tp-microsoft', name: 'Microsoft' }]);
    const after = applyImport(register, result);
    expect(after.organisation?.name).toBe('Konnect Communities C.I.C.');
    expect(after.activities).toHaveLength(register.activities.length + 1);
    expect(after.activities.at(-1)?.recipientIds).toEqual(['tp-microsoft']);
    expect(after.thirdParties).toHaveLength(register.thirdParties.length);
  });
});

describe('the summary', () => {
  it('counts what will be created, groups the readings and lists every unreadable row', () => {
    const result = plan(
      icoSheet([
        { 2: 'Payroll\nPay staff', 6: 'HMRC; Payroll bureau', 12: 'Legal obligation' },
        { 11: 'Locked cabinet' },
      ]),
    );
    expect(describePlan(result)).toBe(
      [
        'Activities: 1',
        'Third parties: 2 new, 0 already in the register',
        'Transfers: 0',
        'Readings to confirm: 6',
        '  Third parties’ roles: 2',
        '  Third parties’ types: 2',
        '  Activity names: 1',
        '  Lawful bases: 1',
        'Rows that could not be read: 1',
        '  Row 3: No activity name or purpose, only “Locked cabinet” under General description of technical and organisational security measures (if possible). Add the purpose of processing (or a name) to this row, or delete the row if it is a note.',
        '',
      ].join('\n'),
    );
  });
});
