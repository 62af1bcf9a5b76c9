import { describe, expect, it } from 'vitest';
import {
  countryCodes,
  countryName,
  countryNames,
  countryOptions,
  isCountryCode,
} from '../../../../shared/reference/countries';

describe('countries', () => {
  it('lists all 249 assigned ISO 3166-1 alpha-2 codes once each', () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    for (const code of countryCodes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('agrees with the runtime’s own list of regions', () => {
    // Intl knows every assigned code; an unknown one comes back unchanged.
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    for (const code of countryCodes) expect(names.of(code), code).not.toBe(code);
  });

  it('names the countries the register meets most', () => {
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('US')).toBe('United States');
    expect(countryName('IE')).toBe('Ireland');
    expect(countryName('CH')).toBe('Switzerland');
    expect(countryName('KR')).toBe('South Korea');
  });

  it('has a distinct, plain name for each code', () => {
    const names = Object.values(countryNames);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toMatch(/&| - |SAR/);
  });

  it('returns an unknown code unchanged and refuses inherited names', () => {
    expect(countryName('ZZ')).toBe('ZZ');
    expect(isCountryCode('UK')).toBe(false);
    expect(isCountryCode('__proto__')).toBe(false);
    expect(isCountryCode('GB')).toBe(true);
  });

  it('sorts options by name', () => {
    const options = countryOptions();
    expect(options).toHaveLength(249);
    expect(options[0]?.name).toBe('Afghanistan');
    const names = options.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });
});
