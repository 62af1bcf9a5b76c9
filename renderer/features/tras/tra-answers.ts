/** Reading a TRA's stored answers for display: each as words a person reads. */
import dayjs from 'dayjs';
import type { Answers } from '../../../shared/domain';
import { isTraOutcome, traOutcomeIds } from '../../../shared/tra/outcome';
import {
  traOutcomeLabels,
  traRiskLevelLabels,
  traRiskLevels,
  type TraQuestion,
  type TraRiskLevel,
} from '../../../shared/tra/questions';

const isRiskLevel = (value: unknown): value is TraRiskLevel =>
  (traRiskLevels as readonly unknown[]).includes(value);

/** An answer to one of the ICO's questions, or "Not answered". */
export function answerText(question: TraQuestion, value: Answers[string] | undefined): string {
  if (value === undefined || value === null || value === '') return 'Not answered';
  if (question.kind === 'yes-no')
    return value === true ? 'Yes' : value === false ? 'No' : 'Not answered';
  if (question.kind === 'risk-level')
    return isRiskLevel(value) ? traRiskLevelLabels[value] : 'Not answered';
  return String(value);
}

export const outcomeText = (answers: Answers): string => {
  const outcome = answers[traOutcomeIds.outcome];
  return isTraOutcome(outcome) ? traOutcomeLabels[outcome] : 'Not chosen';
};

/** A stored YYYY-MM-DD answer as "1 March 2026", or a dash. */
export const dateText = (value: Answers[string] | undefined): string =>
  typeof value === 'string' && value ? dayjs(value).format('D MMMM YYYY') : '—';

/** A stored text answer, or a dash. */
export const plainText = (value: Answers[string] | undefined): string =>
  typeof value === 'string' && value.trim() ? value : '—';
