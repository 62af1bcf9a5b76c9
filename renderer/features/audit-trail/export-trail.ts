/** The trail (as filtered) to a CSV file, read in parts so a long trail never freezes the window. */
import dayjs from 'dayjs';
import { auditCsvRow, csvFile } from '../../../shared/audit/csv';
import { safeFileName } from '../../../shared/util/file-name';
import { auditEventsAt } from '../../db/repos/audit-trail';

const PART = 1000;

/** The CSV of the events `seqs`, oldest first, as an audit trail reads. */
export async function trailCsv(
  seqs: readonly number[],
  onProgress: (done: number) => void,
): Promise<string> {
  const ordered = [...seqs].sort((a, b) => a - b);
  const rows: string[] = [];
  for (let start = 0; start < ordered.length; start += PART) {
    const events = await auditEventsAt(ordered.slice(start, start + PART));
    rows.push(...events.map(auditCsvRow));
    onProgress(rows.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return csvFile(rows);
}

/** "Audit trail Konnect Communities C.I.C. 2026-11-25.csv"; a filtered one says so. */
export const trailFileName = (organisation: string, filtered: boolean, today = dayjs()): string =>
  `${safeFileName(`Audit trail ${organisation.trim() || 'Our organisation'}${filtered ? ' (filtered)' : ''}`, 110)} ${today.format('YYYY-MM-DD')}.csv`;
