import { describe, expect, it } from 'vitest';
import { blankLia, type Lia } from '../../../shared/domain';
import { questionsFor } from '../../../shared/lia/rules';
import {
  editedContent,
  resumeStep,
  stepCompletion,
  stepOfQuestion,
  wizardSteps,
} from '../../../renderer/features/lias/wizard-steps';

const NOW = '2026-03-01T10:00:00.000Z';
const lia = (overrides: Partial<Lia> = {}): Lia =>
  blankLia(NOW, { title: 'Enquiries', activityIds: ['act-enquiries'], ...overrides });

/** Every question of the purpose test answered. */
const purposeAnswered = Object.fromEntries(
  questionsFor('standard')
    .filter((question) => question.part === 'purpose')
    .map((question) => [question.id, 'Answered']),
);

describe('the wizard steps', () => {
  it('starts with About, then one step per part of the path', () => {
    expect(wizardSteps('standard').map((step) => step.key)).toEqual([
      'about',
      'purpose',
      'necessity',
      'balancing',
      'decision',
      'review',
    ]);
    expect(wizardSteps('recognised').map((step) => step.key)).toEqual([
      'about',
      'recognised',
      'necessity',
      'decision',
      'review',
    ]);
  });

  it('counts the required answers of a step; blank text is not an answer', () => {
    const [about, purpose] = wizardSteps('standard');
    if (!about || !purpose) throw new Error('steps missing');
    const started = lia({ answers: { 'purpose.why': 'To answer', 'purpose.benefit': '  ' } });
    expect(stepCompletion(purpose, started)).toEqual({ answered: 1, total: 10, complete: false });
    expect(stepCompletion(about, started).complete).toBe(true);
    expect(stepCompletion(about, lia({ title: ' ', activityIds: [] }))).toEqual({
      answered: 0,
      total: 2,
      complete: false,
    });
  });

  it('resumes a draft at the first step with a required answer missing', () => {
    expect(resumeStep(lia({ activityIds: [] }))).toBe(0);
    expect(resumeStep(lia())).toBe(1);
    expect(resumeStep(lia({ answers: purposeAnswered }))).toBe(2);
    const everything = Object.fromEntries(
      questionsFor('recognised').map((q) => [
        q.id,
        q.kind === 'yes-no'
          ? true
          : q.kind === 'date'
            ? '2026-03-01'
            : q.kind === 'choice'
              ? 'crime'
              : 'x',
      ]),
    );
    expect(resumeStep(lia({ path: 'recognised', answers: everything }))).toBe(4);
  });

  it('finds the step that asks a question', () => {
    expect(stepOfQuestion('standard', 'dpia.tracking')).toBe(3);
    expect(stepOfQuestion('recognised', 'dpia.tracking')).toBe(-1);
    expect(stepOfQuestion('recognised', 'review.next')).toBe(4);
  });

  it('an answer typed and cleared again is not an unsaved change', () => {
    const saved = lia({ answers: { 'purpose.why': 'To answer' } });
    expect(editedContent({ ...saved, answers: { ...saved.answers, 'purpose.benefit': '' } })).toBe(
      editedContent(saved),
    );
    expect(editedContent({ ...saved, title: 'Other' })).not.toBe(editedContent(saved));
  });
});
