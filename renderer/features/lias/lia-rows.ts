/** The LIA list's rows: what each column shows, the search and the sort, as pure functions. */
import type { Lia } from '../../../shared/domain';
import { canRelyQuestionId } from '../../../shared/lia/questions';
import { progress } from '../../../shared/lia/rules';

export type LiaRowStatus = 'draft' | 'can-rely' | 'cannot-rely';

export interface LiaRow {
  lia: Lia;
  /** The covered activities' names, in the LIA's order; a missing one is left out. */
  activities: string[];
  status: LiaRowStatus;
  /** Of the required questions, for a draft. */
  percent: number;
  decided: string | null;
  nextReview: string | null;
  /** True when the next review date has passed. */
  overdue: boolean;
  /** Lower-case text the search looks in. */
  haystack: string;
}

export const liaSortColumns = [
  'title',
  'activities',
  'path',
  'status',
  'revision',
  'decided',
  'nextReview',
] as const;
export type LiaSortColumn = (typeof liaSortColumns)[number];
export type SortDirection = 'asc' | 'desc';
export interface LiaSort {
  column: LiaSortColumn;
  direction: SortDirection;
}

export const pathLabels: Record<Lia['path'], string> = {
  standard: 'Standard',
  recognised: 'Recognised',
};

const dateAnswer = (lia: Lia, id: string): string | null => {
  const answer = lia.answers[id];
  return typeof answer === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(answer) ? answer : null;
};

/** A completed LIA's decision: only a recorded "yes" means it can rely on the interest. */
function statusOf(lia: Lia): LiaRowStatus {
  if (lia.status === 'draft') return 'draft';
  return lia.answers[canRelyQuestionId] === true ? 'can-rely' : 'cannot-rely';
}

/** `today` is YYYY-MM-DD, so that a date compares as text. */
export function toLiaRows(
  lias: readonly Lia[],
  activityNames: ReadonlyMap<string, string>,
  today: string,
): LiaRow[] {
  return lias.map((lia) => {
    const activities = lia.activityIds.flatMap((id) => {
      const name = activityNames.get(id);
      return name === undefined ? [] : [name];
    });
    const nextReview = dateAnswer(lia, 'review.next');
    return {
      lia,
      activities,
      status: statusOf(lia),
      percent: progress(lia.path, lia.answers).percent,
      decided: lia.status === 'completed' ? dateAnswer(lia, 'decision.date') : null,
      nextReview,
      overdue: lia.status === 'completed' && nextReview !== null && nextReview < today,
      haystack: [lia.title, ...activities].join('\n').toLowerCase(),
    };
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const statusOrder: Record<LiaRowStatus, number> = { draft: 0, 'cannot-rely': 1, 'can-rely': 2 };

const compare: Record<LiaSortColumn, (a: LiaRow, b: LiaRow) => number> = {
  title: (a, b) => collator.compare(a.lia.title, b.lia.title),
  activities: (a, b) => collator.compare(a.activities.join(', '), b.activities.join(', ')),
  path: (a, b) => a.lia.path.localeCompare(b.lia.path),
  // Drafts by how far along they are, then the outcomes.
  status: (a, b) => statusOrder[a.status] - statusOrder[b.status] || a.percent - b.percent,
  revision: (a, b) => a.lia.revision - b.lia.revision,
  decided: (a, b) => (a.decided ?? '').localeCompare(b.decided ?? ''),
  nextReview: (a, b) => (a.nextReview ?? '').localeCompare(b.nextReview ?? ''),
};

const dateColumns: ReadonlySet<LiaSortColumn> = new Set(['decided', 'nextReview']);

/** The rows matching every word of the search, in the chosen order (ties by title). */
export function selectLiaRows(rows: readonly LiaRow[], search: string, sort: LiaSort): LiaRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => words.every((word) => row.haystack.includes(word)))
    .sort((a, b) => {
      // A missing date sorts last either way round: it is a gap, not the earliest date.
      if (dateColumns.has(sort.column)) {
        const aDate = sort.column === 'decided' ? a.decided : a.nextReview;
        const bDate = sort.column === 'decided' ? b.decided : b.nextReview;
        if ((aDate === null) !== (bDate === null)) return aDate === null ? 1 : -1;
      }
      return sign * compare[sort.column](a, b) || compare.title(a, b);
    });
}

/** Clicking a column sorts by it; clicking the sorted column again turns the order round. */
export const nextSort = (sort: LiaSort, column: LiaSortColumn): LiaSort =>
  sort.column === column
    ? { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
    : { column, direction: 'asc' };
