/** The findings list's rows, its filters as a query string, and how rows are filtered and sorted. */
import {
  recordKinds,
  severities,
  type Finding,
  type RecordKind,
  type Severity,
} from '../../../shared/checks';
import { acceptedRiskKey, findingKey } from '../../../shared/checks/accepted';
import {
  categoriesOf,
  categoryIds,
  categoryTitle,
  type CategoryId,
} from '../../../shared/checks/accountability';
import { recordKindNames, type AcceptedRisk } from '../../../shared/domain';
import type { Oversight } from './useOversight';

export interface FindingRow {
  key: string;
  finding: Finding;
  categories: CategoryId[];
  /** The acceptance holding it out of the counts, if any. */
  accepted: AcceptedRisk | null;
  /** The day an earlier acceptance ran out, when the finding counts again because of it. */
  expiredOn: string | null;
  /** Lower-cased text the search looks in. */
  haystack: string;
}

export const kindLabels = Object.fromEntries(
  recordKinds.map((kind) => [kind, recordKindNames[kind].one]),
) as Record<RecordKind, string>;

const row = (
  finding: Finding,
  accepted: AcceptedRisk | null,
  expiredOn: string | null,
): FindingRow => {
  const categories = categoriesOf(finding);
  return {
    key: findingKey(finding),
    finding,
    categories,
    accepted,
    expiredOn,
    haystack: [
      finding.message,
      finding.basis,
      finding.record.name,
      finding.ruleId,
      kindLabels[finding.record.kind],
      ...categories.map(categoryTitle),
      accepted?.reason ?? '',
      accepted?.acceptedBy ?? '',
    ]
      .join('\n')
      .toLowerCase(),
  };
};

/** Every finding as a row: the open ones, then (marked) those accepted as known risks. */
export function findingRows(
  oversight: Pick<Oversight, 'open' | 'accepted' | 'expired'>,
): FindingRow[] {
  const lapsed = new Map<string, string>();
  for (const risk of oversight.expired) {
    const key = acceptedRiskKey(risk);
    const current = lapsed.get(key);
    if (!current || risk.expiresOn > current) lapsed.set(key, risk.expiresOn);
  }
  return [
    ...oversight.open.map((finding) => row(finding, null, lapsed.get(findingKey(finding)) ?? null)),
    ...oversight.accepted.map(({ finding, risk }) => row(finding, risk, null)),
  ];
}

export interface FindingFilters {
  severity: Severity | null;
  area: CategoryId | null;
  kind: RecordKind | null;
  rule: string | null;
  search: string;
  /** Shows the findings accepted as known risks too. */
  accepted: boolean;
}

export const noFilters: FindingFilters = {
  severity: null,
  area: null,
  kind: null,
  rule: null,
  search: '',
  accepted: false,
};

const oneOf = <T extends string | number>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => String(candidate) === value) ?? null;

/** The filters a query string asks for (`?severity=high&area=7&accepted=1`); unknown values are ignored. */
export function filtersFromQuery(search: string): FindingFilters {
  const query = new URLSearchParams(search);
  return {
    severity: oneOf(severities, query.get('severity')),
    area: oneOf(categoryIds, query.get('area')),
    kind: oneOf(recordKinds, query.get('kind')),
    rule: query.get('rule') || null,
    search: query.get('q') ?? '',
    accepted: query.get('accepted') === '1',
  };
}

/** The query string for filters, empty values left out. */
export function queryFromFilters(filters: Partial<FindingFilters>): string {
  const query = new URLSearchParams();
  if (filters.severity) query.set('severity', filters.severity);
  if (filters.area) query.set('area', String(filters.area));
  if (filters.kind) query.set('kind', filters.kind);
  if (filters.rule) query.set('rule', filters.rule);
  if (filters.search?.trim()) query.set('q', filters.search.trim());
  if (filters.accepted) query.set('accepted', '1');
  const text = query.toString();
  return text ? `?${text}` : '';
}

export type FindingSortColumn = 'severity' | 'finding' | 'record' | 'area';
export interface FindingSort {
  column: FindingSortColumn;
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const rank = (severity: Severity): number => severities.indexOf(severity);

const compare: Record<FindingSortColumn, (a: FindingRow, b: FindingRow) => number> = {
  severity: (a, b) => rank(a.finding.severity) - rank(b.finding.severity),
  finding: (a, b) => collator.compare(a.finding.message, b.finding.message),
  record: (a, b) =>
    collator.compare(kindLabels[a.finding.record.kind], kindLabels[b.finding.record.kind]) ||
    collator.compare(a.finding.record.name, b.finding.record.name),
  area: (a, b) => (a.categories[0] ?? 0) - (b.categories[0] ?? 0),
};

/** The rows the filters keep, sorted; ties keep the engine's order (severity, record, rule). */
export function selectFindingRows(
  rows: readonly FindingRow[],
  filters: FindingFilters,
  sort: FindingSort,
): FindingRow[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = rows.filter(
    (row) =>
      (filters.accepted || row.accepted === null) &&
      (!filters.severity || row.finding.severity === filters.severity) &&
      (!filters.area || row.categories.includes(filters.area)) &&
      (!filters.kind || row.finding.record.kind === filters.kind) &&
      (!filters.rule || row.finding.ruleId === filters.rule) &&
      words.every((word) => row.haystack.includes(word)),
  );
  const sign = sort.direction === 'asc' ? 1 : -1;
  const order = new Map(rows.map((r, index) => [r, index]));
  return kept.sort(
    (a, b) => sign * compare[sort.column](a, b) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
}

export const nextSort = (current: FindingSort, column: FindingSortColumn): FindingSort =>
  current.column === column
    ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { column, direction: 'asc' };
