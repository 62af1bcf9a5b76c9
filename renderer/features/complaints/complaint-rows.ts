/** The complaints list's rows: acknowledgement clock, search, filter and sort, as pure functions. */
import type { Complaint, LogStatus } from '../../../shared/domain';
import {
  acknowledgementClock,
  type AcknowledgementClock,
} from '../../../shared/logs/complaints-clock';
import { complaintOutcomeLabels, complaintStatusLabels } from './complaint-fields';

export interface ComplaintRow {
  complaint: Complaint;
  clock: AcknowledgementClock;
  outcome: string;
  status: string;
  haystack: string;
}

export const complaintSortColumns = [
  'complainant',
  'receivedOn',
  'acknowledgement',
  'outcome',
  'status',
] as const;
export type ComplaintSortColumn = (typeof complaintSortColumns)[number];
export interface ComplaintSort {
  column: ComplaintSortColumn;
  direction: 'asc' | 'desc';
}

export interface ComplaintFilters {
  search: string;
  status: LogStatus | null;
}

export function toComplaintRows(
  complaints: readonly Complaint[],
  today: string,
  acknowledgeWithinDays: number,
): ComplaintRow[] {
  return complaints.map((complaint) => {
    const outcome = complaint.outcome ? complaintOutcomeLabels[complaint.outcome] : '—';
    const status = complaintStatusLabels[complaint.status];
    return {
      complaint,
      clock: acknowledgementClock(complaint, today, acknowledgeWithinDays),
      outcome,
      status,
      haystack: [complaint.complainant, complaint.channel, complaint.summary, outcome, status]
        .join('\n')
        .toLowerCase(),
    };
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const urgency = ['overdue', 'due', 'acknowledged', 'closed'] as const;

const compare: Record<ComplaintSortColumn, (a: ComplaintRow, b: ComplaintRow) => number> = {
  complainant: (a, b) => collator.compare(a.complaint.complainant, b.complaint.complainant),
  receivedOn: (a, b) => a.complaint.receivedOn.localeCompare(b.complaint.receivedOn),
  acknowledgement: (a, b) =>
    urgency.indexOf(a.clock.state) - urgency.indexOf(b.clock.state) ||
    a.clock.dueOn.localeCompare(b.clock.dueOn),
  outcome: (a, b) => collator.compare(a.outcome, b.outcome),
  status: (a, b) => collator.compare(a.status, b.status),
};

export function selectComplaintRows(
  rows: readonly ComplaintRow[],
  filters: ComplaintFilters,
  sort: ComplaintSort,
): ComplaintRow[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter(
      (row) =>
        (filters.status === null || row.complaint.status === filters.status) &&
        words.every((word) => row.haystack.includes(word)),
    )
    .sort(
      (a, b) =>
        sign * compare[sort.column](a, b) ||
        b.complaint.receivedOn.localeCompare(a.complaint.receivedOn) ||
        compare.complainant(a, b),
    );
}

export const nextSort = (current: ComplaintSort, column: ComplaintSortColumn): ComplaintSort =>
  current.column === column
    ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { column, direction: 'asc' };
