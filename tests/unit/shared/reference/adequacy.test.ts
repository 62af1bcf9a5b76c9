import { describe, expect, it } from 'vitest';
import type { AdequacyEntry } from '../../../../shared/reference/adequacy';
import {
  adequacyEntrySchema,
  adequacyListSchema,
  eeaStates,
  UK_ADEQUACY_BASELINE,
} from '../../../../shared/reference/adequacy';
import { countryName } from '../../../../shared/reference/countries';

const byCode = new Map<string, AdequacyEntry>(
  UK_ADEQUACY_BASELINE.entries.map((entry) => [entry.code, entry]),
);

describe('UK adequacy baseline', () => {
  it('passes its own schema', () => {
    expect(adequacyListSchema.safeParse(UK_ADEQUACY_BASELINE).success).toBe(true);
  });

  it('is dated and names its source', () => {
    expect(UK_ADEQUACY_BASELINE.checkedOn).toBe('2026-11-25');
    expect(UK_ADEQUACY_BASELINE.source).toMatch(/ICO guidance/);
  });

  it('expands the EEA into its 30 states, each from 2021-01-01', () => {
    expect(eeaStates).toHaveLength(30);
    expect(new Set(eeaStates).size).toBe(30);
    for (const code of ['DE', 'FR', 'IE', 'GR', 'IS', 'LI', 'NO']) {
      expect(eeaStates).toContain(code);
    }
    for (const code of eeaStates) {
      expect(byCode.get(code), code).toMatchObject({ scope: 'full', from: '2021-01-01' });
    }
  });

  it('lists every country once, with its own name', () => {
    const codes = UK_ADEQUACY_BASELINE.entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(30 + 15);
    for (const entry of UK_ADEQUACY_BASELINE.entries)
      expect(entry.name).toBe(countryName(entry.code));
  });

  it.each([
    ['GI', '2021-01-01'],
    ['CH', '2021-01-01'],
    ['AR', '2021-01-01'],
    ['FO', '2021-01-01'],
    ['GG', '2021-01-01'],
    ['IM', '2021-01-01'],
    ['JE', '2021-01-01'],
    ['AD', '2021-01-01'],
    ['IL', '2021-01-01'],
    ['UY', '2021-01-01'],
    ['NZ', '2021-01-01'],
    ['KR', '2022-12-19'],
  ])('has full adequacy for %s from %s', (code, from) => {
    expect(byCode.get(code)).toMatchObject({ scope: 'full', scopeNote: '', from, until: null });
  });

  it.each([
    ['CA', '2021-01-01', /PIPEDA/],
    ['JP', '2021-01-01', /APPI/],
    ['US', '2023-10-12', /Data Privacy Framework.*UK Extension/],
  ])('has partial adequacy for %s from %s, saying whom it covers', (code, from, note) => {
    const entry = byCode.get(code);
    expect(entry).toMatchObject({ scope: 'partial', from, until: null });
    expect(entry?.scopeNote).toMatch(note);
  });

  it('does not list the United Kingdom', () => {
    expect(byCode.has('GB')).toBe(false);
  });
});

describe('adequacy entry schema', () => {
  const valid = {
    code: 'CH',
    name: 'Switzerland',
    scope: 'full',
    scopeNote: '',
    from: '2021-01-01',
    until: null,
  };

  it('accepts a dated entry with an end', () => {
    expect(adequacyEntrySchema.safeParse({ ...valid, until: '2030-01-01' }).success).toBe(true);
  });

  it.each([
    ['the United Kingdom', { code: 'GB' }],
    ['an unassigned code', { code: 'XX' }],
    ['a lower-case code', { code: 'ch' }],
    ['a partial adequacy without a scope note', { scope: 'partial' }],
    ['an end before the start', { until: '2020-12-31' }],
    ['an end on the start', { until: '2021-01-01' }],
    ['a date that does not exist', { from: '2021-02-30' }],
  ])('refuses %s', (_label, change) => {
    expect(adequacyEntrySchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
