/**
 * Filtering and sorting of the activity list, kept pure (no React, no store) so it can be
 * tested directly and stays fast at 10,000 rows.
 */
import {
  lawfulBasisLabels,
  type Activity,
  type ActivityStatus,
  type LawfulBasis,
} from '../../../shared/domain';

export const activitySortColumns = [
  'name',
  'businessFunction',
  'lawfulBasis',
  'status',
  'nextReview',
  'updatedAt',
] as const;
export type ActivitySortColumn = (typeof activitySortColumns)[number];

export const isActivitySortColumn = (value: string): value is ActivitySortColumn =>
  (activitySortColumns as readonly string[]).includes(value);

export interface ActivityListCriteria {
  search: string;
  status: ActivityStatus | 'all';
  businessFunction: string | null;
  /** 'none' keeps activities with no lawful basis recorded; null keeps every basis. */
  lawfulBasis: LawfulBasis | 'none' | null;
  sort: { column: string; direction: 'asc' | 'desc' };
}

// The text searched, built once per stored row: Dexie hands out a new object when a row
// changes, so a WeakMap keyed by the object never serves a stale haystack.
const haystacks = new WeakMap<Activity, string>();

function haystackOf(activity: Activity): string {
  let text = haystacks.get(activity);
  if (text === undefined) {
    text = [
      activity.name,
      activity.businessFunction,
      activity.description,
      ...activity.purposes,
      ...activity.dataSubjects,
    ]
      .join('\n')
      .toLocaleLowerCase('en-GB');
    haystacks.set(activity, text);
  }
  return text;
}

/** Every word of the query must appear somewhere (in any order). */
export function matchesSearch(activity: Activity, search: string): boolean {
  const words = search.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystackOf(activity);
  return words.every((word) => text.includes(word));
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

const statusOrder: Record<ActivityStatus, number> = { active: 0, draft: 1, retired: 2 };

/** Sort key: null sorts after every value whichever way the column is sorted. */
type Key = string | number | null;

function keyOf(activity: Activity, column: ActivitySortColumn): Key {
  switch (column) {
    case 'name':
      return activity.name;
    case 'businessFunction':
      return activity.businessFunction.trim() || null;
    case 'lawfulBasis':
      return activity.lawfulBasis ? lawfulBasisLabels[activity.lawfulBasis] : null;
    case 'status':
      return statusOrder[activity.status];
    case 'nextReview':
      return activity.nextReview;
    case 'updatedAt':
      return activity.updatedAt;
  }
}

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortActivities(
  activities: readonly Activity[],
  sort: ActivityListCriteria['sort'],
): Activity[] {
  const column = isActivitySortColumn(sort.column) ? sort.column : 'name';
  const sign = sort.direction === 'desc' ? -1 : 1;
  // Decorate once so the comparator does not rebuild keys n log n times.
  const decorated = activities.map((activity) => ({ activity, key: keyOf(activity, column) }));
  decorated.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return collator.compare(a.activity.name, b.activity.name);
      return a.key === null ? 1 : -1;
    }
    const primary = compareKeys(a.key, b.key) * sign;
    // Ties fall back to the name so the order is stable and predictable.
    return primary !== 0 ? primary : collator.compare(a.activity.name, b.activity.name);
  });
  return decorated.map((entry) => entry.activity);
}

export function filterActivities(
  activities: readonly Activity[],
  criteria: Omit<ActivityListCriteria, 'sort'>,
): Activity[] {
  const functionFilter = criteria.businessFunction?.trim() ?? null;
  return activities.filter(
    (activity) =>
      (criteria.status === 'all' || activity.status === criteria.status) &&
      (functionFilter === null || activity.businessFunction.trim() === functionFilter) &&
      (criteria.lawfulBasis === null ||
        (criteria.lawfulBasis === 'none'
          ? activity.lawfulBasis === null
          : activity.lawfulBasis === criteria.lawfulBasis)) &&
      matchesSearch(activity, criteria.search),
  );
}

/** Filters, then sorts: what the list shows. */
export function selectActivities(
  activities: readonly Activity[],
  criteria: ActivityListCriteria,
): Activity[] {
  return sortActivities(filterActivities(activities, criteria), criteria.sort);
}

/** The business functions in use, for the filter, in alphabetical order. */
export function distinctFunctions(activities: readonly Activity[]): string[] {
  const names = new Set<string>();
  for (const activity of activities) {
    const name = activity.businessFunction.trim();
    if (name) names.add(name);
  }
  return [...names].sort(collator.compare);
}

export const hasActiveFilters = (criteria: Omit<ActivityListCriteria, 'sort'>): boolean =>
  criteria.search.trim() !== '' ||
  criteria.status !== 'all' ||
  criteria.businessFunction !== null ||
  criteria.lawfulBasis !== null;
