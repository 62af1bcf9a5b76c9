import { describe, expect, it } from 'vitest';
import { exampleRegister } from '../../../../shared/example/konnect';
import { liaGroupLabels } from '../../../../shared/lia/questions';
import { questionsFor } from '../../../../shared/lia/rules';
import { liaReport, reportBuilders } from '../../../../shared/reports';
import { NOW } from '../fixtures';
import { allText, inputFor, textsOf } from './text';

const example = exampleRegister(NOW);
const lia = example.lias.find((l) => l.id === 'lia-client-records');

describe('a legitimate interests assessment', () => {
  it('asks every question of its path in order, each followed by its answer', () => {
    if (lia === undefined) throw new Error('the example has no client records LIA');
    const texts = textsOf(liaReport(inputFor(example), lia));
    let from = 0;
    for (const question of questionsFor(lia.path)) {
      const at = texts.indexOf(question.text, from);
      expect(at, question.id).toBeGreaterThan(from - 1);
      const answer = lia.answers[question.id];
      if (typeof answer === 'string' && question.kind === 'text') {
        expect(texts[at + 1]).toBe(answer.trim());
      }
      from = at + 1;
    }
    const text = texts.join('\n');
    for (const label of [
      'Part 1 – Purpose test',
      'Part 2 – Necessity test',
      'Part 3 – Balancing test',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain(liaGroupLabels['dpia-screening']);
  });

  it('summarises the decision and leaves room to sign it off', () => {
    if (lia === undefined) throw new Error('the example has no client records LIA');
    const texts = textsOf(liaReport(inputFor(example), lia));
    expect(texts[1]).toBe('Client records and reporting to funders');
    expect(texts).toContain('Can rely on legitimate interests');
    expect(texts).toContain('Client records');
    expect(texts).toContain('Sign-off');
    expect(texts).toContain('Signature');
  });

  it('shows an unanswered question as not answered', () => {
    if (lia === undefined) throw new Error('the example has no client records LIA');
    const draft = { ...lia, answers: {}, status: 'draft' as const };
    const text = allText(liaReport(inputFor(example), draft));
    expect(text).toContain('Not answered');
    expect(text).toContain('Incomplete');
    expect(text).toContain('Draft, revision 1');
  });

  it('is refused, by the builder map, for an id the register does not hold', () => {
    expect(() => reportBuilders.lia(inputFor(example), { liaId: 'nope' })).toThrow(
      /no legitimate interests assessment with the id “nope”/,
    );
  });
});
