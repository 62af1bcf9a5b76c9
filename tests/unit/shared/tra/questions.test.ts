import { describe, expect, it } from 'vitest';
import {
  missingRequired,
  traOutcomeLabels,
  traOutcomes,
  traQuestions,
  traRiskLevelLabels,
  traRiskLevels,
} from '../../../../shared/tra/questions';
import { linesBetween, listItems } from '../lia/reference-text';

describe('TRA questions', () => {
  it('are the ICO tool’s six questions, question 5 in parts a and b, verbatim', () => {
    const reference = listItems(
      linesBetween('ICO transfer risk assessment (TRA) tool questions', 'A TRA is needed'),
    ).flatMap((line) =>
      line.startsWith('(a) ')
        ? line
            .slice(4)
            .split(' (b) ')
            .map((part) => part.trim())
        : [line],
    );
    expect(reference).toHaveLength(7);
    expect(traQuestions.map((question) => question.text)).toEqual(reference);
    expect(traQuestions.map((q) => `${q.number}${q.subpart ?? ''}`)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5a',
      '5b',
      '6',
    ]);
  });

  it('have unique ids and guidance', () => {
    expect(new Set(traQuestions.map((question) => question.id)).size).toBe(7);
    for (const question of traQuestions) expect(question.guidance.length).toBeGreaterThan(20);
  });

  it('label every risk level and outcome', () => {
    expect(traRiskLevels).toEqual(['low', 'moderate', 'high']);
    for (const level of traRiskLevels) expect(traRiskLevelLabels[level]).toBeTruthy();
    for (const result of traOutcomes) expect(traOutcomeLabels[result]).toBeTruthy();
  });

  it('missingRequired lists unanswered questions and accepts only valid answers', () => {
    expect(missingRequired({})).toEqual(traQuestions.map((question) => question.id));
    const answers = {
      'tra.circumstances': 'Mailing list sent to our email platform in the US under the IDTA.',
      'tra.risk-level': 'low',
      'tra.investigation': 'Provider’s published TRA and sub-processor list.',
      'tra.human-rights': false,
      'tra.enforce-uk': true,
      'tra.enforce-abroad': true,
      'tra.exceptions': false,
    };
    expect(missingRequired(answers)).toEqual([]);
    expect(missingRequired({ ...answers, 'tra.risk-level': 'extreme' })).toEqual([
      'tra.risk-level',
    ]);
    expect(missingRequired({ ...answers, 'tra.human-rights': null })).toEqual(['tra.human-rights']);
  });
});
