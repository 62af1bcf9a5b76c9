import { describe, expect, it } from 'vitest';
import { thirdPartySchema } from '../../../../shared/domain/third-party';
import { transferSchema } from '../../../../shared/domain/transfer';
import {
  addFromLibrary,
  proposalReasons,
  proposedTransfers,
  thirdPartyFromLibrary,
} from '../../../../shared/processors/from-library';
import type { LibraryProcessor } from '../../../../shared/processors/library';
import { findLibraryProcessor, processorLibrary } from '../../../../shared/processors/library';
import type { AdequacyList } from '../../../../shared/reference/adequacy';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { NOW } from '../fixtures';

const today = '2026-11-25';

const library = (id: string): LibraryProcessor => {
  const entry = findLibraryProcessor(id);
  if (!entry) throw new Error(`No library entry ${id}`);
  return entry;
};

const cases = processorLibrary.map((entry) => [entry.id, entry] as const);

describe('thirdPartyFromLibrary', () => {
  it.each(cases)('builds a schema-valid third party for %s', (_id, entry) => {
    const party = thirdPartyFromLibrary(entry, NOW);
    expect(thirdPartySchema.safeParse(party).success).toBe(true);
    expect(party).toMatchObject({
      name: entry.name,
      kind: entry.kind,
      type: entry.type,
      services: entry.services,
      countries: [...entry.countries],
      website: entry.website,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(party.contract.status).toBe('missing');
    expect(party.toConfirm).toEqual(
      expect.arrayContaining(['countries', 'kind', 'contract.status', 'services']),
    );
    expect(party.internalNotes).toContain('processor library');
    expect(party.internalNotes).toContain('2026-11-25');
  });

  it('copies the countries rather than sharing the library array', () => {
    const entry = library('microsoft-365');
    const party = thirdPartyFromLibrary(entry, NOW);
    party.countries.push('FR');
    expect(entry.countries).not.toContain('FR');
  });

  it('gives each third party its own id', () => {
    const entry = library('zoom');
    expect(thirdPartyFromLibrary(entry, NOW).id).not.toBe(thirdPartyFromLibrary(entry, NOW).id);
  });
});

describe('proposedTransfers', () => {
  it.each(cases)('proposes schema-valid drafts for %s', (_id, entry) => {
    const transfers = proposedTransfers(entry, 'tp-1', NOW, today);
    for (const transfer of transfers) {
      expect(transferSchema.safeParse(transfer).success).toBe(true);
      expect(transfer.thirdPartyId).toBe('tp-1');
      expect(transfer.toConfirm).toEqual(['mechanism', 'destinations']);
      expect(transfer.internalNotes).toContain('processor library');
      expect(transfer.mechanism).not.toBe('legacy-eu-sccs');
    }
    // Every country outside the UK is covered exactly once.
    const destinations = transfers.flatMap((transfer) => transfer.destinations);
    expect(destinations.sort()).toEqual(entry.countries.filter((code) => code !== 'GB').sort());
  });

  it('proposes no transfer for UK-only processors', () => {
    const ukOnly = processorLibrary.filter((entry) => entry.countries.every((c) => c === 'GB'));
    expect(ukOnly.length).toBeGreaterThan(0);
    for (const entry of ukOnly) expect(proposedTransfers(entry, 'tp-1', NOW, today)).toEqual([]);
  });

  it('proposes the UK–US data bridge with no TRA for a DPF-certified US provider', () => {
    expect(proposedTransfers(library('mailchimp'), 'tp-1', NOW, today)).toEqual([
      expect.objectContaining({
        destinations: ['US'],
        mechanism: 'uk-us-data-bridge',
        traStatus: 'not-needed',
      }),
    ]);
  });

  it('relies on adequacy for EEA destinations and the bridge for the US', () => {
    const transfers = proposedTransfers(library('microsoft-365'), 'tp-1', NOW, today);
    expect(transfers).toEqual([
      expect.objectContaining({
        destinations: ['IE', 'NL'],
        mechanism: 'adequacy',
        traStatus: 'not-needed',
      }),
      expect.objectContaining({
        destinations: ['US'],
        mechanism: 'uk-us-data-bridge',
        traStatus: 'not-needed',
      }),
    ]);
  });

  it('needs a TRA where the provider offers the UK Addendum for the US', () => {
    const transfers = proposedTransfers(library('typeform'), 'tp-1', NOW, today);
    expect(transfers).toContainEqual(
      expect.objectContaining({
        destinations: ['US'],
        mechanism: 'uk-addendum',
        traStatus: 'not-started',
      }),
    );
  });

  it('leaves the mechanism open where the data bridge cannot reach a destination', () => {
    const transfers = proposedTransfers(library('xero'), 'tp-1', NOW, today);
    expect(transfers).toContainEqual(
      expect.objectContaining({ destinations: ['AU'], mechanism: null, traStatus: 'not-started' }),
    );
    expect(transfers).toContainEqual(
      expect.objectContaining({ destinations: ['NZ'], mechanism: 'adequacy' }),
    );
  });

  it('rejects a malformed day', () => {
    expect(() => proposedTransfers(library('zoom'), 'tp-1', NOW, '25/11/2026')).toThrow(RangeError);
  });
});

describe('addFromLibrary', () => {
  it('links the proposed transfers to the new third party', () => {
    const { thirdParty, transfers } = addFromLibrary(library('hubspot'), NOW, today);
    expect(transfers.length).toBeGreaterThan(0);
    for (const transfer of transfers) expect(transfer.thirdPartyId).toBe(thirdParty.id);
  });
});

describe('the adequacy list a person edited', () => {
  const without = (...codes: string[]): AdequacyList => ({
    ...UK_ADEQUACY_BASELINE,
    entries: UK_ADEQUACY_BASELINE.entries.filter((entry) => !codes.includes(entry.code)),
  });
  const withAustralia: AdequacyList = {
    ...UK_ADEQUACY_BASELINE,
    entries: [
      ...UK_ADEQUACY_BASELINE.entries,
      {
        code: 'AU',
        name: 'Australia',
        scope: 'full',
        scopeNote: '',
        from: '2026-01-01',
        until: null,
      },
    ],
  };

  it('gives the same proposal as the baseline when none is passed', () => {
    const strip = (transfers: ReturnType<typeof proposedTransfers>) =>
      transfers.map(({ destinations, mechanism, traStatus, internalNotes }) => ({
        destinations,
        mechanism,
        traStatus,
        internalNotes,
      }));
    for (const entry of processorLibrary) {
      expect(strip(proposedTransfers(entry, 'tp-1', NOW, today))).toEqual(
        strip(proposedTransfers(entry, 'tp-1', NOW, today, UK_ADEQUACY_BASELINE)),
      );
    }
  });

  it('relies on a country the person added to the list', () => {
    const transfers = proposedTransfers(library('xero'), 'tp-1', NOW, today, withAustralia);
    expect(transfers).toContainEqual(
      expect.objectContaining({ destinations: ['NZ', 'AU'], mechanism: 'adequacy' }),
    );
    expect(transfers.some((t) => t.mechanism === null)).toBe(false);
  });

  it('stops relying on a country the person took off the list', () => {
    const transfers = proposedTransfers(
      library('microsoft-365'),
      'tp-1',
      NOW,
      today,
      without('IE', 'NL'),
    );
    expect(transfers).toContainEqual(
      expect.objectContaining({ destinations: ['IE', 'NL'], traStatus: 'not-started' }),
    );
    expect(transfers.find((t) => t.destinations.includes('IE'))?.mechanism).not.toBe('adequacy');
  });

  it('passes the list through addFromLibrary', () => {
    const { transfers } = addFromLibrary(library('xero'), NOW, today, withAustralia);
    expect(transfers.flatMap((t) => (t.mechanism === 'adequacy' ? t.destinations : []))).toEqual([
      'NZ',
      'AU',
    ]);
  });
});

describe('proposalReasons', () => {
  it('gives one message for each destination of a proposed transfer', () => {
    const transfers = proposedTransfers(library('microsoft-365'), 'tp-1', NOW, today);
    const eea = transfers.find((t) => t.destinations.includes('IE'));
    expect(eea && proposalReasons(eea)).toHaveLength(2);
    for (const reason of eea ? proposalReasons(eea) : []) {
      expect(reason).not.toMatch(/processor library/);
      expect(reason.length).toBeGreaterThan(10);
    }
  });
});
