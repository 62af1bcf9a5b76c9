/** The review calendar's rows: what is due, filtered by kind and words, in the order chosen. */
import dayjs from 'dayjs';
import type { DueBuckets, DueItem } from '../../../shared/reviews/schedule';
import { recordKindNames, reviewableKinds, type ReviewableKind } from '../../../shared/domain';
import { daysFrom } from '../../../shared/reviews/months';

/** What the kind filter offers: a reviewable kind, contracts, or the ICO registration. */
export type CalendarKind = ReviewableKind | 'contract' | 'ico-registration';
export type CalendarFilter = CalendarKind | 'all';

export const calendarKindLabels: Record<CalendarKind, string> = {
  ...Object.fromEntries(reviewableKinds.map((kind) => [kind, recordKindNames[kind].many])),
  contract: 'Contract renewals',
  'ico-registration': 'ICO registration',
} as Record<CalendarKind, string>;

export const bucketIds = [
  'overdue',
  'within30',
  'within90',
  'later',
] as const satisfies readonly (keyof DueBuckets)[];
export type BucketId = (typeof bucketIds)[number];

export const bucketLabels: Record<BucketId, string> = {
  overdue: 'Overdue',
  within30: 'Next 30 days',
  within90: 'Next 90 days',
  later: 'Later',
};

export const kindOf = (item: DueItem): CalendarKind =>
  item.kind === 'review' ? (item.record.kind as ReviewableKind) : item.kind;

export type CalendarSortColumn = 'due' | 'label' | 'kind';
export interface CalendarSort {
  column: CalendarSortColumn;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

export function selectDue(
  items: readonly DueItem[],
  filter: CalendarFilter,
  search: string,
  sort: CalendarSort,
): DueItem[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const compare: Record<CalendarSortColumn, (a: DueItem, b: DueItem) => number> = {
    due: (a, b) => a.due.localeCompare(b.due),
    label: (a, b) => collator.compare(a.label, b.label),
    kind: (a, b) => collator.compare(calendarKindLabels[kindOf(a)], calendarKindLabels[kindOf(b)]),
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return items
    .filter((item) => filter === 'all' || kindOf(item) === filter)
    .filter((item) => {
      const text = `${item.label} ${calendarKindLabels[kindOf(item)]}`.toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => sign * compare[sort.column](a, b) || a.due.localeCompare(b.due));
}

export const nextSort = (current: CalendarSort, column: CalendarSortColumn): CalendarSort =>
  current.column === column
    ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { column, direction: 'asc' };

/** "Overdue by 3 days", "Due today", "In 12 days"; beyond two months, in months and years. */
export function dueWords(due: string, today: string): string {
  const days = daysFrom(today, due);
  if (days === 0) return 'Due today';
  const span = Math.abs(days) < 60 ? plural(Math.abs(days), 'day') : monthsWords(due, today);
  return days < 0 ? `Overdue by ${span}` : `In ${span}`;
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

function monthsWords(due: string, today: string): string {
  const months = Math.abs(dayjs(due).diff(dayjs(today), 'month'));
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return plural(rest, 'month');
  return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')}, ${plural(rest, 'month')}`;
}
