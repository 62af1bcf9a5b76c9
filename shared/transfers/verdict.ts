/**
 * A transfer's standing in a word or two, for the register's list: the worst of what each
 * destination needs (shared/transfers/requirements), and whether a transfer risk assessment is
 * needed and where it stands.
 */
import type { Art49Exception, TraStatus, TransferMechanism } from '../domain/enums';
import type { AdequacyList } from '../reference/adequacy';
import type { TransferRequirement } from './requirements';
import { article46Mechanisms, whatIsNeeded } from './requirements';

export const transferVerdicts = [
  'covered',
  'needs-tra',
  'confirm',
  'safeguard',
  'not-valid',
] as const;
export type TransferVerdict = (typeof transferVerdicts)[number];
export const transferVerdictLabels: Record<TransferVerdict, string> = {
  covered: 'Covered',
  'needs-tra': 'Needs a TRA',
  confirm: 'Confirm certification',
  safeguard: 'Needs a safeguard',
  'not-valid': 'Not valid',
};

/** What of a transfer the verdict depends on. */
export interface TransferFacts {
  destinations: readonly string[];
  mechanism: TransferMechanism | null;
  recipientCertified: boolean | null;
  art49Exception: Art49Exception | null;
  traStatus: TraStatus;
}

/** What each destination needs on the day, by the given adequacy list. */
export const requirementsFor = (
  facts: TransferFacts,
  adequacy: AdequacyList,
  on: string,
): TransferRequirement[] =>
  facts.destinations.map((destination) =>
    whatIsNeeded({
      destination,
      on,
      adequacy,
      recipientCertified: facts.recipientCertified,
      mechanism: facts.mechanism,
    }),
  );

const isArticle46 = (mechanism: TransferMechanism | null): boolean =>
  mechanism !== null && (article46Mechanisms as readonly string[]).includes(mechanism);

/** Whether a transfer risk assessment is needed: yes, not yet known (no safeguard chosen), no. */
export type TraNeeded = 'yes' | 'if-article-46' | 'no';

/**
 * Whether the transfer needs a TRA. An Article 46 safeguard chosen while a partial adequacy's
 * scope is still unconfirmed is relied on as things stand, so it needs one too.
 */
export function traNeeded(
  requirements: readonly TransferRequirement[],
  mechanism: TransferMechanism | null = null,
): TraNeeded {
  const tras = requirements.map((r) => (r.kind === 'needs-safeguard' ? r.tra : 'not-needed'));
  if (tras.includes('required')) return 'yes';
  if (isArticle46(mechanism) && requirements.some((r) => r.kind === 'confirm-scope')) return 'yes';
  return tras.includes('required-for-article-46') ? 'if-article-46' : 'no';
}

function verdictFor(requirement: TransferRequirement, facts: TransferFacts): TransferVerdict {
  switch (requirement.kind) {
    case 'not-restricted':
    case 'adequate':
      return 'covered';
    case 'confirm-scope':
      // A safeguard already chosen is relied on whatever the certification turns out to be.
      if (facts.mechanism === 'art49-exception') {
        return facts.art49Exception === null ? 'safeguard' : 'covered';
      }
      if (isArticle46(facts.mechanism)) {
        return facts.traStatus === 'completed' ? 'covered' : 'needs-tra';
      }
      return 'confirm';
    case 'mechanism-not-valid':
      return 'not-valid';
    case 'needs-safeguard':
      if (requirement.mechanism === null) return 'safeguard';
      if (requirement.mechanism === 'art49-exception') {
        return facts.art49Exception === null ? 'safeguard' : 'covered';
      }
      return facts.traStatus === 'completed' ? 'covered' : 'needs-tra';
  }
}

/** The worst verdict over the transfer's destinations ('covered' for none). */
export function transferVerdict(
  facts: TransferFacts,
  adequacy: AdequacyList,
  on: string,
): TransferVerdict {
  const verdicts = requirementsFor(facts, adequacy, on).map((r) => verdictFor(r, facts));
  return verdicts.reduce<TransferVerdict>(
    (worst, next) =>
      transferVerdicts.indexOf(next) > transferVerdicts.indexOf(worst) ? next : worst,
    'covered',
  );
}

/** Where the TRA stands: from the assessment when there is one, else whether one is needed. */
export function traStatusFor(
  needed: TraNeeded,
  tra: { status: 'draft' | 'completed' } | null | undefined,
): TraStatus {
  if (tra) return tra.status === 'completed' ? 'completed' : 'in-progress';
  return needed === 'no' ? 'not-needed' : 'not-started';
}
