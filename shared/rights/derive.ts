/**
 * Which individual rights apply, derived from the lawful basis as in the ICO's lawful basis
 * table: portability only for consent and contract; objection for legitimate interests and
 * public task (absolute for direct marketing); erasure limited under legal obligation and
 * public task; withdrawing consent only where consent is the basis.
 */
import type { LawfulBasis } from '../domain/enums';

export const rights = [
  'informed',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'object',
  'withdraw-consent',
  'automated-decisions',
] as const;
export type Right = (typeof rights)[number];

export type RightAvailability = 'yes' | 'limited' | 'no';

export interface RightEntry {
  right: Right;
  label: string;
  availability: RightAvailability;
  /** Why it is limited or not available, in plain English. */
  note: string;
}

export const rightLabels: Record<Right, string> = {
  informed: 'To be informed',
  access: 'Of access',
  rectification: 'To rectification',
  erasure: 'To erasure',
  restriction: 'To restrict processing',
  portability: 'To data portability',
  object: 'To object',
  'withdraw-consent': 'To withdraw consent',
  'automated-decisions': 'About automated decision-making',
};

type Table = Partial<Record<Right, [RightAvailability, string]>>;

const byBasis: Record<LawfulBasis, Table> = {
  consent: {
    object: ['no', 'Not under consent — the person withdraws consent instead.'],
  },
  contract: {
    'withdraw-consent': ['no', 'Consent is not the basis.'],
    object: ['no', 'No right to object under contract.'],
  },
  'legal-obligation': {
    erasure: ['no', 'Not while the law requires the data to be kept.'],
    portability: ['no', 'Only for consent or contract.'],
    object: ['no', 'No right to object under legal obligation.'],
    'withdraw-consent': ['no', 'Consent is not the basis.'],
  },
  'vital-interests': {
    portability: ['no', 'Only for consent or contract.'],
    object: ['no', 'No right to object under vital interests.'],
    'withdraw-consent': ['no', 'Consent is not the basis.'],
  },
  'public-task': {
    erasure: ['no', 'Not while the data is needed for the public task.'],
    portability: ['no', 'Only for consent or contract.'],
    'withdraw-consent': ['no', 'Consent is not the basis.'],
  },
  'legitimate-interests': {
    portability: ['no', 'Only for consent or contract.'],
    object: ['yes', 'Absolute where the processing is for direct marketing.'],
    'withdraw-consent': ['no', 'Consent is not the basis.'],
  },
  'recognised-legitimate-interest': {
    portability: ['no', 'Only for consent or contract.'],
    object: [
      'limited',
      'The person may object; the organisation may continue only on compelling grounds.',
    ],
    'withdraw-consent': ['no', 'Consent is not the basis.'],
  },
};

/** The rights a person has over an activity relying on `basis`; null when no basis is recorded. */
export function deriveRights(
  basis: LawfulBasis | null,
  hasAutomatedDecisions = false,
): RightEntry[] | null {
  if (basis === null) return null;
  const table = byBasis[basis];
  return rights.map((right) => {
    const override = table[right];
    if (right === 'automated-decisions' && !hasAutomatedDecisions) {
      return {
        right,
        label: rightLabels[right],
        availability: 'yes',
        note: 'No automated decisions are made, and the person is told so.',
      };
    }
    const [availability, note] = override ?? ['yes', ''];
    return { right, label: rightLabels[right], availability, note };
  });
}

/** Rights that are available (fully or in part). */
export function availableRights(basis: LawfulBasis | null, hasAutomatedDecisions = false): Right[] {
  return (deriveRights(basis, hasAutomatedDecisions) ?? [])
    .filter((r) => r.availability !== 'no')
    .map((r) => r.right);
}
