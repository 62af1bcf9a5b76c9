/**
 * The register as an .xlsx laid out like the ICO's documentation template (and a sheet of
 * third parties). No node:* imports: the window loads this with a dynamic import too.
 */
import ExcelJS from 'exceljs';
import { contractStatusLabels, thirdPartyKindLabels, thirdPartyTypeLabels } from '../domain/enums';
import type { Register } from '../domain/register';
import { countryName } from '../reference/countries';
import { icoColumns, icoSectionSpans } from '../ropa/ico-template';
import { icoRows, icoTopBlock, icoTopBlockHeadings } from './ico-template';

export const ICO_SHEET_NAME = 'Record of processing';
export const THIRD_PARTY_SHEET_NAME = 'Third parties';

/** Where the table starts, so readers (and the import) can find it. */
export const ICO_SECTION_ROW = 8;
export const ICO_HEADING_ROW = ICO_SECTION_ROW + 1;

const HEADING_FILL = 'FFE7ECEF';
/** Alternating tints so each section's columns read as a group, as in the ICO sheet. */
const SECTION_FILLS = ['FFD9EAD3', 'FFCFE2F3'];
const THIN = { style: 'thin' as const, color: { argb: 'FF9AA5AD' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Column widths in characters: short answers narrow, free text wide. */
const NARROW = new Set([20, 21, 23, 28]);
const WIDE = new Set([1, 4, 5, 10, 11, 15]);
const widthOf = (index: number): number => (NARROW.has(index) ? 18 : WIDE.has(index) ? 45 : 30);

const solid = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb },
});

function addIcoSheet(workbook: ExcelJS.Workbook, register: Register): void {
  const sheet = workbook.addWorksheet(ICO_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: ICO_HEADING_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = icoColumns.map((_, index) => ({ width: widthOf(index) }));

  const top = icoTopBlock(register);
  const title = sheet.getCell(1, 1);
  title.value = top.title;
  title.font = { bold: true, size: 14 };
  const blockHeader = sheet.getRow(2);
  icoTopBlockHeadings.forEach((heading, index) => {
    const cell = blockHeader.getCell(index + 2);
    cell.value = heading;
    cell.font = { bold: true };
    cell.fill = solid(HEADING_FILL);
    cell.border = BORDER;
  });
  top.rows.forEach((values, rowIndex) => {
    const row = sheet.getRow(3 + rowIndex);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.value = value;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = BORDER;
      if (index === 0) cell.font = { bold: true };
    });
  });

  const sectionRow = sheet.getRow(ICO_SECTION_ROW);
  icoSectionSpans().forEach((span, index) => {
    const first = span.first + 1;
    const last = first + span.count - 1;
    if (span.count > 1) sheet.mergeCells(ICO_SECTION_ROW, first, ICO_SECTION_ROW, last);
    const cell = sectionRow.getCell(first);
    cell.value = span.section;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let column = first; column <= last; column++) {
      const each = sectionRow.getCell(column);
      each.fill = solid(SECTION_FILLS[index % 2] ?? HEADING_FILL);
      each.border = BORDER;
    }
  });
  sectionRow.height = 30;

  const headingRow = sheet.getRow(ICO_HEADING_ROW);
  icoColumns.forEach((column, index) => {
    const cell = headingRow.getCell(index + 1);
    cell.value = column.heading;
    cell.font = { bold: true };
    cell.fill = solid(HEADING_FILL);
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = BORDER;
  });
  headingRow.height = 75;

  icoRows(register).forEach((values, rowIndex) => {
    const row = sheet.getRow(ICO_HEADING_ROW + 1 + rowIndex);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.value = value;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = BORDER;
    });
  });
  sheet.autoFilter = {
    from: { row: ICO_HEADING_ROW, column: 1 },
    to: { row: ICO_HEADING_ROW, column: icoColumns.length },
  };
}

const THIRD_PARTY_HEADINGS = [
  'Name',
  'Role',
  'Type',
  'Services',
  'Countries',
  'Contract status',
  'Contract document or reference',
  'Contract signed',
  'Contract expires',
  'Due diligence last checked',
] as const;

function addThirdPartySheet(workbook: ExcelJS.Workbook, register: Register): void {
  const sheet = workbook.addWorksheet(THIRD_PARTY_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = THIRD_PARTY_HEADINGS.map((heading) => ({
    header: heading,
    width: heading === 'Services' ? 45 : 24,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = solid(HEADING_FILL);
    cell.border = BORDER;
  });
  for (const party of register.thirdParties) {
    const row = sheet.addRow([
      party.name,
      thirdPartyKindLabels[party.kind],
      thirdPartyTypeLabels[party.type],
      party.services,
      party.countries.map(countryName).join(', '),
      contractStatusLabels[party.contract.status],
      party.contract.document.trim() || party.contract.reference.trim(),
      party.contract.signedOn ?? '',
      party.contract.expiresOn ?? '',
      party.dueDiligence.checkedOn ?? '',
    ]);
    row.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = BORDER;
    });
  }
}

/** The workbook's bytes; `now` (an ISO timestamp) stamps its properties. */
export async function writeIcoXlsx(register: Register, now: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ropa Desk';
  workbook.created = new Date(now);
  workbook.modified = new Date(now);
  workbook.title = `Record of processing activities${register.organisation ? ` — ${register.organisation.name}` : ''}`;
  addIcoSheet(workbook, register);
  addThirdPartySheet(workbook, register);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
