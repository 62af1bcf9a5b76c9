import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  MAX_SPREADSHEET_BYTES,
  readSpreadsheet,
  SpreadsheetReadError,
} from '../../../../../shared/spreadsheet/import';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Register'));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function failure(bytes: Uint8Array, name: string): Promise<string> {
  const error = await readSpreadsheet(bytes, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SpreadsheetReadError);
  return (error as Error).message;
}

describe('reading CSV files', () => {
  it('handles quotes, embedded newlines, a byte-order mark and padding short rows', async () => {
    const text = await readSpreadsheet(
      utf8('\uFEFFName,Purpose\r\n"Payroll, monthly","Pay staff\nKeep records"\r\nOnly name\r\n'),
      'register.csv',
    );
    expect(text.sheets).toEqual([
      {
        name: 'register',
        rows: [
          ['Name', 'Purpose'],
          ['Payroll, monthly', 'Pay staff\nKeep records'],
          ['Only name', ''],
        ],
      },
    ]);
  });

  it('guesses a semicolon separator, as Excel writes CSV in many locales', async () => {
    const text = await readSpreadsheet(utf8('Name;Purpose\nPayroll;Pay staff, on time\n'), 'r.csv');
    expect(text.sheets[0]?.rows[1]).toEqual(['Payroll', 'Pay staff, on time']);
  });

  it('reads Windows-1252 text that is not valid UTF-8', async () => {
    const bytes = new Uint8Array([...utf8('Name\nCaf'), 0xe9]);
    const text = await readSpreadsheet(bytes, 'r.csv');
    expect(text.sheets[0]?.rows[1]?.[0]).toBe('Café');
  });
});

describe('reading workbooks', () => {
  it('turns every kind of cell value into text', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.getCell('A1').value = 'Plain';
      sheet.getCell('B1').value = {
        richText: [{ text: 'Rich ' }, { text: 'text', font: { bold: true } }],
      };
      sheet.getCell('C1').value = new Date(Date.UTC(2026, 2, 31));
      sheet.getCell('D1').value = 42;
      sheet.getCell('E1').value = { formula: 'UPPER("hr")', result: 'HR' };
      sheet.getCell('F1').value = { text: 'DPIA', hyperlink: 'https://example.org/dpia.pdf' };
      sheet.getCell('G1').value = true;
    });
    const text = await readSpreadsheet(bytes, 'r.xlsx');
    expect(text.sheets[0]?.rows[0]).toEqual([
      'Plain',
      'Rich text',
      '2026-03-31',
      '42',
      'HR',
      'DPIA (https://example.org/dpia.pdf)',
      'TRUE',
    ]);
  });

  it('repeats a cell merged down a column in each row, but not one merged across columns', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.getCell('A1').value = 'HR';
      sheet.mergeCells('A1:A2');
      sheet.getCell('B1').value = 'Wide';
      sheet.mergeCells('B1:C1');
      sheet.getCell('B2').value = 'x';
    });
    const rows = (await readSpreadsheet(bytes, 'r.xlsx')).sheets[0]?.rows;
    expect(rows).toEqual([
      ['HR', 'Wide', ''],
      ['HR', 'x', ''],
    ]);
  });
});

describe('files that cannot be read say what to do', () => {
  it('refuses an empty file', async () => {
    expect(await failure(new Uint8Array(), 'r.csv')).toBe(
      'r.csv is empty. Check it is the right file.',
    );
  });

  it('refuses a file over the size limit, saying the limit', async () => {
    expect(await failure(new Uint8Array(MAX_SPREADSHEET_BYTES + 1), 'big.xlsx')).toMatch(
      /^big\.xlsx is 20\.0 MB; spreadsheets up to 20\.0 MB can be imported\. Remove other sheets/,
    );
  });

  it('refuses a password-protected workbook and an old .xls', async () => {
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = new Uint8Array([
      ...cfb,
      ...Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(await failure(encrypted, 'locked.xlsx')).toMatch(
      /is protected with a password\. Open it in Excel, remove the password/,
    );
    expect(await failure(new Uint8Array([...cfb, 1, 2, 3]), 'old.xls')).toMatch(
      /old Excel 97–2003 \(\.xls\) format\. Open it and save it as an Excel workbook/,
    );
  });

  it('refuses a damaged workbook, a binary file and a non-workbook named .xlsx', async () => {
    expect(await failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'cut.xlsx')).toMatch(
      /cannot be opened: it may be damaged/,
    );
    expect(await failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'photo.png')).toMatch(
      /^photo\.png is not an Excel workbook or CSV file\./,
    );
    expect(await failure(utf8('hello'), 'notes.xlsx')).toMatch(
      /not an Excel workbook, although its name says so/,
    );
  });

  it('refuses a workbook with no text', async () => {
    expect(await failure(await xlsx(() => undefined), 'blank.xlsx')).toMatch(
      /has no text in any of its sheets/,
    );
  });
});
