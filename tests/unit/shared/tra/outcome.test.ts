import { describe, expect, it } from 'vitest';
import {
  missingToComplete,
  resumeStep,
  suggestedOutcome,
  traAnswerLabel,
  traOutcomeIds,
  traStepIds,
} from '../../../../shared/tra/outcome';
import { traQuestions, type TraAnswers } from '../../../../shared/tra/questions';

const allAnswered: TraAnswers = {
  'tra.circumstances': 'Newsletter list sent to a US email platform under the IDTA.',
  'tra.risk-level': 'low',
  'tra.investigation': 'Published information and the provider’s own assessment.',
  'tra.human-rights': false,
  'tra.enforce-uk': true,
  'tra.enforce-abroad': true,
  'tra.exceptions': false,
};

const completed: TraAnswers = {
  ...allAnswered,
  [traOutcomeIds.outcome]: 'proceed',
  [traOutcomeIds.completedBy]: 'Sam Penrose',
  [traOutcomeIds.completedOn]: '2026-03-01',
};

describe('suggestedOutcome', () => {
  it('says do not transfer when human rights risk rises and no exception applies', () => {
    expect(
      suggestedOutcome({ ...allAnswered, 'tra.human-rights': true, 'tra.exceptions': false }),
    ).toBe('do-not-transfer');
  });

  it('points to an Article 49 exception when human rights risk rises and one applies', () => {
    expect(
      suggestedOutcome({ ...allAnswered, 'tra.human-rights': true, 'tra.exceptions': true }),
    ).toBe('rely-on-exception');
  });

  it('asks for extra protections when the safeguard cannot be enforced', () => {
    expect(suggestedOutcome({ ...allAnswered, 'tra.enforce-uk': false })).toBe(
      'proceed-with-extra-protections',
    );
    expect(suggestedOutcome({ ...allAnswered, 'tra.enforce-abroad': false })).toBe(
      'proceed-with-extra-protections',
    );
  });

  it('asks for extra protections for high-risk data, even when enforceable', () => {
    expect(suggestedOutcome({ ...allAnswered, 'tra.risk-level': 'high' })).toBe(
      'proceed-with-extra-protections',
    );
  });

  it('lets low or moderate risk data go under the safeguard alone', () => {
    expect(suggestedOutcome(allAnswered)).toBe('proceed');
    expect(suggestedOutcome({ ...allAnswered, 'tra.risk-level': 'moderate' })).toBe('proceed');
  });

  it('suggests nothing until the deciding answers are given', () => {
    expect(suggestedOutcome({})).toBeNull();
    expect(suggestedOutcome({ 'tra.human-rights': true })).toBeNull();
    expect(suggestedOutcome({ 'tra.human-rights': false, 'tra.enforce-uk': true })).toBeNull();
  });
});

describe('missingToComplete', () => {
  it('lists every required answer of an empty assessment, in the order asked', () => {
    expect(missingToComplete({})).toEqual([
      ...traQuestions.map((q) => q.id),
      traOutcomeIds.outcome,
      traOutcomeIds.completedBy,
      traOutcomeIds.completedOn,
    ]);
  });

  it('is empty once the questions, outcome, name and date are given', () => {
    expect(missingToComplete(completed)).toEqual([]);
  });

  it('refuses an outcome that is not one of the tool’s, a blank name and a malformed date', () => {
    expect(
      missingToComplete({
        ...completed,
        [traOutcomeIds.outcome]: 'maybe',
        [traOutcomeIds.completedBy]: '  ',
        [traOutcomeIds.completedOn]: '1/3/2026',
      }),
    ).toEqual([traOutcomeIds.outcome, traOutcomeIds.completedBy, traOutcomeIds.completedOn]);
  });
});

describe('resumeStep', () => {
  it('resumes at the first missing answer', () => {
    expect(resumeStep({})).toBe(0);
    const { ['tra.enforce-uk']: _skipped, ...rest } = allAnswered;
    expect(traStepIds[resumeStep(rest)]).toBe('tra.enforce-uk');
  });

  it('resumes at the outcome when only the outcome step is missing, and there when complete', () => {
    expect(traStepIds[resumeStep(allAnswered)]).toBe(traOutcomeIds.outcome);
    expect(resumeStep(completed)).toBe(traStepIds.length - 1);
  });
});

describe('traAnswerLabel', () => {
  it('names questions by the ICO’s numbers and the outcome fields by their labels', () => {
    expect(traAnswerLabel('tra.circumstances')).toBe('Question 1');
    expect(traAnswerLabel('tra.enforce-abroad')).toBe('Question 5(b)');
    expect(traAnswerLabel(traOutcomeIds.completedBy)).toBe('Completed by');
  });
});
