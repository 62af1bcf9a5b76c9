import { describe, expect, it } from 'vitest';
import {
  thirdPartyKinds,
  thirdPartyTypes,
  transferMechanisms,
} from '../../../../shared/domain/enums';
import {
  findLibraryProcessor,
  LIBRARY_CHECKED_ON,
  processorCategories,
  processorLibrary,
} from '../../../../shared/processors/library';
import { isCountryCode } from '../../../../shared/reference/countries';

describe('processorLibrary', () => {
  it('holds at least 25 processors', () => {
    expect(processorLibrary.length).toBeGreaterThanOrEqual(25);
  });

  it('has unique ids and names', () => {
    const ids = processorLibrary.map((entry) => entry.id);
    const names = processorLibrary.map((entry) => entry.name.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers every category', () => {
    const present = new Set(processorLibrary.map((entry) => entry.category));
    for (const category of processorCategories) expect(present).toContain(category);
  });

  it.each(processorLibrary.map((entry) => [entry.id, entry] as const))(
    '%s has valid, dated facts',
    (_id, entry) => {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(thirdPartyKinds).toContain(entry.kind);
      expect(thirdPartyTypes).toContain(entry.type);
      expect(entry.services.trim()).not.toBe('');
      expect(entry.countries.length).toBeGreaterThan(0);
      for (const code of entry.countries) expect(isCountryCode(code)).toBe(true);
      expect(new Set(entry.countries).size).toBe(entry.countries.length);
      if (entry.mechanism !== null) expect(transferMechanisms).toContain(entry.mechanism);
      expect(entry.mechanism).not.toBe('legacy-eu-sccs');
      // Only a UK-only processor has no transfer mechanism.
      expect(entry.mechanism === null).toBe(entry.countries.every((code) => code === 'GB'));
      expect(entry.website).toMatch(/^https:\/\//);
      expect(entry.checkedOn).toBe('2026-11-25');
      expect(entry.note).toMatch(/current terms/);
    },
  );

  it('dates the library as a whole', () => {
    expect(LIBRARY_CHECKED_ON).toBe('2026-11-25');
  });

  it('finds an entry by id', () => {
    expect(findLibraryProcessor('mailchimp')?.name).toBe('Mailchimp');
    expect(findLibraryProcessor('no-such-thing')).toBeUndefined();
  });
});
