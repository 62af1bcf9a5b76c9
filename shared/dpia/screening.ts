/**
 * The ICO DPIA screening list: processing for which the ICO says "always do a DPIA if you
 * plan to". Item texts are the reference list's wording, verbatim; the guidance is ours.
 * Ids are stored with activities and assessments, so they never change once released.
 */

export interface ScreeningItem {
  readonly id: string;
  /** Completes the sentence in `screeningLead`. */
  readonly text: string;
  readonly guidance: string;
}

export const screeningLead = 'always do a DPIA if you plan to';

export const screeningItems = [
  {
    id: 'dpia.profiling-significant-effects',
    text: 'systematic and extensive profiling or automated decisions with significant effects',
    guidance:
      'Scoring or evaluating people in a way that leads to decisions with legal or similarly serious effects on them.',
  },
  {
    id: 'dpia.large-scale-special-category',
    text: 'large-scale special category or criminal offence data',
    guidance:
      'Health, ethnicity, religion, sexuality or criminal records about many people, or in large volumes.',
  },
  {
    id: 'dpia.public-monitoring',
    text: 'large-scale systematic monitoring of a public place',
    guidance:
      'CCTV, cameras or sensors that watch a publicly accessible area in a planned, ongoing way.',
  },
  {
    id: 'dpia.new-technologies',
    text: 'new technologies',
    guidance:
      'Innovative technology, or a new use of existing technology, such as AI tools or smart devices.',
  },
  {
    id: 'dpia.access-decisions',
    text: 'decisions on access to a service, opportunity or benefit based on profiling or special category data',
    guidance:
      'For example deciding who gets a place, a grant or a service using a score or health information.',
  },
  {
    id: 'dpia.large-scale-profiling',
    text: 'large-scale profiling',
    guidance:
      'Building profiles of many people, e.g. segmenting a large mailing list by inferred interests.',
  },
  {
    id: 'dpia.biometric-genetic',
    text: 'biometric or genetic data',
    guidance: 'Fingerprints, facial recognition, voice prints or DNA, in any volume.',
  },
  {
    id: 'dpia.matching',
    text: 'combining, comparing or matching data from multiple sources',
    guidance:
      'Joining data sets, such as enriching your list with data bought in or taken from social media.',
  },
  {
    id: 'dpia.invisible-processing',
    text: 'processing without giving privacy information directly',
    guidance:
      'Data obtained from elsewhere where you would not tell people directly (Article 14 cases).',
  },
  {
    id: 'dpia.tracking',
    text: 'tracking location or behaviour',
    guidance:
      'Following people’s online or offline behaviour or movements, e.g. tracking pixels or GPS.',
  },
  {
    id: 'dpia.children',
    text: 'profiling children or targeting services at them',
    guidance: 'Marketing, profiling or online services aimed at people under 18.',
  },
  {
    id: 'dpia.physical-harm',
    text: 'data that could cause physical harm if breached',
    guidance:
      'Data whose loss could put someone’s health or safety at risk, e.g. a refuge address.',
  },
] as const satisfies readonly ScreeningItem[];

export type ScreeningItemId = (typeof screeningItems)[number]['id'];

/** The item ids, as a tuple a schema can enumerate. */
export const screeningItemIds = screeningItems.map((item) => item.id) as [
  ScreeningItemId,
  ...ScreeningItemId[],
];

/** Each item answered yes (true), no (false) or not yet (null or absent). */
export type ScreeningAnswers = Partial<Record<ScreeningItemId, boolean | null>>;

export interface ScreeningOutcome {
  /** Any "yes" means a DPIA is needed, whether or not the rest are answered. */
  readonly needed: boolean;
  readonly complete: boolean;
  /** The text of each item answered yes, in list order. */
  readonly reasons: string[];
}

export const isScreeningItemId = (id: string): id is ScreeningItemId =>
  screeningItems.some((item) => item.id === id);

export const screeningOutcome = (answers: ScreeningAnswers): ScreeningOutcome => {
  const reasons = screeningItems.filter((item) => answers[item.id] === true).map((i) => i.text);
  const complete = screeningItems.every((item) => typeof answers[item.id] === 'boolean');
  return { needed: reasons.length > 0, complete, reasons };
};
