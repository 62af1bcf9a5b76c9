/**
 * The ICO transfer risk assessment (TRA) tool as data: its six questions (question 5 in two
 * parts) in the ICO's own words, with our guidance, and the risk levels and outcomes a TRA
 * records. Ids are stored in saved assessments, so they never change once released.
 */

export type TraAnswerKind = 'text' | 'yes-no' | 'risk-level';

export interface TraQuestion {
  readonly id: string;
  /** The ICO's question number, 1–6. */
  readonly number: number;
  /** Question 5 alone is split into (a) and (b). */
  readonly subpart?: 'a' | 'b';
  readonly text: string;
  readonly kind: TraAnswerKind;
  readonly required: boolean;
  readonly guidance: string;
}

export const traRiskLevels = ['low', 'moderate', 'high'] as const;
export type TraRiskLevel = (typeof traRiskLevels)[number];
export const traRiskLevelLabels: Record<TraRiskLevel, string> = {
  low: 'Low risk',
  moderate: 'Moderate risk',
  high: 'High risk',
};

/** Where the TRA leaves the transfer: the tool ends in one of these. */
export const traOutcomes = [
  'proceed',
  'proceed-with-extra-protections',
  'rely-on-exception',
  'do-not-transfer',
] as const;
export type TraOutcome = (typeof traOutcomes)[number];
export const traOutcomeLabels: Record<TraOutcome, string> = {
  proceed: 'The transfer can go ahead under the Article 46 safeguard',
  'proceed-with-extra-protections': 'The transfer can go ahead only with extra protections',
  'rely-on-exception': 'The significant risk data can go only under an Article 49 exception',
  'do-not-transfer': 'Do not make the transfer',
};

export const traQuestions: readonly TraQuestion[] = [
  {
    id: 'tra.circumstances',
    number: 1,
    text: 'What are the specific circumstances of the restricted transfer?',
    kind: 'text',
    required: true,
    guidance:
      'Who sends and receives the data, what data, about whom, why, how often, and under which safeguard (IDTA, Addendum or BCRs).',
  },
  {
    id: 'tra.risk-level',
    number: 2,
    text: 'What is the level of risk to people in the personal information you are transferring?',
    kind: 'risk-level',
    required: true,
    guidance:
      'Special category, criminal offence or financial data, or data about vulnerable people, raises the risk; contact details alone usually do not.',
  },
  {
    id: 'tra.investigation',
    number: 3,
    text: 'What is a reasonable and proportionate level of investigation, given the overall risk level and the nature of your organisation?',
    kind: 'text',
    required: true,
    guidance:
      'A small organisation sending low-risk data may rely on published information and the provider’s own assessment; higher risk needs more.',
  },
  {
    id: 'tra.human-rights',
    number: 4,
    text: 'Is the transfer significantly increasing the risk of a human rights breach in the destination country?',
    kind: 'yes-no',
    required: true,
    guidance:
      'Consider whether authorities there could access the data beyond what UK law would allow, and how likely that is for this data.',
  },
  {
    id: 'tra.enforce-uk',
    number: 5,
    subpart: 'a',
    text: 'Are you and the people the information is about able to enforce the safeguard in the UK against the receiver?',
    kind: 'yes-no',
    required: true,
    guidance:
      'The IDTA and the Addendum are governed by UK law and give people third-party rights; check the receiver can be held to them here.',
  },
  {
    id: 'tra.enforce-abroad',
    number: 5,
    subpart: 'b',
    text: 'If enforcement outside the UK may be needed, can you and they enforce it in the destination country or elsewhere?',
    kind: 'yes-no',
    required: true,
    guidance:
      'Needed where the receiver has no assets or presence in the UK; say whether the local courts would recognise the safeguard.',
  },
  {
    id: 'tra.exceptions',
    number: 6,
    text: 'Do any of the exceptions to the restricted-transfer rules apply to the "significant risk data"?',
    kind: 'yes-no',
    required: true,
    guidance:
      'If the earlier answers leave significant risk, only an Article 49 exception, used sparingly, lets that data go.',
  },
];

export type TraAnswers = Readonly<Record<string, string | boolean | null>>;

const isAnswered = (question: TraQuestion, answer: string | boolean | null | undefined) => {
  switch (question.kind) {
    case 'yes-no':
      return typeof answer === 'boolean';
    case 'text':
      return typeof answer === 'string' && answer.trim() !== '';
    case 'risk-level':
      return (traRiskLevels as readonly unknown[]).includes(answer);
  }
};

/** Ids of required TRA questions not yet answered, in the ICO's order. */
export const missingRequired = (answers: TraAnswers): string[] =>
  traQuestions
    .filter((question) => question.required && !isAnswered(question, answers[question.id]))
    .map((question) => question.id);
