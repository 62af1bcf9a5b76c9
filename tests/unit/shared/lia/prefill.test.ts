import { describe, expect, it } from 'vitest';
import { blankActivity, type Activity } from '../../../../shared/domain';
import { questionsFor } from '../../../../shared/lia/rules';
import {
  applySuggestion,
  prefillQuestionIds,
  suggestionsFrom,
} from '../../../../shared/lia/prefill';

const NOW = '2026-03-01T10:00:00.000Z';
const activity = (overrides: Partial<Activity> & Pick<Activity, 'id' | 'name'>) =>
  blankActivity(NOW, overrides);

describe('suggestions from the linked activities', () => {
  it('only suggests answers to questions the standard path asks', () => {
    const ids = questionsFor('standard').map((question) => question.id);
    for (const id of prefillQuestionIds) expect(ids).toContain(id);
  });

  it('names special category and criminal offence data, or says there is none', () => {
    const health = activity({
      id: 'a1',
      name: 'Support sessions',
      specialCategories: ['health'],
      criminalOffenceData: true,
    });
    const plain = activity({ id: 'a2', name: 'Enquiries' });
    const found = suggestionsFrom([health, plain])['nature.special-category'];
    expect(found).toEqual([
      {
        activityId: 'a1',
        activityName: 'Support sessions',
        text: 'Yes: special category data (Health) and criminal offence data.',
      },
      {
        activityId: 'a2',
        activityName: 'Enquiries',
        text: 'No: the activity records no special category or criminal offence data.',
      },
    ]);
  });

  it('points out children and vulnerable people among the data subjects, and is silent otherwise', () => {
    const youth = activity({
      id: 'a1',
      name: 'Youth club',
      dataSubjects: ['Young people aged 11 to 16', 'Parents'],
    });
    const adults = activity({ id: 'a2', name: 'Staff', dataSubjects: ['Employees'] });
    expect(suggestionsFrom([youth, adults])['nature.children-vulnerable']).toEqual([
      expect.objectContaining({
        activityId: 'a1',
        text: 'Yes: the people include “Young people aged 11 to 16”.',
      }),
    ]);
    expect(suggestionsFrom([adults])['nature.children-vulnerable']).toBeUndefined();
  });

  it('says where the data comes from, directly or from a third party', () => {
    const direct = activity({ id: 'a1', name: 'Enquiries', sources: ['Website contact form'] });
    const bought = activity({
      id: 'a2',
      name: 'Followers',
      collectedFromIndividual: false,
      sources: ['The social media platforms'],
    });
    const found = suggestionsFrom([direct, bought]);
    expect(found['expectations.collected-directly']?.map((s) => s.text)).toEqual([
      'Yes, all of it comes from the individual themselves. Sources: Website contact form.',
      'Not all of it: some comes from elsewhere. Sources: The social media platforms.',
    ]);
    expect(found['expectations.third-party-source']?.map((s) => s.text)).toEqual([
      'Not applicable: we collect the data directly from the individual.',
      'We obtain the data from: The social media platforms.',
    ]);
  });

  it('describes the relationship from the data subjects and the purpose from the interest', () => {
    const enquiries = activity({
      id: 'a1',
      name: 'Enquiries',
      dataSubjects: ['People who send us an enquiry', ' '],
      purposes: ['Answer enquiries'],
      legitimateInterest: 'Answering the people who contact us.',
    });
    const noInterest = activity({
      id: 'a2',
      name: 'Orders',
      purposes: ['Take orders', 'Deliver them'],
    });
    const found = suggestionsFrom([enquiries, noInterest]);
    expect(found['expectations.relationship']?.map((s) => s.text)).toEqual([
      'The people concerned are: People who send us an enquiry.',
    ]);
    expect(found['purpose.why']?.map((s) => s.text)).toEqual([
      'Answering the people who contact us.',
      'Take orders. Deliver them.',
    ]);
  });

  it('suggests nothing without activities', () => {
    expect(suggestionsFrom([])).toEqual({});
  });
});

describe('using a suggestion', () => {
  it('fills a blank answer', () => {
    expect(applySuggestion('  ', 'Yes: health data.')).toBe('Yes: health data.');
  });

  it('adds to what was typed, never replacing it, and only once', () => {
    const once = applySuggestion('We checked this.', 'Yes: health data.');
    expect(once).toBe('We checked this.\n\nYes: health data.');
    expect(applySuggestion(once, 'Yes: health data.')).toBe(once);
  });
});
