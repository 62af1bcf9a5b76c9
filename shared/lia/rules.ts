/**
 * The legitimate interests wizard's rules as pure functions of a path and an answers record:
 * which questions are asked, what is still required, how far along it is, and the outcome.
 * Answers to questions outside the chosen path are ignored, so switching path never leaves
 * stale answers counting towards the result.
 */
import { isoDateSchema } from '../domain/common';
import { screeningItems, screeningOutcome, type ScreeningAnswers } from '../dpia/screening';
import {
  canRelyQuestionId,
  decisionQuestions,
  liaPartLabels,
  liaQuestions,
  necessityQuestions,
  recognisedConditionQuestion,
  reviewQuestion,
  type LiaPart,
  type LiaQuestion,
} from './questions';

export type LiaPath = 'standard' | 'recognised';
export type LiaAnswer = string | boolean | null;
export type LiaAnswers = Readonly<Record<string, LiaAnswer>>;
export type LiaStatus = 'incomplete' | 'can-rely' | 'cannot-rely';

export const liaStatusLabels: Record<LiaStatus, string> = {
  incomplete: 'Incomplete',
  'can-rely': 'Can rely on legitimate interests',
  'cannot-rely': 'Cannot rely on legitimate interests',
};

/** The DPIA screening as balancing-test questions: a "yes" is an answer, not a failure. */
export const screeningQuestions: readonly LiaQuestion[] = screeningItems.map((item) => ({
  id: item.id,
  part: 'balancing',
  group: 'dpia-screening',
  text: item.text,
  kind: 'yes-no',
  required: true,
  guidance: item.guidance,
}));

// The ICO asks for the DPIA screening before the balancing test proper.
const firstBalancing = liaQuestions.findIndex((question) => question.part === 'balancing');
const standardQuestions: readonly LiaQuestion[] = [
  ...liaQuestions.slice(0, firstBalancing),
  ...screeningQuestions,
  ...liaQuestions.slice(firstBalancing),
];

const recognisedQuestions: readonly LiaQuestion[] = [
  recognisedConditionQuestion,
  ...necessityQuestions,
  ...decisionQuestions,
  reviewQuestion,
];

export const questionsFor = (path: LiaPath): readonly LiaQuestion[] =>
  path === 'standard' ? standardQuestions : recognisedQuestions;

export interface LiaStep {
  readonly part: LiaPart;
  readonly label: string;
  readonly questions: readonly LiaQuestion[];
}

/** The wizard's steps: one per part, in the order the path asks them. */
export const stepsFor = (path: LiaPath): LiaStep[] => {
  const questions = questionsFor(path);
  const parts = [...new Set(questions.map((question) => question.part))];
  return parts.map((part) => ({
    part,
    label: liaPartLabels[part],
    questions: questions.filter((question) => question.part === part),
  }));
};

/** Whether an answer is a real answer for this question's kind (blank text does not count). */
export const isAnswered = (question: LiaQuestion, answer: LiaAnswer | undefined): boolean => {
  switch (question.kind) {
    case 'yes-no':
      return typeof answer === 'boolean';
    case 'text':
    case 'person':
      return typeof answer === 'string' && answer.trim() !== '';
    case 'date':
      return typeof answer === 'string' && isoDateSchema.safeParse(answer).success;
    case 'choice':
      return typeof answer === 'string' && (question.options ?? []).includes(answer);
  }
};

const requiredFor = (path: LiaPath): readonly LiaQuestion[] =>
  questionsFor(path).filter((question) => question.required);

/** Ids of required questions still unanswered: all must be answered to record the decision. */
export const missingRequired = (path: LiaPath, answers: LiaAnswers): string[] =>
  requiredFor(path)
    .filter((question) => !isAnswered(question, answers[question.id]))
    .map((question) => question.id);

export const canDecide = (path: LiaPath, answers: LiaAnswers): boolean =>
  missingRequired(path, answers).length === 0;

export interface LiaProgress {
  readonly answered: number;
  readonly total: number;
  readonly percent: number;
}

/** Progress over required questions, so 100% means the assessment can be completed. */
export const progress = (path: LiaPath, answers: LiaAnswers): LiaProgress => {
  const required = requiredFor(path);
  const total = required.length;
  const answered = total - missingRequired(path, answers).length;
  // Rounded down so that 100% is never shown while an answer is still missing.
  const percent = total === 0 ? 100 : Math.floor((answered * 100) / total);
  return { answered, total, percent };
};

export interface LiaOutcome {
  readonly status: LiaStatus;
  /**
   * true once any screening item is "yes"; false once all are "no"; null while unknown, and
   * always on the recognised path, which has no balancing test and so no screening here.
   */
  readonly dpiaNeeded: boolean | null;
  readonly dpiaReasons: string[];
}

const screeningAnswers = (answers: LiaAnswers): ScreeningAnswers => {
  const picked: Record<string, boolean> = {};
  for (const item of screeningItems) {
    const answer = answers[item.id];
    if (typeof answer === 'boolean') picked[item.id] = answer;
  }
  return picked;
};

export const outcome = (path: LiaPath, answers: LiaAnswers): LiaOutcome => {
  const decision = answers[canRelyQuestionId];
  const status: LiaStatus = !canDecide(path, answers)
    ? 'incomplete'
    : decision === true
      ? 'can-rely'
      : 'cannot-rely';
  if (path === 'recognised') return { status, dpiaNeeded: null, dpiaReasons: [] };
  const dpia = screeningOutcome(screeningAnswers(answers));
  const dpiaNeeded = dpia.needed ? true : dpia.complete ? false : null;
  return { status, dpiaNeeded, dpiaReasons: dpia.reasons };
};
