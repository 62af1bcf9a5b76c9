/** The preview's rows, derived from a plan: activities with their key fields, and readings to check. */
import { lawfulBasisLabels, type Activity } from '../../../shared/domain';
import type { ImportPlan, Reading } from '../../../shared/spreadsheet/import/contract';

export interface PlannedActivityRow {
  id: string;
  name: string;
  businessFunction: string;
  lawfulBasis: string;
  recipients: string;
  toConfirm: number;
}

export type ActivityColumn =
  'name' | 'businessFunction' | 'lawfulBasis' | 'recipients' | 'toConfirm';

export function plannedActivityRows(plan: ImportPlan): PlannedActivityRow[] {
  const names = new Map(
    [...plan.thirdParties, ...plan.reusedThirdParties].map((party) => [party.id, party.name]),
  );
  return plan.activities.map((activity: Activity) => ({
    id: activity.id,
    name: activity.name || 'Untitled activity',
    businessFunction: activity.businessFunction,
    lawfulBasis: activity.lawfulBasis ? lawfulBasisLabels[activity.lawfulBasis] : 'Not stated',
    recipients: activity.recipientIds
      .map((id) => names.get(id) ?? '')
      .filter(Boolean)
      .join(', '),
    toConfirm: activity.toConfirm.length,
  }));
}

export function sortActivityRows(
  rows: readonly PlannedActivityRow[],
  sort: { column: ActivityColumn; direction: 'asc' | 'desc' },
): PlannedActivityRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'en-GB', { sensitivity: 'base' });
    return order * sign;
  });
}

/** Whether the person has settled a reading: its field is no longer on its record's to-confirm list. */
export function isSettled(plan: ImportPlan, reading: Reading): boolean {
  const records =
    reading.recordKind === 'activity'
      ? plan.activities
      : reading.recordKind === 'thirdParty'
        ? plan.thirdParties
        : plan.transfers;
  const record = records.find((r) => r.id === reading.recordId);
  return record !== undefined && !record.toConfirm.includes(reading.path);
}

/** Readings matching a search (row number, heading, cell text or reading) and, optionally, one record. */
export function filterReadings(
  readings: readonly Reading[],
  search: string,
  recordId: string | null,
): Reading[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return readings.filter((reading) => {
    if (recordId !== null && reading.recordId !== recordId) return false;
    const haystack =
      `${reading.row} ${reading.heading} ${reading.source} ${reading.reading}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
