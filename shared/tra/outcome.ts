/**
 * The end of a transfer risk assessment: the outcome the person records, who completed it and
 * when, and the outcome the answers point to (a suggestion only: the person decides).
 */
import type { TraAnswers, TraOutcome } from './questions';
import { missingRequired, traOutcomes, traQuestions } from './questions';

/** Answer ids of the outcome step, stored beside the ICO questions' answers. */
export const traOutcomeIds = {
  outcome: 'tra.outcome',
  completedBy: 'tra.completed-by',
  completedOn: 'tra.completed-on',
  nextReview: 'tra.next-review',
} as const;

const outcomeFieldLabels: Readonly<Record<string, string>> = {
  [traOutcomeIds.outcome]: 'Outcome',
  [traOutcomeIds.completedBy]: 'Completed by',
  [traOutcomeIds.completedOn]: 'Completed on',
  [traOutcomeIds.nextReview]: 'Next review',
};

/** A short name for an answer, for lists of what is missing: "Question 5(a)", "Outcome". */
export function traAnswerLabel(answerId: string): string {
  const question = traQuestions.find((q) => q.id === answerId);
  if (question)
    return `Question ${question.number}${question.subpart ? `(${question.subpart})` : ''}`;
  return outcomeFieldLabels[answerId] ?? answerId;
}

export const isTraOutcome = (value: unknown): value is TraOutcome =>
  (traOutcomes as readonly unknown[]).includes(value);

const isIsoDate = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Answer ids still needed before the assessment can be completed, in the order the wizard asks:
 * the ICO's required questions, then the outcome, who completed it and when.
 */
export function missingToComplete(answers: TraAnswers): string[] {
  const missing = missingRequired(answers);
  if (!isTraOutcome(answers[traOutcomeIds.outcome])) missing.push(traOutcomeIds.outcome);
  const by = answers[traOutcomeIds.completedBy];
  if (typeof by !== 'string' || by.trim() === '') missing.push(traOutcomeIds.completedBy);
  if (!isIsoDate(answers[traOutcomeIds.completedOn])) missing.push(traOutcomeIds.completedOn);
  return missing;
}

/** The wizard's steps: one per ICO question, then the outcome. */
export const traStepIds: readonly string[] = [
  ...traQuestions.map((question) => question.id),
  traOutcomeIds.outcome,
];

/** The step an answer id is asked on (the outcome step holds the outcome's own fields). */
export const stepOf = (answerId: string): number => {
  const index = traStepIds.indexOf(answerId);
  return index === -1 ? traStepIds.length - 1 : index;
};

/** Where to resume a saved assessment: the step of its first missing answer, else the last. */
export const resumeStep = (answers: TraAnswers): number => {
  const [first] = missingToComplete(answers);
  return first === undefined ? traStepIds.length - 1 : stepOf(first);
};

/**
 * The outcome the answers point to, following the ICO tool's route; null until the answers
 * that decide it are given.
 * - A significantly increased risk of a human rights breach (question 4) leaves only an Article
 *   49 exception (question 6) for the significant risk data; without one, do not transfer.
 * - Otherwise a safeguard people cannot enforce (5(a), 5(b)), or high-risk data, needs extra
 *   protections; else the Article 46 safeguard is enough.
 */
export function suggestedOutcome(answers: TraAnswers): TraOutcome | null {
  const humanRights = answers['tra.human-rights'];
  const exceptions = answers['tra.exceptions'];
  if (humanRights === true) {
    if (exceptions === true) return 'rely-on-exception';
    if (exceptions === false) return 'do-not-transfer';
    return null;
  }
  if (humanRights !== false) return null;
  const enforceUk = answers['tra.enforce-uk'];
  const enforceAbroad = answers['tra.enforce-abroad'];
  if (enforceUk === false || enforceAbroad === false) return 'proceed-with-extra-protections';
  if (enforceUk !== true || enforceAbroad !== true) return null;
  const risk = answers['tra.risk-level'];
  if (risk === 'high') return 'proceed-with-extra-protections';
  return risk === 'low' || risk === 'moderate' ? 'proceed' : null;
}
