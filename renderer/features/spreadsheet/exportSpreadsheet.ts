/**
 * The register as the ICO's spreadsheet, saved through the platform. exceljs is large, so the
 * writer is loaded only when a person asks for a spreadsheet, never with the window.
 */
import dayjs from 'dayjs';
import type { SaveFileResponse } from '../../../shared/ipc/contract';
import { snapshot } from '../../db/repos/register';
import { saveOutput } from '../../pdf/saveOutput';

/** Characters some file system refuses in a name. */
const UNSAFE = /[\\/:*?"<>|]+/g;

/** "Konnect Communities C.I.C. ROPA 2026-11-25.xlsx". */
export function spreadsheetFileName(organisation: string | undefined, date: Date): string {
  const printable = [...(organisation ?? '')].filter((char) => char >= ' ').join('');
  const name = printable.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return `${name || 'Register'} ROPA ${dayjs(date).format('YYYY-MM-DD')}.xlsx`;
}

/** Builds the workbook from a snapshot of the register and offers it to be saved. */
export async function exportIcoSpreadsheet(): Promise<SaveFileResponse> {
  const [{ writeIcoXlsx }, register] = await Promise.all([
    import('../../../shared/spreadsheet/write-xlsx'),
    snapshot({ auditTrail: false }),
  ]);
  const now = new Date();
  const bytes = await writeIcoXlsx(register, now.toISOString());
  return saveOutput(
    spreadsheetFileName(register.organisation?.name, now),
    bytes as Uint8Array<ArrayBuffer>,
  );
}
