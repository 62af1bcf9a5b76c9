/** The rights requests list's rows: clock, search, filters and sort, as pure functions. */
import {
  rightsRequestKindLabels,
  type RightsRequest,
  type RightsRequestKind,
} from '../../../shared/domain';
import { rightsRequestName } from '../../../shared/logs/names';
import {
  rightsClock,
  rightsClockStateLabels,
  type RightsClock,
  type RightsClockState,
} from '../../../shared/logs/rights-clock';
import { rightsRequestStatusLabels } from './rights-request-fields';

export interface RightsRequestRow {
  request: RightsRequest;
  name: string;
  kind: string;
  clock: RightsClock;
  status: string;
  /** Lower-case text the search looks in. */
  haystack: string;
}

export const rightsRequestSortColumns = [
  'requester',
  'kind',
  'receivedOn',
  'due',
  'status',
] as const;
export type RightsRequestSortColumn = (typeof rightsRequestSortColumns)[number];
export interface RightsRequestSort {
  column: RightsRequestSortColumn;
  direction: 'asc' | 'desc';
}

export interface RightsRequestFilters {
  search: string;
  kind: RightsRequestKind | null;
  state: RightsClockState | null;
}

/** The most pressing first, as a person works through the log. */
const urgency: readonly RightsClockState[] = ['overdue', 'due-soon', 'due', 'paused', 'closed'];

/** The day that matters for a row: when it is due, would be due, or was due. */
export const clockDate = (clock: RightsClock): string =>
  clock.state === 'paused' ? clock.dueIfResumedToday : clock.dueOn;

export function toRightsRequestRows(
  requests: readonly RightsRequest[],
  today: string,
): RightsRequestRow[] {
  return requests.map((request) => {
    const clock = rightsClock(request, today);
    const kind = rightsRequestKindLabels[request.kind];
    const status = rightsRequestStatusLabels[request.status];
    return {
      request,
      name: request.requester,
      kind,
      clock,
      status,
      haystack: [
        rightsRequestName(request),
        kind,
        request.channel,
        request.details,
        status,
        rightsClockStateLabels[clock.state],
      ]
        .join('\n')
        .toLowerCase(),
    };
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

const compare: Record<
  RightsRequestSortColumn,
  (a: RightsRequestRow, b: RightsRequestRow) => number
> = {
  requester: (a, b) => collator.compare(a.name, b.name),
  kind: (a, b) => collator.compare(a.kind, b.kind),
  receivedOn: (a, b) => a.request.receivedOn.localeCompare(b.request.receivedOn),
  due: (a, b) =>
    urgency.indexOf(a.clock.state) - urgency.indexOf(b.clock.state) ||
    clockDate(a.clock).localeCompare(clockDate(b.clock)),
  status: (a, b) => collator.compare(a.status, b.status),
};

/** The rows matching every word of the search and the filters, in the chosen order. */
export function selectRightsRequestRows(
  rows: readonly RightsRequestRow[],
  filters: RightsRequestFilters,
  sort: RightsRequestSort,
): RightsRequestRow[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter(
      (row) =>
        (filters.kind === null || row.request.kind === filters.kind) &&
        (filters.state === null || row.clock.state === filters.state) &&
        words.every((word) => row.haystack.includes(word)),
    )
    .sort(
      (a, b) =>
        sign * compare[sort.column](a, b) ||
        b.request.receivedOn.localeCompare(a.request.receivedOn) ||
        compare.requester(a, b),
    );
}

export const nextSort = (
  current: RightsRequestSort,
  column: RightsRequestSortColumn,
): RightsRequestSort =>
  current.column === column
    ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { column, direction: 'asc' };
