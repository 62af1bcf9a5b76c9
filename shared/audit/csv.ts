/**
 * The audit trail as CSV (RFC 4180: quoted where needed, CRLF line ends) for a spreadsheet or
 * an auditor. A cell a spreadsheet would run as a formula is prefixed with a quote mark.
 */
import type { AuditEvent } from '../domain/audit';
import { diffRecords } from './diff';

export const AUDIT_CSV_HEADER = [
  'seq',
  'when (ISO)',
  'who',
  'record kind',
  'record id',
  'action',
  'summary',
  'fields changed',
  'hash',
  'previous hash',
] as const;

/** Spreadsheets run a cell starting with these as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-safe, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvRow = (cells: readonly (string | number)[]): string => cells.map(csvCell).join(',');

/** The paths of the fields an event changed, e.g. "name; retention.period". */
export const changedFields = (event: Pick<AuditEvent, 'before' | 'after'>): string =>
  diffRecords(event.before, event.after)
    .map((change) => change.path)
    .join('; ');

/** One event's row. */
export const auditCsvRow = (event: AuditEvent): string =>
  csvRow([
    event.seq,
    event.at,
    event.actor,
    event.entity,
    event.entityId,
    event.action,
    event.summary,
    changedFields(event),
    event.hash,
    event.prevHash,
  ]);

/** A file from rows already made: the header first, each line ending in CRLF. */
export const csvFile = (rows: readonly string[]): string =>
  [csvRow(AUDIT_CSV_HEADER), ...rows].map((row) => `${row}\r\n`).join('');

/** The whole file for `events`, in the order given. */
export const auditTrailCsv = (events: readonly AuditEvent[]): string =>
  csvFile(events.map(auditCsvRow));
