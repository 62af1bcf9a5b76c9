/**
 * A workbook or CSV file's bytes as sheets of cell text. No node:* imports: the window reads the
 * file the person picked with the same code the command line uses.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { SheetGrid, SpreadsheetText } from './contract';

/** Larger than any register a person keeps by hand; refused before parsing so memory stays sane. */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;

/** A file that cannot be read as a spreadsheet; the message says what to do about it. */
export class SpreadsheetReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetReadError';
  }
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: old .xls workbooks, and .xlsx workbooks encrypted with a password. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An encrypted .xlsx names its "EncryptionInfo" stream (UTF-16) in the compound file's directory. */
function namesEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = Array.from('EncryptionInfo').flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Any exceljs cell value as the text a person sees in the cell. */
function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    const text = valueText(value.text as ExcelJS.CellValue);
    // Keep the address: a "Link to DPIA" cell's link is the reference the register needs.
    return text === '' || text === value.hyperlink
      ? value.hyperlink
      : `${text} (${value.hyperlink})`;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return valueText((value.result ?? null) as ExcelJS.CellValue);
  }
  // Error values (#REF!, #N/A) carry no text a register could use.
  return '';
}

function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) {
    // A cell merged down a column (a business function spanning rows) applies to each row;
    // one merged across columns belongs only to its first column.
    return cell.master.col === cell.col ? valueText(cell.master.value) : '';
  }
  return valueText(cell.value);
}

function sheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rows: string[][] = [];
  const width = sheet.columnCount;
  // Formatting can stretch a sheet to a million rows; only rows with values count.
  let last = 0;
  sheet.eachRow((row, number) => {
    last = number;
  });
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1)).trim()));
  }
  return { name: sheet.name, rows };
}

async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<SpreadsheetText> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new SpreadsheetReadError(
      `${fileName} looks like an Excel workbook but cannot be opened: it may be damaged or only partly saved. Open it in Excel or LibreOffice, save it again as .xlsx, and import that copy.`,
    );
  }
  const sheets = workbook.worksheets.map(sheetGrid);
  if (sheets.every((sheet) => sheet.rows.every((row) => row.every((cell) => cell === '')))) {
    throw new SpreadsheetReadError(
      `${fileName} has no text in any of its sheets. Check it is the right file.`,
    );
  }
  return { fileName, sheets };
}

/** UTF-8 as Excel and LibreOffice write it, else the Windows code page older Excel uses for CSV. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The separator that gives the most rows with the same number of cells, over the first rows:
 * Excel writes ";" where the decimal mark is a comma, and free text is full of commas.
 */
function guessDelimiter(text: string): string {
  let best = { delimiter: ',', score: -1, width: 0 };
  for (const delimiter of [',', ';', '\t']) {
    const widths = Papa.parse<string[]>(text, {
      delimiter,
      preview: 30,
      skipEmptyLines: true,
    }).data.map((row) => row.length);
    const tally = new Map<number, number>();
    for (const width of widths) if (width > 1) tally.set(width, (tally.get(width) ?? 0) + 1);
    for (const [width, score] of tally) {
      if (score > best.score || (score === best.score && width > best.width))
        best = { delimiter, score, width };
    }
  }
  return best.delimiter;
}

function readCsv(bytes: Uint8Array, fileName: string): SpreadsheetText {
  if (bytes.includes(0)) {
    throw new SpreadsheetReadError(
      `${fileName} is not an Excel workbook or CSV file. Save the register from your spreadsheet program as .xlsx or .csv and import that.`,
    );
  }
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
  });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  // A final newline leaves one empty row behind.
  while (rows.length > 0 && rows[rows.length - 1]?.every((cell) => cell === '')) rows.pop();
  if (rows.length === 0) {
    throw new SpreadsheetReadError(`${fileName} is empty. Check it is the right file.`);
  }
  const width = Math.max(...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  return { fileName, sheets: [{ name: fileName.replace(/\.[^.]*$/, '') || 'CSV', rows: padded }] };
}

/** The error for a file over the size limit, for callers that check the size before reading. */
export const spreadsheetTooLarge = (fileName: string, size: number): SpreadsheetReadError =>
  new SpreadsheetReadError(
    `${fileName} is ${megabytes(size)}; spreadsheets up to ${megabytes(MAX_SPREADSHEET_BYTES)} can be imported. Remove other sheets, images or unused rows and try again.`,
  );

/** Reads an .xlsx workbook or a CSV file; throws SpreadsheetReadError with what to do. */
export async function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
): Promise<SpreadsheetText> {
  if (bytes.length === 0) {
    throw new SpreadsheetReadError(`${fileName} is empty. Check it is the right file.`);
  }
  if (bytes.length > MAX_SPREADSHEET_BYTES) throw spreadsheetTooLarge(fileName, bytes.length);
  if (startsWith(bytes, CFB)) {
    throw new SpreadsheetReadError(
      namesEncryptionInfo(bytes)
        ? `${fileName} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and import it again.`
        : `${fileName} is in the old Excel 97–2003 (.xls) format. Open it and save it as an Excel workbook (.xlsx), then import that.`,
    );
  }
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, fileName);
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(fileName)) {
    throw new SpreadsheetReadError(
      `${fileName} is not an Excel workbook, although its name says so. Save the register from your spreadsheet program as .xlsx or .csv and import that.`,
    );
  }
  return readCsv(bytes, fileName);
}
