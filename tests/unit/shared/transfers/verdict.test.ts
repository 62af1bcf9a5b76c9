import { describe, expect, it } from 'vitest';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import {
  requirementsFor,
  traNeeded,
  traStatusFor,
  transferVerdict,
  type TransferFacts,
} from '../../../../shared/transfers/verdict';

const ON = '2026-03-01';
const facts = (overrides: Partial<TransferFacts> = {}): TransferFacts => ({
  destinations: ['US'],
  mechanism: null,
  recipientCertified: null,
  art49Exception: null,
  traStatus: 'not-started',
  ...overrides,
});
const verdict = (overrides: Partial<TransferFacts>) =>
  transferVerdict(facts(overrides), UK_ADEQUACY_BASELINE, ON);

describe('transferVerdict', () => {
  it('covers an adequate destination', () => {
    expect(verdict({ destinations: ['FR', 'NZ'] })).toBe('covered');
  });

  it('asks to confirm a US recipient’s certification, and covers a certified one', () => {
    expect(verdict({})).toBe('confirm');
    expect(verdict({ recipientCertified: true })).toBe('covered');
  });

  it('needs a safeguard for an uncertified US recipient, then a TRA once an IDTA is chosen', () => {
    expect(verdict({ recipientCertified: false })).toBe('safeguard');
    expect(verdict({ recipientCertified: false, mechanism: 'idta' })).toBe('needs-tra');
    expect(verdict({ recipientCertified: false, mechanism: 'idta', traStatus: 'completed' })).toBe(
      'covered',
    );
  });

  it('judges a US transfer by the safeguard already chosen while certification is unchecked', () => {
    expect(verdict({ mechanism: 'uk-addendum' })).toBe('needs-tra');
    expect(verdict({ mechanism: 'uk-addendum', traStatus: 'completed' })).toBe('covered');
    expect(verdict({ mechanism: 'art49-exception' })).toBe('safeguard');
    expect(verdict({ mechanism: 'art49-exception', art49Exception: 'explicit-consent' })).toBe(
      'covered',
    );
    expect(verdict({ mechanism: 'uk-us-data-bridge' })).toBe('confirm');
  });

  it('covers an Article 49 exception only once the exception is named', () => {
    expect(verdict({ destinations: ['IN'], mechanism: 'art49-exception' })).toBe('safeguard');
    expect(
      verdict({
        destinations: ['IN'],
        mechanism: 'art49-exception',
        art49Exception: 'explicit-consent',
      }),
    ).toBe('covered');
  });

  it('refuses legacy EU SCCs after 21 March 2024', () => {
    expect(verdict({ destinations: ['IN'], mechanism: 'legacy-eu-sccs' })).toBe('not-valid');
  });

  it('gives the worst verdict over several destinations', () => {
    expect(verdict({ destinations: ['FR', 'US', 'IN'] })).toBe('safeguard');
  });

  it('follows an edited adequacy list: Korea’s adequacy ended', () => {
    const edited = {
      ...UK_ADEQUACY_BASELINE,
      entries: UK_ADEQUACY_BASELINE.entries.map((entry) =>
        entry.code === 'KR' ? { ...entry, until: '2026-01-01' } : entry,
      ),
    };
    expect(verdict({ destinations: ['KR'] })).toBe('covered');
    expect(transferVerdict(facts({ destinations: ['KR'] }), edited, ON)).toBe('safeguard');
  });
});

describe('traNeeded', () => {
  const needed = (overrides: Partial<TransferFacts>) =>
    traNeeded(requirementsFor(facts(overrides), UK_ADEQUACY_BASELINE, ON));

  it('is needed for an Article 46 safeguard, possibly needed before one is chosen', () => {
    expect(needed({ destinations: ['IN'], mechanism: 'idta' })).toBe('yes');
    expect(needed({ destinations: ['IN'] })).toBe('if-article-46');
  });

  it('is needed for an Article 46 safeguard while a US certification is unconfirmed', () => {
    const facts2 = facts({ mechanism: 'uk-addendum' });
    expect(traNeeded(requirementsFor(facts2, UK_ADEQUACY_BASELINE, ON), 'uk-addendum')).toBe('yes');
    expect(traNeeded(requirementsFor(facts2, UK_ADEQUACY_BASELINE, ON))).toBe('no');
  });

  it('is not needed under adequacy, the data bridge or an Article 49 exception', () => {
    expect(needed({ destinations: ['FR'] })).toBe('no');
    expect(needed({ recipientCertified: true })).toBe('no');
    expect(needed({ destinations: ['IN'], mechanism: 'art49-exception' })).toBe('no');
  });
});

describe('traStatusFor', () => {
  it('reads the assessment when there is one', () => {
    expect(traStatusFor('yes', { status: 'draft' })).toBe('in-progress');
    expect(traStatusFor('yes', { status: 'completed' })).toBe('completed');
  });

  it('says whether one is needed when there is none', () => {
    expect(traStatusFor('yes', null)).toBe('not-started');
    expect(traStatusFor('if-article-46', undefined)).toBe('not-started');
    expect(traStatusFor('no', null)).toBe('not-needed');
  });
});
