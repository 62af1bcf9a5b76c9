/**
 * The measurements that run in a child process of their own (so each peak RSS belongs to one
 * job): the product's xlsx export, its import up to the preview, and the Article 30 PDF, and the
 * issue's baselines on the same content — an exceljs streaming writer with plain rows, and a
 * straightforward single-table pdfmake document. Each job loads its own modules when it starts,
 * so a child's memory before the job is the register alone and the job's peak counts the code it
 * needs (the libraries' own footprint is part of what each approach costs).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Register } from '../../shared/domain/register';

export const NOW = '2026-11-25T12:00:00.000Z';

/**
 * What `report ropa` does after reading the file: chunks drawn in two worker threads, merged.
 * The bench runs the workers bundled (BENCH_ROPA_WORKER, from run.ts), as the window ships them.
 */
async function ropaPdf(register: Register): Promise<number> {
  const [{ ropaPdfBytes }, { registerChecksum }, { defaultReportOptions }] = await Promise.all([
    import('../../electron/cli/ropa-pool'),
    import('../../shared/register-file/format'),
    import('../../shared/reports/frame'),
  ]);
  const bundled = process.env.BENCH_ROPA_WORKER;
  const bytes = await ropaPdfBytes(
    {
      register,
      checksum: await registerChecksum(register),
      generatedAt: NOW,
      options: defaultReportOptions,
    },
    bundled === undefined ? undefined : pathToFileURL(bundled),
  );
  return bytes.byteLength;
}

/** Every ICO column of every activity as label and value rows of one table, nothing else. */
async function singleTablePdf(register: Register): Promise<number> {
  const [{ pdfBytes }, { sortedActivities }, { icoCells, icoSections }] = await Promise.all([
    import('../../electron/cli/pdf'),
    import('../../shared/reports/ropa'),
    import('../../shared/ropa/ico-template'),
  ]);
  const labels = icoSections.flatMap(({ columns }) => columns);
  const body: TableCell[][] = [];
  for (const activity of sortedActivities(register)) {
    body.push([{ text: activity.name, bold: true, colSpan: 2 }, {}]);
    icoCells(register, activity).forEach((cell, index) => {
      body.push([labels[index] ?? '', cell]);
    });
  }
  const content: Content = { table: { widths: [170, '*'], body }, fontSize: 9.5 };
  return (await pdfBytes({ content })).byteLength;
}

const writer = () => import('../../shared/spreadsheet/write-xlsx');

async function xlsx(register: Register): Promise<number> {
  const { writeIcoXlsx } = await writer();
  return (await writeIcoXlsx(register, NOW)).byteLength;
}

/** Where the parent leaves the exported workbook of each size for the import job to read. */
const importFile = (size: number) => join(tmpdir(), `ropa-bench-import-${size}.xlsx`);

/** Exports the register for `xlsx-import`, outside the timed job; returns the file to remove. */
export async function prepareXlsxImport(register: Register): Promise<string> {
  const { writeIcoXlsx } = await writer();
  const file = importFile(register.activities.length);
  writeFileSync(file, await writeIcoXlsx(register, NOW));
  return file;
}

/**
 * What the window does from the file a person picks to the preview shown before they confirm:
 * read the workbook, find the table, and plan the activities into an empty register.
 */
async function xlsxImport(register: Register): Promise<number> {
  const [{ emptyRegister }, { detectLayout, planImport, readSpreadsheet }] = await Promise.all([
    import('../../shared/domain/register'),
    import('../../shared/spreadsheet/import'),
  ]);
  const file = importFile(register.activities.length);
  const text = await readSpreadsheet(new Uint8Array(readFileSync(file)), basename(file));
  let id = 0;
  const plan = planImport(text, detectLayout(text), {
    register: emptyRegister(),
    now: NOW,
    newId: () => `imported-${++id}`,
  });
  return plan.activities.length;
}

/** The same sheets and cells through exceljs's streaming writer, to a temporary file. */
async function streamingXlsx(register: Register): Promise<number> {
  const [{ default: ExcelJS }, { icoColumns }, ico, { ICO_SHEET_NAME, THIRD_PARTY_SHEET_NAME }] =
    await Promise.all([
      import('exceljs'),
      import('../../shared/ropa/ico-template'),
      import('../../shared/spreadsheet/ico-template'),
      writer(),
    ]);
  const { icoRows, icoTopBlock, icoTopBlockHeadings } = ico;
  const folder = mkdtempSync(join(tmpdir(), 'ropa-bench-'));
  try {
    const filename = join(folder, 'register.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename });
    const sheet = workbook.addWorksheet(ICO_SHEET_NAME);
    const top = icoTopBlock(register);
    sheet.addRow([top.title]).commit();
    sheet.addRow(['', ...icoTopBlockHeadings]).commit();
    for (const values of top.rows) sheet.addRow(values).commit();
    sheet.addRow(icoColumns.map((column) => column.heading)).commit();
    for (const values of icoRows(register)) sheet.addRow(values).commit();
    sheet.commit();
    const parties = workbook.addWorksheet(THIRD_PARTY_SHEET_NAME);
    for (const party of register.thirdParties) {
      parties.addRow([party.name, party.kind, party.type, party.services]).commit();
    }
    parties.commit();
    await workbook.commit();
    return 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const childJobs = {
  xlsx,
  'xlsx-stream': streamingXlsx,
  'xlsx-import': xlsxImport,
  pdf: ropaPdf,
  'pdf-table': singleTablePdf,
} satisfies Record<string, (register: Register) => Promise<number>>;

export type ChildJob = keyof typeof childJobs;

export const isChildJob = (name: string): name is ChildJob => name in childJobs;
