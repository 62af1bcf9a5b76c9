import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { exampleRegisterWithNotices } from '../../../shared/example/konnect-notice';
import { writeRegisterFile } from '../../../shared/register-file/format';
import { icoColumns } from '../../../shared/ropa/ico-template';
import {
  ICO_HEADING_ROW,
  ICO_SECTION_ROW,
  ICO_SHEET_NAME,
  THIRD_PARTY_SHEET_NAME,
} from '../../../shared/spreadsheet/write-xlsx';
import { CLI_NOW, memoryIo, type MemoryIo } from './memory-io';

const FILE = 'k.ropa.json';

/** The value, failing the test when it is missing. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

async function ioWithExample(): Promise<MemoryIo> {
  const text = await writeRegisterFile(await exampleRegisterWithNotices(CLI_NOW), CLI_NOW, 'test');
  return memoryIo(new Map([[FILE, text]]));
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

const rowText = (sheet: ExcelJS.Worksheet, row: number, columns: number): string[] =>
  Array.from({ length: columns }, (_, i) => String(sheet.getRow(row).getCell(i + 1).value ?? ''));

describe('export-xlsx', () => {
  it('writes the example as the ICO template', async () => {
    const io = await ioWithExample();
    const code = await runCli(['export-xlsx', FILE, '--out', 'ropa.xlsx'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toBe('wrote ropa.xlsx: 13 activities in the ICO template\n');

    const workbook = await readBack(present(io.binaries.get('ropa.xlsx')));
    const sheet = present(workbook.getWorksheet(ICO_SHEET_NAME));
    expect(rowText(sheet, ICO_HEADING_ROW, 30)).toEqual(icoColumns.map((c) => c.heading));
    expect(sheet.getRow(ICO_SECTION_ROW).getCell(1).value).toBe('Article 30 RoPA');
    expect(sheet.getRow(ICO_SECTION_ROW).getCell(26).value).toBe(
      'DPA 2018 – special category or criminal conviction and offence data',
    );
    expect(sheet.getCell(3, 1).value).toBe('Name');
    expect(sheet.getCell(3, 2).value).toBe('Konnect Communities C.I.C.');

    const dataRows = Array.from({ length: sheet.rowCount - ICO_HEADING_ROW }, (_, i) =>
      rowText(sheet, ICO_HEADING_ROW + 1 + i, 30),
    );
    expect(dataRows).toHaveLength(13);
    const shop = dataRows.find((r) => r[1]?.startsWith('Online shop orders'));
    expect(shop?.[0]).toBe('Sales');
    expect(shop?.[9]).toBe('7 years from the date of the purchase');
    expect(shop?.[11]).toMatch(/^Contract — Art 6\(1\)\(b\)/);

    const parties = present(workbook.getWorksheet(THIRD_PARTY_SHEET_NAME));
    expect(parties.getRow(1).getCell(1).value).toBe('Name');
    expect(parties.rowCount).toBe(1 + 20);
  });

  it('refuses to replace a file without --force, and replaces it with --force', async () => {
    const io = await ioWithExample();
    io.binaries.set('ropa.xlsx', new Uint8Array([1, 2, 3]));
    expect(await runCli(['export-xlsx', FILE, '--out', 'ropa.xlsx'], io)).toBe(1);
    expect(io.err()).toBe('ropa-desk: ropa.xlsx already exists; add --force to replace it\n');
    expect(io.binaries.get('ropa.xlsx')).toEqual(new Uint8Array([1, 2, 3]));

    expect(await runCli(['export-xlsx', FILE, '--out', 'ropa.xlsx', '--force'], io)).toBe(0);
    expect(present(io.binaries.get('ropa.xlsx')).length).toBeGreaterThan(1000);
  });

  it('needs --out and a readable register file', async () => {
    const io = await ioWithExample();
    expect(await runCli(['export-xlsx', FILE], io)).toBe(2);
    expect(io.err()).toContain('export-xlsx needs --out OUT.xlsx');
    expect(io.binaries.size).toBe(0);

    const missing = await ioWithExample();
    expect(await runCli(['export-xlsx', 'nope.json', '--out', 'x.xlsx'], missing)).toBe(1);
    expect(missing.err()).toBe('ropa-desk: cannot read nope.json: no such file\n');
  });
});
