import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  emptyRegister,
  registerSchema,
  type Register,
} from '../../../../../shared/domain/register';
import { blankThirdParty } from '../../../../../shared/domain/factories';
import {
  applyImport,
  chooseTarget,
  detectLayout,
  planImport,
  readSpreadsheet,
  type ImportPlan,
  type SpreadsheetText,
} from '../../../../../shared/spreadsheet/import';

const NOW = '2026-11-25T12:00:00.000Z';
const LONG_PURPOSE = `Send our newsletter ${'about events and workshops '.repeat(200)}`.slice(
  0,
  5000,
);

const HEADINGS = [
  'Processing activity',
  'Department',
  'Lawful basis (Art 6)',
  'Purpose',
  'Categories of personal data',
  'Data subjects',
  'Who we share it with',
  'Processor contract',
  'International transfers',
  'Safeguards',
  'Retention period',
  'Notes',
  'DPIA required?',
  'Follows retention policy?',
];

/** Rows 4 to 9 of the sheet: three activities, a note, a blank row and a row with no name. */
const ROWS: string[][] = [
  [
    'Payroll',
    'HR',
    'Legal obligation',
    'Pay staff and make HMRC returns',
    'Name, bank details, National Insurance number, sickness absence',
    'Staff',
    'HMRC; Payroll bureau (processor); Pension provider',
    'Payroll bureau: DPA signed 31/02/2026',
    '',
    '',
    '6 years after employment ends',
    '',
    'No',
    'Yes',
  ],
  [
    'Volunteer checks',
    'HR',
    'Legitimate interests (Article 6(1)(f))',
    'Check volunteers',
    'Name, DBS certificate number, no health data',
    'Volunteers',
    'Payroll Bureau',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  ['', '', '', '', '', '', '', '', '', '', '', 'Remember to review this in spring', '', ''],
  [
    'Newsletter',
    'Marketing',
    'consent',
    LONG_PURPOSE,
    'Email address',
    'Subscribers',
    'Mailchimp',
    '',
    'USA',
    'Standard contractual clauses with the UK Addendum',
    'Until they unsubscribe',
    '',
    'n/a',
    'n/a',
  ],
  ['', '', '', '', '', '', '', '', '', '', '', '', '', ''],
  ['', 'Finance', '', '', '', '', '', '', '', '', '', 'Ask the accountant', '', ''],
];

async function messyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Instructions').getCell('A1').value = 'Fill in one row per activity';
  const sheet = workbook.addWorksheet('Our register');
  sheet.getCell('A1').value = 'Data register 2025';
  sheet.getRow(3).values = HEADINGS;
  ROWS.forEach((values, index) => {
    sheet.getRow(4 + index).values = values.map((value) => (value === '' ? null : value));
  });
  // The business function merged down two rows, and the second purpose a formula's result.
  sheet.getCell('B5').value = null;
  sheet.mergeCells('B4:B5');
  sheet.getCell('D5').value = {
    formula: 'CONCATENATE("Check ","volunteers")',
    result: 'Check volunteers',
  };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const csvCell = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const messyCsv = (): Uint8Array =>
  new TextEncoder().encode(
    [
      'Data register 2025',
      '',
      ...[HEADINGS, ...ROWS].map((row) => row.map(csvCell).join(',')),
    ].join('\r\n'),
  );

function plan(text: SpreadsheetText, register: Register = emptyRegister()): ImportPlan {
  let n = 0;
  return planImport(text, detectLayout(text), { register, now: NOW, newId: () => `id-${++n}` });
}

const byName = (p: ImportPlan, name: string) => p.activities.find((a) => a.name === name);

describe.each([
  ['an .xlsx workbook', async () => readSpreadsheet(await messyWorkbook(), 'register.xlsx')],
  ['a CSV file', async () => readSpreadsheet(messyCsv(), 'register.csv')],
])('a register with reordered, renamed and missing columns and broken rows, as %s', (_, read) => {
  it('finds the heading row and maps the renamed columns', async () => {
    const text = await read();
    const layout = detectLayout(text);
    expect(layout.headingRow).toBe(2);
    expect(layout.columns.map((c) => [c.heading, c.target, c.how])).toEqual([
      ['Processing activity', 'name', 'close'],
      ['Department', 'ico:1', 'close'],
      ['Lawful basis (Art 6)', 'ico:12', 'close'],
      ['Purpose', 'ico:2', 'close'],
      ['Categories of personal data', 'ico:5', 'exact'],
      ['Data subjects', 'ico:4', 'close'],
      ['Who we share it with', 'ico:6', 'close'],
      ['Processor contract', 'ico:7', 'close'],
      ['International transfers', 'ico:8', 'close'],
      ['Safeguards', 'ico:9', 'close'],
      ['Retention period', 'ico:10', 'close'],
      ['Notes', null, 'none'],
      ['DPIA required?', 'ico:21', 'close'],
      ['Follows retention policy?', 'ico:29', 'close'],
    ]);
  });

  it('plans three activities and says why the note row and the nameless row cannot be read', async () => {
    const result = plan(await read());
    expect(result.activities.map((a) => a.name)).toEqual([
      'Payroll',
      'Volunteer checks',
      'Newsletter',
    ]);
    expect(result.unreadable).toEqual([
      {
        row: 6,
        reason:
          'No activity name or purpose, only “Remember to review this in spring” under Notes. Add the purpose of processing (or a name) to this row, or delete the row if it is a note.',
      },
      {
        row: 9,
        reason:
          'No activity name or purpose, only “Finance” under Department, “Ask the accountant” under Notes. Add the purpose of processing (or a name) to this row, or delete the row if it is a note.',
      },
    ]);
    expect(registerSchema.safeParse(applyImport(emptyRegister(), result)).success).toBe(true);
  });

  it('reads each activity as a practitioner would', async () => {
    const result = plan(await read());
    expect(byName(result, 'Payroll')).toMatchObject({
      businessFunction: 'HR',
      lawfulBasis: 'legal-obligation',
      purposes: ['Pay staff and make HMRC returns'],
      personalData: ['Name', 'bank details', 'National Insurance number', 'sickness absence'],
      specialCategories: ['health'],
      dataSubjects: ['Staff'],
      retention: { period: '6 years after employment ends', followsPolicy: true },
      dpia: { screening: 'not-required' },
    });
    expect(byName(result, 'Volunteer checks')).toMatchObject({
      businessFunction: 'HR',
      purposes: ['Check volunteers'],
      criminalOffenceData: true,
      specialCategories: [],
      lawfulBasis: 'legitimate-interests',
    });
    const newsletter = byName(result, 'Newsletter');
    expect(newsletter?.purposes[0]?.length).toBeLessThanOrEqual(500);
    expect(newsletter?.internalNotes).toContain(LONG_PURPOSE);
    expect(newsletter?.retention.followsPolicy).toBeNull();
    expect(newsletter?.toConfirm).toEqual(
      expect.arrayContaining(['purposes', 'lawfulBasis', 'retention.followsPolicy']),
    );
  });

  it('deduplicates third parties by name, reads their roles, and ties the transfer to its recipient', async () => {
    const result = plan(await read());
    expect(result.thirdParties.map((p) => [p.name, p.kind, p.type])).toEqual([
      ['HMRC', 'public-authority', 'other'],
      ['Payroll bureau', 'processor', 'other'],
      ['Pension provider', 'processor', 'other'],
      ['Mailchimp', 'processor', 'email-marketing-platform'],
    ]);
    const bureau = result.thirdParties[1];
    expect(byName(result, 'Volunteer checks')?.recipientIds).toEqual([bureau?.id]);
    expect(bureau?.contract.status).toBe('in-place');
    expect(bureau?.contract.signedOn).toBeNull();
    expect(result.readings.find((r) => r.path === 'contract.reference')?.reading).toBe(
      '“31/02/2026” is not a date that exists; kept as text in the reference',
    );
    const mailchimp = result.thirdParties[3];
    expect(mailchimp?.countries).toEqual(['GB', 'US']);
    expect(result.transfers).toMatchObject([
      {
        thirdPartyId: mailchimp?.id,
        destinations: ['US'],
        mechanism: 'uk-addendum',
        activityIds: [byName(result, 'Newsletter')?.id],
      },
    ]);
  });
});

describe('the mapping step', () => {
  it('lets the person choose a column, taking the target from the column that had it', async () => {
    const text = await readSpreadsheet(messyCsv(), 'register.csv');
    const layout = chooseTarget(detectLayout(text), 11, 'ico:2');
    expect(layout.columns.find((c) => c.index === 11)).toMatchObject({
      target: 'ico:2',
      how: 'chosen',
    });
    expect(layout.columns.find((c) => c.index === 3)).toMatchObject({ target: null, how: 'none' });
    const result = planImport(text, layout, {
      register: emptyRegister(),
      now: NOW,
      newId: () => crypto.randomUUID(),
    });
    expect(result.activities.map((a) => a.name)).toEqual([
      'Payroll',
      'Volunteer checks',
      'Remember to review this in spring',
      'Newsletter',
      'Ask the accountant',
    ]);
  });

  it('says every row is unreadable while no column holds a name or purpose', async () => {
    const text = await readSpreadsheet(messyCsv(), 'register.csv');
    const layout = chooseTarget(chooseTarget(detectLayout(text), 0, null), 3, null);
    const result = planImport(text, layout, {
      register: emptyRegister(),
      now: NOW,
      newId: () => crypto.randomUUID(),
    });
    expect(result.activities).toEqual([]);
    expect(result.unreadable[0]?.reason).toBe(
      'No column is matched to the activity’s name or purpose: choose which column holds the purpose of processing.',
    );
  });

  it('reuses third parties already in the register, matching names without case or punctuation', async () => {
    const register = {
      ...emptyRegister(),
      thirdParties: [
        blankThirdParty(NOW, { id: 'tp-hmrc', name: 'H.M.R.C.', kind: 'public-authority' }),
      ],
    };
    const text = await readSpreadsheet(messyCsv(), 'register.csv');
    const result = plan(text, register);
    expect(result.reusedThirdParties).toEqual([{ id: 'tp-hmrc', name: 'H.M.R.C.' }]);
    expect(result.thirdParties.map((p) => p.name)).not.toContain('HMRC');
    expect(byName(result, 'Payroll')?.recipientIds[0]).toBe('tp-hmrc');
    expect(registerSchema.safeParse(applyImport(register, result)).success).toBe(true);
  });
});
