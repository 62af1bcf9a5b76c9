import { describe, expect, it } from 'vitest';
import { processorCategories, processorLibrary } from '../../../../shared/processors/library';
import {
  groupByCategory,
  libraryCountryNames,
  sameName,
  searchLibrary,
} from '../../../../shared/processors/library-search';

const names = (search: string, category: (typeof processorCategories)[number] | null = null) =>
  searchLibrary(processorLibrary, { search, category }).map((entry) => entry.name);

describe('searchLibrary', () => {
  it('returns the whole library for an empty search', () => {
    expect(names('')).toHaveLength(processorLibrary.length);
  });

  it('finds by name, ignoring case', () => {
    expect(names('MAILCHIMP')).toEqual(['Mailchimp']);
  });

  it('finds by country name and by what the provider does, every word counting', () => {
    expect(names('new zealand')).toContain('Xero');
    expect(names('newsletter united states')).toEqual(
      expect.arrayContaining(['Mailchimp', 'Constant Contact']),
    );
    expect(names('newsletter united states')).not.toContain('Brevo');
  });

  it('limits to one category', () => {
    const emailMarketing = names('', 'email-marketing');
    expect(emailMarketing).toEqual(['Mailchimp', 'Brevo', 'Constant Contact']);
    expect(names('mailchimp', 'payments')).toEqual([]);
  });
});

describe('groupByCategory', () => {
  it('keeps the category order and leaves empty categories out', () => {
    const groups = groupByCategory(processorLibrary);
    expect(groups.map((g) => g.category)).toEqual(
      processorCategories.filter((c) => processorLibrary.some((e) => e.category === c)),
    );
    expect(groups.flatMap((g) => g.entries)).toHaveLength(processorLibrary.length);
    expect(
      groupByCategory(searchLibrary(processorLibrary, { search: 'zoom', category: null })),
    ).toEqual([expect.objectContaining({ label: 'Video calls' })]);
  });
});

describe('libraryCountryNames', () => {
  it('names the countries', () => {
    const mailchimp = processorLibrary.find((entry) => entry.id === 'mailchimp');
    expect(mailchimp && libraryCountryNames(mailchimp)).toEqual(['United States']);
  });
});

describe('sameName', () => {
  it('ignores case, accents and surrounding spaces', () => {
    expect(sameName(' mailchimp ', 'Mailchimp')).toBe(true);
    expect(sameName('Café Ltd', 'cafe ltd')).toBe(true);
    expect(sameName('Mailchimp', 'Mailchimp UK')).toBe(false);
  });
});
