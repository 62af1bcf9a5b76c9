import { describe, expect, it } from 'vitest';
import { screeningItems } from '../../../../shared/dpia/screening';
import { canRelyQuestionId, type LiaQuestion } from '../../../../shared/lia/questions';
import {
  canDecide,
  isAnswered,
  missingRequired,
  outcome,
  progress,
  questionsFor,
  stepsFor,
  type LiaAnswer,
  type LiaAnswers,
  type LiaPath,
} from '../../../../shared/lia/rules';

/** A valid answer for each question; screening items "no" so no DPIA is flagged by default. */
const sample = (question: LiaQuestion): LiaAnswer => {
  switch (question.kind) {
    case 'yes-no':
      return question.id === canRelyQuestionId;
    case 'text':
      return 'Because we answer the enquiries people send us.';
    case 'person':
      return 'Ama Mensah, director';
    case 'date':
      return '2026-03-01';
    case 'choice':
      return question.options?.[0] ?? null;
  }
};

const complete = (path: LiaPath): Record<string, LiaAnswer> =>
  Object.fromEntries(questionsFor(path).map((question) => [question.id, sample(question)]));

const ids = (path: LiaPath) => questionsFor(path).map((question) => question.id);

describe('questionsFor', () => {
  it('standard path: the three-part test with the DPIA screening first in the balancing test', () => {
    const questions = questionsFor('standard');
    expect(questions).toHaveLength(10 + 4 + 12 + 4 + 9 + 6 + 1 + 4 + 1);
    const balancing = questions.filter((question) => question.part === 'balancing');
    expect(balancing.slice(0, 12).map((question) => question.id)).toEqual(
      screeningItems.map((item) => item.id),
    );
    expect(balancing.slice(0, 12).every((question) => question.kind === 'yes-no')).toBe(true);
    expect(new Set(ids('standard')).size).toBe(questions.length);
  });

  it('recognised path: Annex 1 condition and necessity test, no purpose or balancing test', () => {
    const parts = new Set(questionsFor('recognised').map((question) => question.part));
    expect([...parts]).toEqual(['recognised', 'necessity', 'decision', 'review']);
    expect(ids('recognised')).not.toContain('purpose.why');
    expect(ids('recognised').some((id) => id.startsWith('dpia.'))).toBe(false);
  });

  it('groups questions into one step per part, in order', () => {
    expect(stepsFor('standard').map((step) => step.part)).toEqual([
      'purpose',
      'necessity',
      'balancing',
      'decision',
      'review',
    ]);
    expect(stepsFor('standard').flatMap((step) => step.questions)).toEqual(
      questionsFor('standard'),
    );
  });
});

describe('isAnswered', () => {
  const byId = (id: string) => {
    const question = questionsFor('standard').find((q) => q.id === id);
    if (!question) throw new Error(id);
    return question;
  };

  it('does not count blank text, a wrong type, an impossible date or an unknown choice', () => {
    expect(isAnswered(byId('purpose.why'), '   ')).toBe(false);
    expect(isAnswered(byId('purpose.why'), true)).toBe(false);
    expect(isAnswered(byId('balancing.opt-out'), 'yes')).toBe(false);
    expect(isAnswered(byId('balancing.opt-out'), false)).toBe(true);
    expect(isAnswered(byId('decision.date'), '2026-02-31')).toBe(false);
    expect(isAnswered(byId('decision.date'), '1 March 2026')).toBe(false);
    expect(isAnswered(byId('decision.date'), '2026-02-28')).toBe(true);
    const condition = questionsFor('recognised')[0];
    if (!condition) throw new Error('no condition question');
    expect(isAnswered(condition, 'direct-marketing')).toBe(false);
    expect(isAnswered(condition, 'crime')).toBe(true);
  });
});

describe('missingRequired, canDecide and progress', () => {
  it('empty answers: every required question is missing', () => {
    for (const path of ['standard', 'recognised'] as const) {
      const required = questionsFor(path).filter((question) => question.required);
      expect(missingRequired(path, {})).toEqual(required.map((question) => question.id));
      expect(canDecide(path, {})).toBe(false);
      expect(progress(path, {})).toEqual({ answered: 0, total: required.length, percent: 0 });
    }
  });

  it('partial answers: the purpose test done leaves the rest, in order', () => {
    const answers = Object.fromEntries(
      questionsFor('standard')
        .filter((question) => question.part === 'purpose')
        .map((question) => [question.id, sample(question)]),
    );
    const missing = missingRequired('standard', answers);
    expect(missing[0]).toBe('necessity.helps');
    expect(missing).not.toContain('purpose.why');
    expect(missing).not.toContain('decision.comments');
    expect(progress('standard', answers)).toEqual({ answered: 10, total: 50, percent: 20 });
    expect(canDecide('standard', answers)).toBe(false);
  });

  it('complete answers: nothing missing, 100%, decision possible; the comment is optional', () => {
    const answers = complete('standard');
    delete answers['decision.comments'];
    expect(missingRequired('standard', answers)).toEqual([]);
    expect(canDecide('standard', answers)).toBe(true);
    expect(progress('standard', answers)).toEqual({ answered: 50, total: 50, percent: 100 });
  });

  it('never shows 100% while one answer is missing', () => {
    const answers = complete('standard');
    answers['review.next'] = null;
    expect(progress('standard', answers).percent).toBe(98);
    expect(missingRequired('standard', answers)).toEqual(['review.next']);
  });

  it('recognised path: complete without any purpose or balancing answers', () => {
    const answers = complete('recognised');
    expect(missingRequired('recognised', answers)).toEqual([]);
    expect(progress('recognised', answers)).toEqual({ answered: 9, total: 9, percent: 100 });
    expect(missingRequired('standard', answers)).toContain('purpose.why');
  });
});

describe('outcome', () => {
  it('is incomplete until every required answer is in, whatever the decision says', () => {
    expect(outcome('standard', {})).toEqual({
      status: 'incomplete',
      dpiaNeeded: null,
      dpiaReasons: [],
    });
    const answers: LiaAnswers = { ...complete('standard'), 'decision.completed-by': '' };
    expect(outcome('standard', answers).status).toBe('incomplete');
  });

  it('follows the decision once complete', () => {
    expect(outcome('standard', complete('standard')).status).toBe('can-rely');
    const no = { ...complete('standard'), [canRelyQuestionId]: false };
    expect(outcome('standard', no).status).toBe('cannot-rely');
    expect(outcome('recognised', complete('recognised')).status).toBe('can-rely');
  });

  it('reports no DPIA needed once every screening item is "no"', () => {
    expect(outcome('standard', complete('standard'))).toMatchObject({
      dpiaNeeded: false,
      dpiaReasons: [],
    });
  });

  it('a single "yes" in the DPIA screening means a DPIA is needed, even mid-way', () => {
    const answers = { 'dpia.children': true };
    expect(outcome('standard', answers)).toEqual({
      status: 'incomplete',
      dpiaNeeded: true,
      dpiaReasons: ['profiling children or targeting services at them'],
    });
    const done = { ...complete('standard'), 'dpia.tracking': true };
    expect(outcome('standard', done)).toMatchObject({ status: 'can-rely', dpiaNeeded: true });
  });

  it('recognised path: no screening here, so the DPIA question is left to the activity', () => {
    const answers = { ...complete('recognised'), 'dpia.children': true };
    expect(outcome('recognised', answers)).toEqual({
      status: 'can-rely',
      dpiaNeeded: null,
      dpiaReasons: [],
    });
  });
});
