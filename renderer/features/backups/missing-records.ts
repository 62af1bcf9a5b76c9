/**
 * At start, the register on this computer against the last backup: fewer records in any table
 * than the backup holds means IndexedDB may have lost them (a cleared store, a full disk).
 * The audit trail is left out: it only grows, and every record lost shows in its own table.
 */
import type { Register } from '../../../shared/domain';
import { snapshot } from '../../db/repos/register';
import type { Counts } from './words';

export type RecordCounts = Omit<Counts, 'auditEvents'>;

export interface MissingRecords {
  table: keyof RecordCounts;
  inBackup: number;
  now: number;
}

/** The tables holding fewer records now than in the backup, in the backup's table order. */
export function missingRecords(now: RecordCounts, backup: Counts): MissingRecords[] {
  return (Object.keys(now) as (keyof RecordCounts)[])
    .filter((table) => now[table] < (backup[table] ?? 0))
    .map((table) => ({ table, inBackup: backup[table], now: now[table] }));
}

/** Record counts of `register` in the backup manifest's shape, its audit trail left out. */
export function countsOf(register: Register): RecordCounts {
  const { auditEvents: _trail, ...tables } = register;
  const entries = Object.entries(tables).map(([table, value]) => [
    table,
    Array.isArray(value) ? value.length : value === null ? 0 : 1,
  ]);
  return Object.fromEntries(entries) as RecordCounts;
}

/** Record counts of the register as stored now. */
export async function registerCounts(): Promise<RecordCounts> {
  return countsOf(await snapshot({ auditTrail: false }));
}
