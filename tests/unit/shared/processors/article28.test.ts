import { describe, expect, it } from 'vitest';
import type { Article28Answers } from '../../../../shared/processors/article28';
import {
  article28Checklist,
  article28ItemIds,
  checklistBadge,
  checklistStatus,
  describeChecklist,
} from '../../../../shared/processors/article28';

const allYes = (): Article28Answers =>
  Object.fromEntries(article28ItemIds.map((id) => [id, 'yes'])) as Article28Answers;

describe('article28Checklist', () => {
  it('covers the eight terms of Article 28(3), each once, with text and guidance', () => {
    expect(article28Checklist.map((item) => item.id)).toEqual([...article28ItemIds]);
    expect(article28Checklist.map((item) => item.reference)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => `Art 28(3)(${letter})`),
    );
    for (const item of article28Checklist) {
      expect(item.text.length).toBeGreaterThan(10);
      expect(item.guidance.length).toBeGreaterThan(10);
    }
  });
});

describe('checklistStatus', () => {
  it('lists every item as missing when nothing is answered', () => {
    expect(checklistStatus({})).toEqual({
      complete: false,
      missing: [...article28ItemIds],
      gaps: [],
    });
  });

  it('treats unknown as missing on a partly answered checklist', () => {
    const status = checklistStatus({
      'documented-instructions': 'yes',
      confidentiality: 'unknown',
      security: 'yes',
    });
    expect(status.complete).toBe(false);
    expect(status.missing).toEqual(
      article28ItemIds.filter((id) => id !== 'documented-instructions' && id !== 'security'),
    );
    expect(status.gaps).toEqual([]);
  });

  it('is complete with no gaps when every term is in the contract', () => {
    expect(checklistStatus(allYes())).toEqual({ complete: true, missing: [], gaps: [] });
  });

  it('is complete but reports gaps for terms answered no, in checklist order', () => {
    const status = checklistStatus({
      ...allYes(),
      'audits-and-information': 'no',
      'sub-processors': 'no',
    });
    expect(status).toEqual({
      complete: true,
      missing: [],
      gaps: ['sub-processors', 'audits-and-information'],
    });
  });

  it('reports gaps and missing items together', () => {
    const status = checklistStatus({ security: 'no', 'deletion-or-return': 'unknown' });
    expect(status.complete).toBe(false);
    expect(status.gaps).toEqual(['security']);
    expect(status.missing).toContain('deletion-or-return');
    expect(status.missing).not.toContain('security');
  });
});

describe('describeChecklist', () => {
  it('asks for the terms to be checked while none is answered yes or no', () => {
    expect(describeChecklist({})).toMatch(/^Not checked yet/);
    const allUnknown = Object.fromEntries(
      article28ItemIds.map((id) => [id, 'unknown']),
    ) as Article28Answers;
    expect(describeChecklist(allUnknown)).toMatch(/^Not checked yet/);
  });

  it('counts the confirmed terms, names the gaps and says how many are left', () => {
    expect(
      describeChecklist({
        ...allYes(),
        security: 'no',
        'sub-processors': 'no',
        'audits-and-information': 'unknown',
      }),
    ).toBe(
      '5 of 8 terms confirmed; the contract lacks: Security, Sub-processors; 1 still to check.',
    );
  });

  it('says when every term is confirmed', () => {
    expect(describeChecklist(allYes())).toBe('All 8 terms confirmed.');
  });
});

describe('checklistBadge', () => {
  it('is "Not checked" with no answers', () => {
    expect(checklistBadge({})).toMatchObject({ label: 'Not checked', tone: 'not-checked' });
  });

  it('counts confirmed terms while there is no gap', () => {
    expect(checklistBadge({ security: 'yes', confidentiality: 'unknown' })).toMatchObject({
      label: '1/8',
      tone: 'partial',
    });
    expect(checklistBadge(allYes())).toMatchObject({ label: '8/8', tone: 'complete' });
  });

  it('shows gaps ahead of progress, as they need action', () => {
    expect(checklistBadge({ ...allYes(), security: 'no' })).toMatchObject({
      label: 'Gaps',
      tone: 'gaps',
    });
  });
});
