import { describe, expect, it } from 'vitest';
import { exampleRegister } from '../../../../shared/example/konnect';
import { ropaReport } from '../../../../shared/reports';
import { icoSections } from '../../../../shared/ropa/ico-template';
import { NOW, smallRegister, validActivity, validThirdParty } from '../fixtures';
import { allText, emptyRegister, inputFor, positionsIn, textsOf } from './text';

const example = exampleRegister(NOW);

describe('the Article 30 record', () => {
  it('gives the controller, DPO and representative block before any activity', () => {
    const text = allText(ropaReport(inputFor(example)));
    const [controller, dpo, representative, firstActivity] = positionsIn(text, [
      'Controller, data protection officer and representative',
      'Data protection officer',
      'Representative',
      'Client records',
    ]);
    expect(controller).toBeGreaterThan(-1);
    expect(controller).toBeLessThan(dpo ?? -1);
    expect(dpo).toBeLessThan(representative ?? -1);
    expect(representative).toBeLessThan(text.indexOf('1. Business function'));
    expect(firstActivity).toBeGreaterThan(-1);
    expect(text).toContain('ZA065060');
  });

  it('lists every activity, each with the 30 ICO columns in the template’s order and words', () => {
    const definition = ropaReport(inputFor(example));
    const texts = textsOf(definition);
    const headings = (definition.content as { style?: string; text?: string }[])
      .filter((node) => node.style === 'heading')
      .map((node) => node.text);
    expect(headings).toEqual(
      expect.arrayContaining(example.activities.map((activity) => activity.name)),
    );
    const columns = icoSections.flatMap((s) => s.columns).map((c, i) => `${i + 1}. ${c}`);
    expect(columns).toHaveLength(30);
    expect(columns[7]).toBe(
      '8. Names of third countries or international organisations that personal data are transferred to (if applicable)',
    );
    for (const activity of example.activities) {
      const start = texts.indexOf(activity.name);
      expect(start, activity.name).toBeGreaterThan(-1);
      const block = texts.slice(start);
      const positions = columns.map((column) => block.indexOf(column));
      expect(positions.every((p) => p > -1)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      const sections = icoSections.map((s) => block.indexOf(s.section));
      expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    }
    expect(texts.filter((t) => t === '1. Business function')).toHaveLength(
      example.activities.length,
    );
  });

  it('writes linked records out by name', () => {
    const register = smallRegister({
      activities: [
        validActivity({
          recipientIds: ['tp-1'],
          lawfulBasis: 'consent',
          retention: {
            period: '2 years',
            trigger: 'The last email opened',
            justification: '',
            disposal: '',
            policyDocument: 'Retention policy v3',
            followsPolicy: true,
            notFollowingReason: '',
          },
        }),
      ],
      thirdParties: [validThirdParty({ kind: 'processor' })],
    });
    const text = allText(ropaReport(inputFor(register)));
    expect(text).toContain('Mail Co (Processor, ');
    expect(text).toContain('Mail Co: Missing');
    expect(text).toContain('Consent — Art 6(1)(a)');
    expect(text).toContain('2 years from the last email opened');
    expect(text).toContain('Retention policy v3');
    expect(text).not.toContain('tp-1');
  });

  it('leaves internal notes out unless asked for them', () => {
    const register = smallRegister({
      activities: [validActivity({ internalNotes: 'Ask Sam about the old list' })],
    });
    expect(allText(ropaReport(inputFor(register)))).not.toContain('Ask Sam');
    const withNotes = allText(ropaReport(inputFor(register, { includeInternalNotes: true })));
    expect(withNotes).toContain('Internal notes');
    expect(withNotes).toContain('Ask Sam about the old list');
  });

  it('says so when no activity is recorded yet', () => {
    const register = { ...smallRegister(), activities: [] };
    const texts = textsOf(ropaReport(inputFor(register)));
    expect(texts).toContain('No activities recorded yet.');
    expect(texts).not.toContain('1. Business function');
    expect(textsOf(ropaReport(inputFor(emptyRegister())))).toContain('No activities recorded yet.');
  });
});
