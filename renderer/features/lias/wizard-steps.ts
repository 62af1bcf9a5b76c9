/**
 * The wizard's steps as pure functions: an "About" step, then one step per part of the chosen
 * path; how complete each is; where to resume a draft; what counts as an unsaved change.
 */
import type { Lia } from '../../../shared/domain';
import type { LiaPart, LiaQuestion } from '../../../shared/lia/questions';
import { isAnswered, stepsFor, type LiaAnswers, type LiaPath } from '../../../shared/lia/rules';

export interface WizardStep {
  /** 'about', or the part of the test. */
  key: string;
  /** The step's heading. */
  label: string;
  /** Its name in the row of steps, short enough for six to share one line. */
  shortLabel: string;
  questions: readonly LiaQuestion[];
}

export const aboutStep: WizardStep = {
  key: 'about',
  label: 'About',
  shortLabel: 'About',
  questions: [],
};

const shortLabels: Record<LiaPart, string> = {
  recognised: 'Recognised interest',
  purpose: 'Purpose',
  necessity: 'Necessity',
  balancing: 'Balancing',
  decision: 'Decision',
  review: 'Review',
};

export const wizardSteps = (path: LiaPath): WizardStep[] => [
  aboutStep,
  ...stepsFor(path).map(({ part, label, questions }) => ({
    key: part,
    label,
    shortLabel: shortLabels[part],
    questions,
  })),
];

/** What the About step asks for: a title and at least one activity. */
export const aboutMissing = (lia: Pick<Lia, 'title' | 'activityIds'>): string[] => [
  ...(lia.title.trim() === '' ? ['title'] : []),
  ...(lia.activityIds.length === 0 ? ['activities'] : []),
];

export interface StepCompletion {
  answered: number;
  total: number;
  complete: boolean;
}

/** Required questions answered in one step; About counts its title and activities. */
export function stepCompletion(step: WizardStep, lia: Lia): StepCompletion {
  if (step.key === 'about') {
    const missing = aboutMissing(lia).length;
    return { answered: 2 - missing, total: 2, complete: missing === 0 };
  }
  const required = step.questions.filter((question) => question.required);
  const answered = required.filter((question) => isAnswered(question, lia.answers[question.id]));
  return {
    answered: answered.length,
    total: required.length,
    complete: answered.length === required.length,
  };
}

/** A draft reopens where work is left: the first step not complete, else the last step. */
export function resumeStep(lia: Lia): number {
  const steps = wizardSteps(lia.path);
  const index = steps.findIndex((step) => !stepCompletion(step, lia).complete);
  return index === -1 ? steps.length - 1 : index;
}

/** The step that asks a question, or -1 when the path does not ask it. */
export const stepOfQuestion = (path: LiaPath, questionId: string): number =>
  wizardSteps(path).findIndex((step) => step.questions.some((q) => q.id === questionId));

/** What the person edits, to tell an unsaved change from a saved state. */
export const editedContent = (lia: Lia): string =>
  JSON.stringify([lia.title, lia.activityIds, lia.path, sortedAnswers(lia.answers)]);

// Answers compare by value: typing then clearing an answer leaves nothing unsaved.
const sortedAnswers = (answers: LiaAnswers) =>
  Object.entries(answers)
    .filter(([, answer]) => answer !== null && answer !== '')
    .sort(([a], [b]) => a.localeCompare(b));
