/** The transfer list's rows: names, verdicts, search and sort, as pure functions. */
import {
  traStatusLabels,
  transferMechanismLabels,
  type ThirdParty,
  type Transfer,
} from '../../../shared/domain';
import type { AdequacyList } from '../../../shared/reference/adequacy';
import { countryName } from '../../../shared/reference/countries';
import {
  transferVerdict,
  transferVerdictLabels,
  transferVerdicts,
  type TransferVerdict,
} from '../../../shared/transfers/verdict';

export interface TransferRow {
  transfer: Transfer;
  thirdParty: string;
  destinations: string;
  mechanism: string;
  verdict: TransferVerdict;
  tra: string;
  /** True when the review date has passed. */
  overdue: boolean;
  /** Lower-case text the search looks in. */
  haystack: string;
}

export const transferSortColumns = [
  'thirdParty',
  'destinations',
  'mechanism',
  'verdict',
  'tra',
  'reviewDate',
] as const;
export type TransferSortColumn = (typeof transferSortColumns)[number];
export interface TransferSort {
  column: TransferSortColumn;
  direction: 'asc' | 'desc';
}

export function toTransferRows(
  transfers: readonly Transfer[],
  parties: readonly ThirdParty[],
  adequacy: AdequacyList,
  on: string,
): TransferRow[] {
  const names = new Map(parties.map((party) => [party.id, party.name]));
  return transfers.map((transfer) => {
    const thirdParty = names.get(transfer.thirdPartyId) ?? 'Unknown third party';
    const destinations = transfer.destinations.map(countryName).join(', ');
    const mechanism = transfer.mechanism
      ? transferMechanismLabels[transfer.mechanism]
      : 'Not chosen yet';
    const verdict = transferVerdict(transfer, adequacy, on);
    const tra = traStatusLabels[transfer.traStatus];
    return {
      transfer,
      thirdParty,
      destinations,
      mechanism,
      verdict,
      tra,
      overdue: transfer.reviewDate !== null && transfer.reviewDate < on,
      haystack: [thirdParty, destinations, mechanism, transferVerdictLabels[verdict], tra]
        .join('\n')
        .toLowerCase(),
    };
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

const compare: Record<TransferSortColumn, (a: TransferRow, b: TransferRow) => number> = {
  thirdParty: (a, b) => collator.compare(a.thirdParty, b.thirdParty),
  destinations: (a, b) => collator.compare(a.destinations, b.destinations),
  mechanism: (a, b) => collator.compare(a.mechanism, b.mechanism),
  // Most urgent last in ascending order, as the verdicts are listed from best to worst.
  verdict: (a, b) => transferVerdicts.indexOf(a.verdict) - transferVerdicts.indexOf(b.verdict),
  tra: (a, b) => collator.compare(a.tra, b.tra),
  // Undated reviews sort after dated ones.
  reviewDate: (a, b) =>
    (a.transfer.reviewDate ?? '9999').localeCompare(b.transfer.reviewDate ?? '9999'),
};

/** The rows matching every word of the search, in the chosen order (ties by third party). */
export function selectTransferRows(
  rows: readonly TransferRow[],
  search: string,
  sort: TransferSort,
): TransferRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => words.every((word) => row.haystack.includes(word)))
    .sort((a, b) => sign * compare[sort.column](a, b) || compare.thirdParty(a, b));
}

export const nextSort = (current: TransferSort, column: TransferSortColumn): TransferSort =>
  current.column === column
    ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { column, direction: 'asc' };
