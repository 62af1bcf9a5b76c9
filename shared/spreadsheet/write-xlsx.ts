/**
 * The register as an .xlsx laid out like the ICO's documentation template (and a sheet of
 * third parties), committed row by row so a streaming writer holds one row at a time. No node:*
 * imports: the window loads this with a dynamic import too.
 */
import type ExcelJS from 'exceljs';
import { contractStatusLabels, thirdPartyKindLabels, thirdPartyTypeLabels } from '../domain/enums';
import type { Register } from '../domain/register';
import { countryName } from '../reference/countries';
import { icoColumns, icoSectionSpans } from '../ropa/ico-template';
import { icoTopBlock, icoTopBlockHeadings } from './ico-template';
import { icoRowStream } from './ico-row-stream';
import { xlsxTarget, type XlsxTarget } from './xlsx-target';

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

/**
 * Each look is one style object shared by every cell that has it, never changed once made: the
 * writer recognises an object it has seen and skips working its style out again, cell by cell.
 */
const BOLD: Partial<ExcelJS.Font> = { bold: true };
const TOP_WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const TITLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 } };
const TEXT: Partial<ExcelJS.Style> = { alignment: TOP_WRAPPED, border: BORDER };
const FIELD: Partial<ExcelJS.Style> = { ...TEXT, font: BOLD };
const HEADING: Partial<ExcelJS.Style> = { ...FIELD, fill: solid(HEADING_FILL) };
/** The third-party sheet's and the contact block's headings: not wrapped. */
const LABEL: Partial<ExcelJS.Style> = { font: BOLD, fill: solid(HEADING_FILL), border: BORDER };
/** A section's name, centred across its merged cells, which all share the look. */
const SECTIONS: Partial<ExcelJS.Style>[] = SECTION_FILLS.map((argb) => ({
  font: BOLD,
  fill: solid(argb),
  border: BORDER,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
}));

function put(row: ExcelJS.Row, column: number, value: string, style: Partial<ExcelJS.Style>) {
  const cell = row.getCell(column);
  cell.value = value;
  cell.style = style;
}

function addTopBlock(sheet: ExcelJS.Worksheet, register: Register): void {
  const top = icoTopBlock(register);
  const titleRow = sheet.getRow(1);
  put(titleRow, 1, top.title, TITLE);
  titleRow.commit();
  const blockHeader = sheet.getRow(2);
  icoTopBlockHeadings.forEach((heading, index) => put(blockHeader, index + 2, heading, LABEL));
  blockHeader.commit();
  top.rows.forEach((values, rowIndex) => {
    const row = sheet.getRow(3 + rowIndex);
    values.forEach((value, index) => put(row, index + 1, value, index === 0 ? FIELD : TEXT));
    row.commit();
  });
}

function addSectionRow(sheet: ExcelJS.Worksheet): void {
  const sectionRow = sheet.getRow(ICO_SECTION_ROW);
  icoSectionSpans().forEach((span, index) => {
    const first = span.first + 1;
    const last = first + span.count - 1;
    if (span.count > 1) sheet.mergeCells(ICO_SECTION_ROW, first, ICO_SECTION_ROW, last);
    const style = SECTIONS[index % 2] ?? HEADING;
    put(sectionRow, first, span.section, style);
    for (let column = first + 1; column <= last; column++) {
      sectionRow.getCell(column).style = style;
    }
  });
  sectionRow.height = 30;
  sectionRow.commit();
}

function addIcoSheet(target: XlsxTarget, register: Register): void {
  const sheet = target.workbook.addWorksheet(ICO_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: ICO_HEADING_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // A streaming writer writes the columns and the filter with the sheet's first and last rows.
  sheet.columns = icoColumns.map((_, index) => ({ width: widthOf(index) }));
  sheet.autoFilter = {
    from: { row: ICO_HEADING_ROW, column: 1 },
    to: { row: ICO_HEADING_ROW, column: icoColumns.length },
  };
  addTopBlock(sheet, register);
  addSectionRow(sheet);

  const headingRow = sheet.getRow(ICO_HEADING_ROW);
  icoColumns.forEach((column, index) => put(headingRow, index + 1, column.heading, HEADING));
  headingRow.height = 75;
  headingRow.commit();

  let number = ICO_HEADING_ROW;
  for (const values of icoRowStream(register)) {
    const row = sheet.getRow(++number);
    values.forEach((value, index) => put(row, index + 1, value, TEXT));
    row.commit();
  }
  target.finishSheet(sheet);
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

function addThirdPartySheet(target: XlsxTarget, register: Register): void {
  const sheet = target.workbook.addWorksheet(THIRD_PARTY_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = THIRD_PARTY_HEADINGS.map((heading) => ({
    width: heading === 'Services' ? 45 : 24,
  }));
  const header = sheet.getRow(1);
  // Bold on the row too, so a heading typed into a further column matches.
  header.font = BOLD;
  THIRD_PARTY_HEADINGS.forEach((heading, index) => put(header, index + 1, heading, LABEL));
  header.commit();
  register.thirdParties.forEach((party, index) => {
    const row = sheet.getRow(2 + index);
    [
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
    ].forEach((value, column) => put(row, column + 1, value, TEXT));
    row.commit();
  });
  target.finishSheet(sheet);
}

/** The workbook's bytes; `now` (an ISO timestamp) stamps its properties. */
export async function writeIcoXlsx(
  register: Register,
  now: string,
  target: XlsxTarget = xlsxTarget(),
): Promise<Uint8Array> {
  const { workbook } = target;
  workbook.creator = 'Ropa Desk';
  workbook.lastModifiedBy = 'Ropa Desk';
  workbook.created = new Date(now);
  workbook.modified = new Date(now);
  workbook.title = `Record of processing activities${register.organisation ? ` — ${register.organisation.name}` : ''}`;
  addIcoSheet(target, register);
  addThirdPartySheet(target, register);
  return target.bytes();
}
