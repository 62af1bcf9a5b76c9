import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../../../shared/domain/register';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { icoColumns, icoSectionSpans } from '../../../../shared/ropa/ico-template';
import { icoRows, icoTopBlock } from '../../../../shared/spreadsheet/ico-template';
import {
  ICO_HEADING_ROW,
  ICO_SECTION_ROW,
  ICO_SHEET_NAME,
  THIRD_PARTY_SHEET_NAME,
  writeIcoXlsx,
} from '../../../../shared/spreadsheet/write-xlsx';
import { canStream, xlsxTarget } from '../../../../shared/spreadsheet/xlsx-target';

const NOW = '2026-11-25T12:00:00.000Z';
const COLUMNS = icoColumns.length;

/** The workbook read back with exceljs's ordinary (in-memory) reader, as Excel would open it. */
async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`expected the “${name}” sheet`);
  return sheet;
}

/**
 * A cell's value, an empty cell as "": the streaming writer writes an empty answer as an empty
 * cell where the in-memory one writes an empty string, and both show nothing.
 */
const valueOf = (cell: ExcelJS.Cell): ExcelJS.CellValue => cell.value ?? '';

const rowValues = (sheet: ExcelJS.Worksheet, row: number, columns: number): unknown[] =>
  Array.from({ length: columns }, (_, i) => valueOf(sheet.getRow(row).getCell(i + 1)));

/** Every cell's value and look, row by row, to compare two workbooks as a person sees them. */
function cellsOf(sheet: ExcelJS.Worksheet, columns: number) {
  return Array.from({ length: sheet.rowCount }, (_, r) => {
    const row = sheet.getRow(r + 1);
    return {
      height: row.height,
      cells: Array.from({ length: columns }, (_, c) => {
        const cell = row.getCell(c + 1);
        const { font, fill, border, alignment } = cell;
        return { value: valueOf(cell), font, fill, border, alignment };
      }),
    };
  });
}

/**
 * The example's activities copied until there are `count`, each with its own name and linked to
 * the same transfers and LIAs as the activity it copies.
 */
function registerOf(example: Register, count: number): Register {
  const copies = Array.from({ length: count }, (_, i) => {
    const activity = example.activities[i % example.activities.length];
    if (activity === undefined) throw new Error('expected example activities');
    return {
      ...activity,
      id: `${activity.id}-${i}`,
      name: `${activity.name} ${i + 1}`,
      of: activity.id,
    };
  });
  const linked = (ids: readonly string[]) =>
    copies.filter((copy) => ids.includes(copy.of)).map((copy) => copy.id);
  return {
    ...example,
    activities: copies.map(({ of: _, ...activity }) => activity),
    transfers: example.transfers.map((t) => ({ ...t, activityIds: linked(t.activityIds) })),
    lias: example.lias.map((lia) => ({ ...lia, activityIds: linked(lia.activityIds) })),
  };
}

let example: Register;
let streamed: ExcelJS.Workbook;

beforeAll(async () => {
  example = await exampleRegisterWithNotices(NOW);
  streamed = await readBack(await writeIcoXlsx(example, NOW, xlsxTarget(true)));
});

describe('the streamed ICO workbook', () => {
  it('is what the command line writes (Node has exceljs’s streaming writer)', () => {
    expect(canStream()).toBe(true);
  });

  it('freezes the headings and the purpose column, and filters on the heading row', () => {
    const sheet = sheetOf(streamed, ICO_SHEET_NAME);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: ICO_HEADING_ROW });
    expect(sheet.autoFilter).toBe(`A${ICO_HEADING_ROW}:AD${ICO_HEADING_ROW}`);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    expect(sheetOf(streamed, THIRD_PARTY_SHEET_NAME).views[0]).toMatchObject({
      state: 'frozen',
      ySplit: 1,
    });
  });

  it('merges each section’s name across its columns, in alternating tints', () => {
    const sheet = sheetOf(streamed, ICO_SHEET_NAME);
    const row = sheet.getRow(ICO_SECTION_ROW);
    const tints = new Set<string>();
    for (const span of icoSectionSpans()) {
      const first = row.getCell(span.first + 1);
      expect(first.value).toBe(span.section);
      expect(first.font).toMatchObject({ bold: true });
      expect(first.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
      const last = row.getCell(span.first + span.count);
      if (span.count > 1) expect(last.master.address).toBe(first.address);
      expect(last.fill).toEqual(first.fill);
      expect(last.border?.bottom?.style).toBe('thin');
      tints.add(JSON.stringify(first.fill));
    }
    expect(tints.size).toBe(2);
    expect(row.height).toBe(30);
  });

  it('shows bold, shaded headings and wrapped, bordered answers in set column widths', () => {
    const sheet = sheetOf(streamed, ICO_SHEET_NAME);
    expect(sheet.getCell(1, 1)).toMatchObject({
      value: 'Documentation template for controllers',
      font: { bold: true, size: 14 },
    });
    const heading = sheet.getRow(ICO_HEADING_ROW).getCell(2);
    expect(heading.value).toBe(icoColumns[1]?.heading);
    expect(heading.font).toMatchObject({ bold: true });
    expect(heading.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFE7ECEF' } });
    const answer = sheet.getRow(ICO_HEADING_ROW + 1).getCell(2);
    expect(answer.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(answer.border?.left?.style).toBe('thin');
    expect(answer.font?.bold).not.toBe(true);
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(45);
    expect(sheet.getColumn(21).width).toBe(18);
    const parties = sheetOf(streamed, THIRD_PARTY_SHEET_NAME);
    expect(parties.getCell(1, 4)).toMatchObject({ value: 'Services', font: { bold: true } });
    expect(parties.getColumn(4).width).toBe(45);
    expect(parties.getCell(2, 1).alignment).toMatchObject({ wrapText: true });
  });

  it('looks exactly like the in-memory workbook the window writes, cell for cell', async () => {
    const inMemory = await readBack(await writeIcoXlsx(example, NOW, xlsxTarget(false)));
    for (const [name, columns] of [
      [ICO_SHEET_NAME, COLUMNS],
      [THIRD_PARTY_SHEET_NAME, 10],
    ] as const) {
      const a = sheetOf(streamed, name);
      const b = sheetOf(inMemory, name);
      expect(cellsOf(a, columns)).toEqual(cellsOf(b, columns));
      expect(a.columns.map((c) => c.width)).toEqual(b.columns.map((c) => c.width));
      expect(a.views).toEqual(b.views);
    }
    expect(streamed.title).toBe(inMemory.title);
    expect(streamed.creator).toBe('Ropa Desk');
  });
});

describe('a register of 2,000 activities', () => {
  it('writes every activity’s 30 cells as icoRows gives them, under the contact block', async () => {
    const register = registerOf(example, 2_000);
    const sheet = sheetOf(
      await readBack(await writeIcoXlsx(register, NOW, xlsxTarget(true))),
      ICO_SHEET_NAME,
    );
    const expected = icoRows(register);
    expect(sheet.rowCount).toBe(ICO_HEADING_ROW + expected.length);
    expected.forEach((values, index) => {
      expect(rowValues(sheet, ICO_HEADING_ROW + 1 + index, COLUMNS)).toEqual(values);
    });
    icoTopBlock(register).rows.forEach((values, index) => {
      expect(rowValues(sheet, 3 + index, 4)).toEqual(values);
    });
  });
});
