/**
 * Adding a processor from the library: a third party filled from the entry and draft transfer
 * records for where it sends data outside the UK. Everything taken from the library is marked
 * "to confirm"; the Article 28 checklist is left for the user to complete.
 */
import type { TraStatus, TransferMechanism } from '../domain/enums';
import { blankThirdParty, blankTransfer } from '../domain/factories';
import type { ThirdParty } from '../domain/third-party';
import type { Transfer } from '../domain/transfer';
import type { AdequacyList } from '../reference/adequacy';
import { UK_ADEQUACY_BASELINE } from '../reference/adequacy';
import type { TransferRequirement } from '../transfers/requirements';
import { needsTransferRecord, whatIsNeeded } from '../transfers/requirements';
import type { LibraryProcessor } from './library';

/** Fields of a third party filled from the library, which the user must check. */
export const thirdPartyFieldsToConfirm = [
  'kind',
  'type',
  'services',
  'countries',
  'website',
  'contract.status',
] as const;

/** Fields of a proposed transfer, which the user must check. */
export const transferFieldsToConfirm = ['mechanism', 'destinations'] as const;

const libraryNote = (entry: LibraryProcessor): string =>
  `Added from the Ropa Desk processor library (facts checked on ${entry.checkedOn}). ${entry.note}`;

/** A third party filled from a library entry; the contract is 'missing' until the user checks it. */
export const thirdPartyFromLibrary = (entry: LibraryProcessor, now: string): ThirdParty =>
  blankThirdParty(now, {
    name: entry.name,
    kind: entry.kind,
    type: entry.type,
    services: entry.services,
    countries: [...entry.countries],
    website: entry.website,
    contract: { status: 'missing', reference: '', signedOn: null, expiresOn: null, document: '' },
    internalNotes: libraryNote(entry),
    toConfirm: [...thirdPartyFieldsToConfirm],
  });

const article46OrException: readonly TransferMechanism[] = [
  'idta',
  'uk-addendum',
  'bcrs',
  'art49-exception',
];

interface DestinationPlan {
  destination: string;
  mechanism: TransferMechanism | null;
  traStatus: TraStatus;
  message: string;
}

const traStatusFor = (answer: TransferRequirement): TraStatus => {
  switch (answer.kind) {
    case 'not-restricted':
    case 'adequate':
      return 'not-needed';
    case 'needs-safeguard':
      return answer.tra === 'not-needed' ? 'not-needed' : 'not-started';
    case 'confirm-scope':
    case 'mechanism-not-valid':
      // Until someone confirms otherwise, assume the transfer needs a risk assessment.
      return 'not-started';
  }
};

const mechanismFor = (
  answer: TransferRequirement,
  offered: TransferMechanism | null,
): TransferMechanism | null => {
  switch (answer.kind) {
    case 'adequate':
      return answer.basis;
    case 'needs-safeguard':
      return answer.mechanism;
    case 'confirm-scope':
      return offered !== null && article46OrException.includes(offered) ? offered : null;
    case 'not-restricted':
    case 'mechanism-not-valid':
      return null;
  }
};

/** How one destination is covered, taking adequacy first and then what the provider offers. */
const planFor = (
  entry: LibraryProcessor,
  destination: string,
  on: string,
  adequacy: AdequacyList,
): DestinationPlan => {
  // The library's claim of DPF certification stands until the user confirms it.
  const recipientCertified = destination === 'US' && entry.mechanism === 'uk-us-data-bridge';
  const question = { destination, on, adequacy, recipientCertified: recipientCertified || null };
  const plain = whatIsNeeded(question);
  let answer: TransferRequirement = plain;
  if (plain.kind !== 'adequate' && entry.mechanism !== null) {
    const withMechanism = whatIsNeeded({ ...question, mechanism: entry.mechanism });
    // A mechanism that does not reach this destination leaves the choice to the user.
    if (withMechanism.kind !== 'mechanism-not-valid') answer = withMechanism;
  }
  return {
    destination,
    mechanism: mechanismFor(answer, entry.mechanism),
    traStatus: traStatusFor(answer),
    message: answer.message,
  };
};

/**
 * Draft transfer records for the destinations outside the UK, one for each distinct mechanism and
 * risk-assessment status, in the order the destinations are listed. `on` is the day the answer
 * is for, as YYYY-MM-DD; `adequacy` is the list to judge by (the person's edited list from
 * Settings when there is one, else the baseline the app ships).
 */
export const proposedTransfers = (
  entry: LibraryProcessor,
  thirdPartyId: string,
  now: string,
  on: string,
  adequacy: AdequacyList = UK_ADEQUACY_BASELINE,
): Transfer[] => {
  const groups = new Map<string, DestinationPlan[]>();
  for (const destination of needsTransferRecord(entry.countries)) {
    const plan = planFor(entry, destination, on, adequacy);
    const key = `${plan.mechanism ?? 'none'}|${plan.traStatus}`;
    groups.set(key, [...(groups.get(key) ?? []), plan]);
  }
  return [...groups.values()].flatMap((plans) => {
    const [first] = plans;
    if (first === undefined) return [];
    return [
      blankTransfer(now, {
        thirdPartyId,
        destinations: plans.map((plan) => plan.destination),
        mechanism: first.mechanism,
        traStatus: first.traStatus,
        internalNotes: [
          `Proposed from the Ropa Desk processor library (facts checked on ${entry.checkedOn}).`,
          ...plans.map((plan) => plan.message),
        ].join('\n'),
        toConfirm: [...transferFieldsToConfirm],
      }),
    ];
  });
};

/** Why a proposed transfer was proposed as it is: one message per destination, from its notes. */
export const proposalReasons = (transfer: Transfer): string[] =>
  // The notes are the heading line, then the messages, as proposedTransfers writes them.
  transfer.internalNotes.split('\n').slice(1).filter(Boolean);

/** Everything adding a library entry creates: the third party and its proposed transfers. */
export interface LibraryAddition {
  thirdParty: ThirdParty;
  transfers: Transfer[];
}

/** What adding a library entry creates, judged by `adequacy` (the baseline unless given). */
export const addFromLibrary = (
  entry: LibraryProcessor,
  now: string,
  on: string,
  adequacy: AdequacyList = UK_ADEQUACY_BASELINE,
): LibraryAddition => {
  const thirdParty = thirdPartyFromLibrary(entry, now);
  return { thirdParty, transfers: proposedTransfers(entry, thirdParty.id, now, on, adequacy) };
};
