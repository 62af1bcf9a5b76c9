/** The third-party list's rows: counts, search, kind filter and sort, as pure functions. */
import {
  contractStatusLabels,
  thirdPartyKindLabels,
  thirdPartyTypeLabels,
  type Activity,
  type ThirdParty,
} from '../../../shared/domain';
import { checklistBadge, type ChecklistBadge } from '../../../shared/processors/article28';
import { countryName } from '../../../shared/reference/countries';
import type { SortDirection } from '../../store/ui';
import { needsContract } from './third-party-fields';

export interface ThirdPartyRow {
  party: ThirdParty;
  kind: string;
  type: string;
  countries: string;
  /** True when any country is outside the UK. */
  abroad: boolean;
  contract: string;
  /** The Article 28(3) checklist at a glance; null for a third party that is not a processor. */
  article28: ChecklistBadge | null;
  activities: number;
  /** Lower-case text the search looks in. */
  haystack: string;
}

export const sortColumns = [
  'name',
  'kind',
  'type',
  'countries',
  'contract',
  'article28',
  'reviewDate',
  'activities',
] as const;
export type SortColumn = (typeof sortColumns)[number];
export const isSortColumn = (value: string): value is SortColumn =>
  (sortColumns as readonly string[]).includes(value);

/** How many activities link to each third party, as a recipient or a funder (counted once). */
export function linkCounts(activities: readonly Activity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const activity of activities) {
    for (const id of new Set([...activity.recipientIds, ...activity.funderIds])) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

export function toRows(
  parties: readonly ThirdParty[],
  counts: ReadonlyMap<string, number>,
): ThirdPartyRow[] {
  return parties.map((party) => {
    const kind = thirdPartyKindLabels[party.kind];
    const type = thirdPartyTypeLabels[party.type];
    const countries = party.countries.map(countryName).join(', ');
    return {
      party,
      kind,
      type,
      countries,
      abroad: party.countries.some((code) => code !== 'GB'),
      contract: contractStatusLabels[party.contract.status],
      article28: needsContract(party.kind) ? checklistBadge(party.article28) : null,
      activities: counts.get(party.id) ?? 0,
      haystack: [party.name, kind, type, countries, party.services, ...party.dataShared]
        .join('\n')
        .toLowerCase(),
    };
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Gaps first, as they need action, then the least checked; non-processors last. */
const article28Rank = (row: ThirdPartyRow): number => {
  if (row.article28 === null) return 4;
  return { gaps: 0, 'not-checked': 1, partial: 2, complete: 3 }[row.article28.tone];
};

const compare: Record<SortColumn, (a: ThirdPartyRow, b: ThirdPartyRow) => number> = {
  name: (a, b) => collator.compare(a.party.name, b.party.name),
  kind: (a, b) => collator.compare(a.kind, b.kind),
  type: (a, b) => collator.compare(a.type, b.type),
  countries: (a, b) => collator.compare(a.countries, b.countries),
  contract: (a, b) => collator.compare(a.contract, b.contract),
  article28: (a, b) =>
    article28Rank(a) - article28Rank(b) ||
    collator.compare(a.article28?.label ?? '', b.article28?.label ?? ''),
  reviewDate: (a, b) => (a.party.reviewDate ?? '').localeCompare(b.party.reviewDate ?? ''),
  activities: (a, b) => a.activities - b.activities,
};

export interface RowQuery {
  search: string;
  kind: string | null;
  sort: { column: string; direction: SortDirection };
}

export function selectRows(
  rows: readonly ThirdPartyRow[],
  { search, kind, sort }: RowQuery,
): ThirdPartyRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const column: SortColumn = isSortColumn(sort.column) ? sort.column : 'name';
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter(
      (row) =>
        (kind ? row.party.kind === kind : true) &&
        words.every((word) => row.haystack.includes(word)),
    )
    .sort((a, b) => {
      // Without a review date a row sorts last either way round: it is a gap, not the earliest.
      if (
        column === 'reviewDate' &&
        (a.party.reviewDate === null) !== (b.party.reviewDate === null)
      ) {
        return a.party.reviewDate === null ? 1 : -1;
      }
      return sign * compare[column](a, b) || compare.name(a, b);
    });
}
