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

/** The query's words, lower-cased once per keystroke rather than once per row. */
export const searchWords = (search: string): string[] =>
  search.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);

const matchesWords = (activity: Activity, words: readonly string[]): boolean => {
  if (words.length === 0) return true;
  const text = haystackOf(activity);
  return words.every((word) => text.includes(word));
};

/** Every word of the query must appear somewhere (in any order). */
export const matchesSearch = (activity: Activity, search: string): boolean =>
  matchesWords(activity, searchWords(search));

/**
 * Builds the search text of `activities[from…]` until `hasTime` says stop, so the first
 * keystroke does not pay for 10,000 of them; returns where it stopped.
 */
export function prepareSearch(
  activities: readonly Activity[],
  from: number,
  hasTime: () => boolean,
): number {
  let index = from;
  while (index < activities.length && hasTime()) {
    const activity = activities[index];
    if (activity) haystackOf(activity);
    index += 1;
  }
  return index;
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
      if (a.key === b.key) return byName(a.activity, b.activity);
      return a.key === null ? 1 : -1;
    }
    const primary = compareKeys(a.key, b.key) * sign;
    // Ties fall back to the name, then the id, so the order is the same however rows were read.
    return primary !== 0 ? primary : byName(a.activity, b.activity);
  });
  return decorated.map((entry) => entry.activity);
}

/** Names as the list sorts them; equal names by id, as IndexedDB orders keys. */
function byName(a: NamedId, b: NamedId): number {
  const names = collator.compare(a.name, b.name);
  if (names !== 0) return names;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface NamedId {
  name: string;
  id: string;
}

/**
 * The ids of the first `count` of `entries` in the list's order by name, either way: one pass
 * that keeps only the first `count` so far, rather than sorting all 10,000 for a screenful.
 */
export function firstIdsByName(
  entries: readonly NamedId[],
  count: number,
  direction: 'asc' | 'desc',
): string[] {
  const sign = direction === 'desc' ? -1 : 1;
  const compare = (a: NamedId, b: NamedId) =>
    collator.compare(a.name, b.name) * sign || byName(a, b);
  const kept: NamedId[] = [];
  for (const entry of entries) {
    const last = kept.at(-1);
    if (kept.length >= count && (last === undefined || compare(entry, last) >= 0)) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(entry, kept[middle] as NamedId) < 0) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, entry);
    if (kept.length > count) kept.pop();
  }
  return kept.map((entry) => entry.id);
}

/** Keeps the order it is given, so a list sorted once can be filtered on every keystroke. */
export function filterActivities(
  activities: readonly Activity[],
  criteria: Omit<ActivityListCriteria, 'sort'>,
): Activity[] {
  const functionFilter = criteria.businessFunction?.trim() ?? null;
  const words = searchWords(criteria.search);
  return activities.filter(
    (activity) =>
      (criteria.status === 'all' || activity.status === criteria.status) &&
      (functionFilter === null || activity.businessFunction.trim() === functionFilter) &&
      (criteria.lawfulBasis === null ||
        (criteria.lawfulBasis === 'none'
          ? activity.lawfulBasis === null
          : activity.lawfulBasis === criteria.lawfulBasis)) &&
      matchesWords(activity, words),
  );
}

/** What the list shows: the same rows whether sorted before filtering or after. */
export function selectActivities(
  activities: readonly Activity[],
  criteria: ActivityListCriteria,
): Activity[] {
  return filterActivities(sortActivities(activities, criteria.sort), criteria);
}

/** Business function names as typed, trimmed and without repeats, in alphabetical order. */
export function tidyFunctions(names: Iterable<string>): string[] {
  const tidy = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed) tidy.add(trimmed);
  }
  return [...tidy].sort(collator.compare);
}

export const hasActiveFilters = (criteria: Omit<ActivityListCriteria, 'sort'>): boolean =>
  criteria.search.trim() !== '' ||
  criteria.status !== 'all' ||
  criteria.businessFunction !== null ||
  criteria.lawfulBasis !== null;
