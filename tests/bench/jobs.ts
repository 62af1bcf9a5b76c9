/**
 * The measurements that run in a child process of their own (so each peak RSS belongs to one
 * job): the product's xlsx export and Article 30 PDF, and the baselines on the same
 * content — an exceljs streaming writer, and a straightforward single-table pdfmake document.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { pdfBytes } from '../../electron/cli/pdf';
import type { Register } from '../../shared/domain/register';
import { registerChecksum } from '../../shared/register-file/format';
import { defaultReportOptions, ropaReport } from '../../shared/reports';
import { sortedActivities } from '../../shared/reports/ropa';
import { icoCells, icoColumns, icoSections } from '../../shared/ropa/ico-template';
import { icoRows, icoTopBlock, icoTopBlockHeadings } from '../../shared/spreadsheet/ico-template';
import {
  ICO_SHEET_NAME,
  THIRD_PARTY_SHEET_NAME,
  writeIcoXlsx,
} from '../../shared/spreadsheet/write-xlsx';

export const NOW = '2026-11-25T12:00:00.000Z';

/** What the CLI's `report ropa` does after reading the file: the definition, then pdfmake. */
async function ropaPdf(register: Register): Promise<number> {
  const definition = ropaReport({
    register,
    checksum: await registerChecksum(register),
    generatedAt: NOW,
    options: defaultReportOptions,
  });
  return (await pdfBytes(definition)).byteLength;
}

/** Every ICO column of every activity as label and value rows of one table, nothing else. */
async function singleTablePdf(register: Register): Promise<number> {
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

async function xlsx(register: Register): Promise<number> {
  return (await writeIcoXlsx(register, NOW)).byteLength;
}

/** The same sheets and cells through exceljs's streaming writer, to a temporary file. */
async function streamingXlsx(register: Register): Promise<number> {
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
  pdf: ropaPdf,
  'pdf-table': singleTablePdf,
} satisfies Record<string, (register: Register) => Promise<number>>;

export type ChildJob = keyof typeof childJobs;

export const isChildJob = (name: string): name is ChildJob => name in childJobs;
