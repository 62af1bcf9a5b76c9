/** The breach log's rows: clock, search and sort, as pure functions of the log and the time. */
import type { Breach } from '../../../shared/domain';
import {
  breachClock,
  breachClockStateLabels,
  breachClockStates,
  type BreachClock,
} from '../../../shared/logs/breach-clock';
import { londonShort } from '../../../shared/logs/london-time';
import { breachStatusLabels, reportedShortLabels, riskShortLabels } from './breach-fields';

export interface BreachRow {
  breach: Breach;
  clock: BreachClock;
  awareSince: string;
  risk: string;
  reported: string;
  status: string;
  /** Lower-case text the search looks in. */
  haystack: string;
}

export const breachSortColumns = [
  'title',
  'discoveredAt',
  'clock',
  'risk',
  'reported',
  'status',
] as const;
export type BreachSortColumn = (typeof breachSortColumns)[number];
export interface BreachSort {
  column: BreachSortColumn;
  direction: 'asc' | 'desc';
}

export function toBreachRows(breaches: readonly Breach[], now: string): BreachRow[] {
  return breaches.map((breach) => {
    const clock = breachClock(breach, now);
    const risk = riskShortLabels[breach.risk];
    const reported = reportedShortLabels[breach.reportedToIco];
    const status = breachStatusLabels[breach.status];
    return {
      breach,
      clock,
      awareSince: londonShort(breach.discoveredAt),
      risk,
      reported,
      status,
      haystack: [
        breach.title,
        breach.whatHappened,
        breach.causes,
        breach.dataAffected,
        breach.peopleAffected,
        breach.icoReference,
        risk,
        reported,
        status,
        breachClockStateLabels[clock.state],
      ]
        .join('\n')
        .toLowerCase(),
    };
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const riskOrder = ['high', 'risk', 'not-assessed', 'unlikely'] as const;

const compare: Record<BreachSortColumn, (a: BreachRow, b: BreachRow) => number> = {
  title: (a, b) => collator.compare(a.breach.title, b.breach.title),
  discoveredAt: (a, b) => Date.parse(a.breach.discoveredAt) - Date.parse(b.breach.discoveredAt),
  // The most pressing first: overdue, then the least time left.
  clock: (a, b) =>
    breachClockStates.indexOf(a.clock.state) - breachClockStates.indexOf(b.clock.state) ||
    a.clock.msLeft - b.clock.msLeft,
  risk: (a, b) => riskOrder.indexOf(a.breach.risk) - riskOrder.indexOf(b.breach.risk),
  reported: (a, b) => collator.compare(a.reported, b.reported),
  status: (a, b) => collator.compare(a.status, b.status),
};

/** The rows matching every word of the search, in the chosen order (latest aware first on ties). */
export function selectBreachRows(
  rows: readonly BreachRow[],
  search: string,
  sort: BreachSort,
): BreachRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => words.every((word) => row.haystack.includes(word)))
    .sort(
      (a, b) =>
        sign * compare[sort.column](a, b) || compare.discoveredAt(b, a) || compare.title(a, b),
    );
}

export const nextSort = (current: BreachSort, column: BreachSortColumn): BreachSort =>
  current.column === column
    ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { column, direction: 'asc' };
