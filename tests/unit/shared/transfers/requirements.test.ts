import { describe, expect, it } from 'vitest';
import type { AdequacyList } from '../../../../shared/reference/adequacy';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import {
  findAdequacy,
  needsTransferRecord,
  whatIsNeeded,
} from '../../../../shared/transfers/requirements';

const today = '2026-11-25';

describe('whatIsNeeded', () => {
  it('says a destination in the UK is not a restricted transfer', () => {
    const answer = whatIsNeeded({ destination: 'GB', on: today, mechanism: 'legacy-eu-sccs' });
    expect(answer.kind).toBe('not-restricted');
    expect(answer.message).toMatch(/not a restricted transfer/);
  });

  it.each(['FR', 'NO', 'GI', 'CH', 'JE', 'NZ'])('needs nothing more for adequate %s', (code) => {
    const answer = whatIsNeeded({ destination: code, on: today });
    expect(answer).toMatchObject({ kind: 'adequate', basis: 'adequacy' });
    expect(answer.message).toMatch(/nothing more is needed/);
  });

  it('accepts a lower-case code', () => {
    expect(whatIsNeeded({ destination: 'fr', on: today }).kind).toBe('adequate');
  });

  describe('Republic of Korea', () => {
    it('is not adequate the day before 19 December 2022', () => {
      const answer = whatIsNeeded({ destination: 'KR', on: '2022-12-18' });
      expect(answer).toMatchObject({
        kind: 'needs-safeguard',
        reason: 'adequacy-not-yet-in-force',
        tra: 'required-for-article-46',
      });
      expect(answer.message).toMatch(/from 19 December 2022/);
    });

    it('is adequate from 19 December 2022', () => {
      expect(whatIsNeeded({ destination: 'KR', on: '2022-12-19' }).kind).toBe('adequate');
    });
  });

  describe('United States', () => {
    it('asks to confirm DPF UK Extension certification when nobody has checked', () => {
      const answer = whatIsNeeded({ destination: 'US', on: today });
      expect(answer.kind).toBe('confirm-scope');
      expect(answer.message).toMatch(/Confirm the recipient is certified to the DPF UK Extension/);
      expect(answer.message).toMatch(/transfer risk assessment/);
    });

    it('is covered by the UK–US data bridge for a certified recipient', () => {
      const answer = whatIsNeeded({ destination: 'US', on: today, recipientCertified: true });
      expect(answer).toMatchObject({ kind: 'adequate', basis: 'uk-us-data-bridge' });
      expect(answer.message).toMatch(/UK–US data bridge covers/);
    });

    it('needs an Article 46 mechanism and a TRA for a recipient that is not certified', () => {
      const answer = whatIsNeeded({ destination: 'US', on: today, recipientCertified: false });
      expect(answer).toMatchObject({
        kind: 'needs-safeguard',
        reason: 'outside-partial-scope',
        tra: 'required-for-article-46',
        options: ['idta', 'uk-addendum', 'bcrs', 'art49-exception'],
      });
      expect(answer.message).toMatch(/not certified/);
    });

    it('is not adequate before the data bridge, even for a certified recipient', () => {
      const answer = whatIsNeeded({
        destination: 'US',
        on: '2023-10-11',
        recipientCertified: true,
      });
      expect(answer).toMatchObject({
        kind: 'needs-safeguard',
        reason: 'adequacy-not-yet-in-force',
      });
      expect(answer.message).toMatch(/12 October 2023/);
    });

    it('refuses the data bridge as the mechanism for a recipient that is not certified', () => {
      const answer = whatIsNeeded({
        destination: 'US',
        on: today,
        recipientCertified: false,
        mechanism: 'uk-us-data-bridge',
      });
      expect(answer).toMatchObject({
        kind: 'mechanism-not-valid',
        instead: { kind: 'needs-safeguard' },
      });
    });

    it('refuses the data bridge for a country other than the US', () => {
      const answer = whatIsNeeded({ destination: 'CA', on: today, mechanism: 'uk-us-data-bridge' });
      expect(answer).toMatchObject({
        kind: 'mechanism-not-valid',
        instead: { kind: 'confirm-scope' },
      });
    });
  });

  describe('Canada and Japan (partial)', () => {
    it.each([
      ['CA', /PIPEDA/],
      ['JP', /APPI/],
    ])('asks to confirm %s scope', (code, note) => {
      const answer = whatIsNeeded({ destination: code, on: today });
      expect(answer.kind).toBe('confirm-scope');
      expect(answer.message).toMatch(/Confirm the recipient is within its scope/);
      expect(answer.message).toMatch(note);
    });

    it('is adequate for a recipient within scope', () => {
      const answer = whatIsNeeded({ destination: 'CA', on: today, recipientCertified: true });
      expect(answer).toMatchObject({ kind: 'adequate', basis: 'adequacy' });
    });

    it('needs a safeguard for a recipient outside scope', () => {
      const answer = whatIsNeeded({ destination: 'JP', on: today, recipientCertified: false });
      expect(answer).toMatchObject({ kind: 'needs-safeguard', reason: 'outside-partial-scope' });
      expect(answer.message).toMatch(/APPI/);
    });
  });

  describe('a country without adequacy', () => {
    it.each(['IN', 'ZA'])('%s needs a mechanism, and a TRA for Article 46 ones', (code) => {
      const answer = whatIsNeeded({ destination: code, on: today });
      expect(answer).toMatchObject({
        kind: 'needs-safeguard',
        reason: 'no-adequacy',
        mechanism: null,
        tra: 'required-for-article-46',
      });
      expect(answer.message).toMatch(/IDTA.*UK Addendum.*binding corporate rules.*Article 49/);
    });

    it.each(['idta', 'uk-addendum', 'bcrs'] as const)('needs a TRA with %s', (mechanism) => {
      const answer = whatIsNeeded({ destination: 'IN', on: today, mechanism });
      expect(answer).toMatchObject({ kind: 'needs-safeguard', mechanism, tra: 'required' });
      expect(answer.message).toMatch(/transfer risk assessment before the transfer/);
    });

    it('needs no TRA with an Article 49 exception', () => {
      const answer = whatIsNeeded({ destination: 'ZA', on: today, mechanism: 'art49-exception' });
      expect(answer).toMatchObject({ kind: 'needs-safeguard', tra: 'not-needed' });
      expect(answer.message).toMatch(/which Article 49 exception/);
    });

    it('refuses adequacy as the mechanism', () => {
      const answer = whatIsNeeded({ destination: 'IN', on: today, mechanism: 'adequacy' });
      expect(answer).toMatchObject({
        kind: 'mechanism-not-valid',
        instead: { reason: 'no-adequacy' },
      });
    });
  });

  describe('legacy EU SCCs and the IDTA dates', () => {
    it('refuses legacy EU SCCs from 21 March 2024, saying so and what to do instead', () => {
      const answer = whatIsNeeded({
        destination: 'IN',
        on: '2024-03-21',
        mechanism: 'legacy-eu-sccs',
      });
      expect(answer).toMatchObject({
        kind: 'mechanism-not-valid',
        mechanism: 'legacy-eu-sccs',
        instead: { kind: 'needs-safeguard', tra: 'required-for-article-46' },
      });
      expect(answer.message).toMatch(/not been valid for UK transfers since 21 March 2024/);
      expect(answer.message).toMatch(/IDTA/);
    });

    it('refuses legacy EU SCCs even for an adequate destination, which needs nothing', () => {
      const answer = whatIsNeeded({ destination: 'FR', on: today, mechanism: 'legacy-eu-sccs' });
      expect(answer).toMatchObject({ kind: 'mechanism-not-valid', instead: { kind: 'adequate' } });
    });

    it('accepts legacy EU SCCs the day before, with a TRA and a warning', () => {
      const answer = whatIsNeeded({
        destination: 'IN',
        on: '2024-03-20',
        mechanism: 'legacy-eu-sccs',
      });
      expect(answer).toMatchObject({ kind: 'needs-safeguard', tra: 'required' });
      expect(answer.message).toMatch(/21 September 2022/);
    });

    it.each(['idta', 'uk-addendum'] as const)('refuses %s before 21 March 2022', (mechanism) => {
      const answer = whatIsNeeded({ destination: 'IN', on: '2022-03-20', mechanism });
      expect(answer.kind).toBe('mechanism-not-valid');
      expect(answer.message).toMatch(/came into force on 21 March 2022/);
      expect(whatIsNeeded({ destination: 'IN', on: '2022-03-21', mechanism }).kind).toBe(
        'needs-safeguard',
      );
    });

    it('offers EU SCCs rather than the IDTA before 21 March 2022', () => {
      const answer = whatIsNeeded({ destination: 'IN', on: '2021-06-01' });
      expect(answer).toMatchObject({ options: ['legacy-eu-sccs', 'bcrs', 'art49-exception'] });
    });
  });

  describe('an edited adequacy list', () => {
    it('gives a different answer when a country is removed', () => {
      const edited: AdequacyList = {
        ...UK_ADEQUACY_BASELINE,
        entries: UK_ADEQUACY_BASELINE.entries.filter((entry) => entry.code !== 'CH'),
      };
      expect(whatIsNeeded({ destination: 'CH', on: today }).kind).toBe('adequate');
      expect(whatIsNeeded({ destination: 'CH', on: today, adequacy: edited })).toMatchObject({
        kind: 'needs-safeguard',
        reason: 'no-adequacy',
      });
    });

    it('stops applying adequacy from its end date', () => {
      const edited: AdequacyList = {
        ...UK_ADEQUACY_BASELINE,
        entries: UK_ADEQUACY_BASELINE.entries.map((entry) =>
          entry.code === 'IL' ? { ...entry, until: '2026-06-01' } : entry,
        ),
      };
      expect(whatIsNeeded({ destination: 'IL', on: '2026-05-31', adequacy: edited }).kind).toBe(
        'adequate',
      );
      const after = whatIsNeeded({ destination: 'IL', on: '2026-06-01', adequacy: edited });
      expect(after).toMatchObject({ kind: 'needs-safeguard', reason: 'adequacy-ended' });
      expect(after.message).toMatch(/stopped applying on 1 June 2026/);
    });

    it('uses a country the user added', () => {
      const edited: AdequacyList = {
        ...UK_ADEQUACY_BASELINE,
        entries: [
          ...UK_ADEQUACY_BASELINE.entries,
          {
            code: 'BR',
            name: 'Brazil',
            scope: 'full',
            scopeNote: '',
            from: '2026-01-01',
            until: null,
          },
        ],
      };
      expect(whatIsNeeded({ destination: 'BR', on: today, adequacy: edited }).kind).toBe(
        'adequate',
      );
    });
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => whatIsNeeded({ destination: 'FR', on: '25/11/2026' })).toThrow(RangeError);
  });
});

describe('findAdequacy', () => {
  it('prefers the entry in force when a code has an ended and a renewed one', () => {
    const edited: AdequacyList = {
      ...UK_ADEQUACY_BASELINE,
      entries: [
        {
          code: 'AR',
          name: 'Argentina',
          scope: 'full',
          scopeNote: '',
          from: '2021-01-01',
          until: '2025-01-01',
        },
        {
          code: 'AR',
          name: 'Argentina',
          scope: 'full',
          scopeNote: '',
          from: '2026-01-01',
          until: null,
        },
      ],
    };
    expect(findAdequacy('AR', '2026-02-01', edited)).toMatchObject({ found: true });
    expect(findAdequacy('AR', '2025-06-01', edited)).toMatchObject({
      found: false,
      reason: 'adequacy-not-yet-in-force',
    });
  });
});

describe('needsTransferRecord', () => {
  it('returns the countries outside the UK, each once', () => {
    expect(needsTransferRecord(['GB', 'US', 'IE', 'us', 'GB', 'JE'])).toEqual(['US', 'IE', 'JE']);
  });

  it('returns nothing for a UK-only third party', () => {
    expect(needsTransferRecord(['GB'])).toEqual([]);
    expect(needsTransferRecord([])).toEqual([]);
  });
});
