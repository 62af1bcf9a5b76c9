import { describe, expect, it } from 'vitest';
import {
  recognisedLegitimateInterestLabels,
  recognisedLegitimateInterests,
} from '../../../../shared/domain/enums';
import {
  decisionQuestions,
  expectationsQuestions,
  impactQuestions,
  isRecognisedLegitimateInterest,
  liaQuestions,
  natureQuestions,
  necessityQuestions,
  optOutQuestion,
  purposeQuestions,
  recognisedConditionQuestion,
  recognisedConditions,
  recognisedPathParts,
  reviewQuestion,
  type LiaQuestion,
} from '../../../../shared/lia/questions';
import { linesBetween, listItems, referenceFlat } from './reference-text';

const texts = (questions: readonly LiaQuestion[]) => questions.map((question) => question.text);

describe('LIA questions match the ICO three-part test in the reference, in order', () => {
  it('purpose test: 10 questions', () => {
    const reference = listItems(linesBetween('Part 1 – Purpose test', 'Part 2 – Necessity test'));
    expect(reference).toHaveLength(10);
    expect(texts(purposeQuestions)).toEqual(reference);
  });

  it('necessity test: 4 questions', () => {
    const reference = listItems(linesBetween('Part 2 – Necessity test', 'Part 3 – Balancing test'));
    expect(reference).toHaveLength(4);
    expect(texts(necessityQuestions)).toEqual(reference);
  });

  it('balancing test: nature 4, expectations 9, impact 6, then the opt-out', () => {
    const nature = listItems(
      linesBetween('Nature of the personal data', 'Reasonable expectations'),
    );
    const expectations = listItems(linesBetween('Reasonable expectations', 'Likely impact'));
    const impact = listItems(linesBetween('Likely impact', 'Then: Can you offer'));
    expect([nature.length, expectations.length, impact.length]).toEqual([4, 9, 6]);
    expect(texts(natureQuestions)).toEqual(nature);
    expect(texts(expectationsQuestions)).toEqual(expectations);
    expect(texts(impactQuestions)).toEqual(impact);
    expect(referenceFlat).toContain(`Then: ${optOutQuestion.text} (Yes/No)`);
    expect(optOutQuestion.kind).toBe('yes-no');
  });

  it('decision: rely (yes/no), comments (optional), completed by, date', () => {
    const reference = listItems(linesBetween('Making the decision', "What's next"))
      .flatMap((line) => line.split('; '))
      .map((line) => line.replace(/ \((Yes\/No|optional)\)$/, ''));
    expect(texts(decisionQuestions)).toEqual(reference);
    expect(decisionQuestions.map((question) => [question.kind, question.required])).toEqual([
      ['yes-no', true],
      ['text', false],
      ['person', true],
      ['date', true],
    ]);
  });

  it('ends with the next review date, which is ours and required', () => {
    expect(liaQuestions.at(-1)).toBe(reviewQuestion);
    expect(reviewQuestion).toMatchObject({ kind: 'date', required: true, part: 'review' });
  });

  it('every ICO question text appears verbatim in the reference', () => {
    for (const question of liaQuestions.filter((q) => q.part !== 'review')) {
      expect(referenceFlat, question.id).toContain(question.text);
    }
  });

  it('has unique ids, a part prefix on each, and short guidance everywhere', () => {
    const ids = [...liaQuestions, recognisedConditionQuestion].map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(liaQuestions).toHaveLength(10 + 4 + 4 + 9 + 6 + 1 + 4 + 1);
    for (const question of liaQuestions) {
      expect(question.id).toMatch(/^[a-z-]+\.[a-z-]+$/);
      expect(question.guidance.length, question.id).toBeGreaterThan(20);
      expect(question.guidance.length, question.id).toBeLessThan(200);
    }
    expect(liaQuestions.filter((question) => !question.required).map((q) => q.id)).toEqual([
      'decision.comments',
    ]);
  });
});

describe('recognised legitimate interests (DUAA 2025)', () => {
  it('asks the Annex 1 condition and the necessity test, with no purpose or balancing test', () => {
    expect(recognisedPathParts).toEqual(['recognised', 'necessity', 'decision', 'review']);
  });

  it('offers the five Annex 1 conditions with their labels', () => {
    expect(recognisedConditions).toHaveLength(5);
    expect(recognisedConditions).toEqual(
      recognisedLegitimateInterests.map((value) => ({
        value,
        label: recognisedLegitimateInterestLabels[value],
      })),
    );
    expect(recognisedConditionQuestion.options).toEqual(recognisedLegitimateInterests);
    expect(isRecognisedLegitimateInterest('safeguarding')).toBe(true);
    expect(isRecognisedLegitimateInterest('direct-marketing')).toBe(false);
  });
});
