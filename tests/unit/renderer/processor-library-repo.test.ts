import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { blankThirdParty } from '../../../shared/domain';
import { addFromLibrary } from '../../../shared/processors/from-library';
import { findLibraryProcessor, type LibraryProcessor } from '../../../shared/processors/library';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import {
  addLibraryProcessor,
  DuplicateThirdPartyError,
  findThirdPartyNamed,
} from '../../../renderer/db/repos/processor-library';
import { saveThirdParty } from '../../../renderer/db/repos/third-parties';

const NOW = '2026-11-25T10:00:00.000Z';
const TODAY = '2026-11-25';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`processor-library-${crypto.randomUUID()}`);
  useDatabase(db);
});

const library = (id: string): LibraryProcessor => {
  const entry = findLibraryProcessor(id);
  if (!entry) throw new Error(`No library entry ${id}`);
  return entry;
};

const events = () => db.auditEvents.orderBy('seq').toArray();

describe('addLibraryProcessor', () => {
  it('creates the third party and its transfers in one commit, each with an audit event', async () => {
    const planned = addFromLibrary(library('microsoft-365'), NOW, TODAY);
    expect(planned.transfers).toHaveLength(2);

    const added = await addLibraryProcessor(planned, new Date(NOW));

    expect(await db.thirdParties.toArray()).toEqual([added.thirdParty]);
    expect(added.thirdParty).toMatchObject({ name: 'Microsoft 365', article28: {} });
    const stored = await db.transfers.toArray();
    expect(stored).toHaveLength(2);
    for (const transfer of stored) expect(transfer.thirdPartyId).toBe(added.thirdParty.id);

    const trail = await events();
    expect(trail.map((e) => [e.entity, e.action])).toEqual([
      ['thirdParty', 'create'],
      ['transfer', 'create'],
      ['transfer', 'create'],
    ]);
    // One commit stamps every event with the same moment.
    expect(new Set(trail.map((e) => e.at)).size).toBe(1);
    expect(trail[0]?.summary).toMatch(/processor library/);
    expect(await verifyChain(trail)).toEqual({ ok: true, count: 3 });
  });

  it('adds a UK-only processor with no transfer', async () => {
    const added = await addLibraryProcessor(addFromLibrary(library('krystal'), NOW, TODAY));
    expect(added.transfers).toEqual([]);
    expect(await db.transfers.count()).toBe(0);
    expect((await events()).map((e) => e.entity)).toEqual(['thirdParty']);
  });

  it('refuses a name already in the register, whatever its case, and says which', async () => {
    const existing = await saveThirdParty(blankThirdParty(NOW, { name: ' mailchimp ' }));
    const before = await events();

    const attempt = addLibraryProcessor(addFromLibrary(library('mailchimp'), NOW, TODAY));
    await expect(attempt).rejects.toBeInstanceOf(DuplicateThirdPartyError);
    await expect(attempt).rejects.toMatchObject({ existing: { id: existing.id } });
    await expect(attempt).rejects.toThrow(/already in your register/);

    expect(await db.thirdParties.count()).toBe(1);
    expect(await db.transfers.count()).toBe(0);
    expect(await events()).toEqual(before);
  });

  it('writes nothing when a transfer fails validation', async () => {
    const planned = addFromLibrary(library('mailchimp'), NOW, TODAY);
    const [first] = planned.transfers;
    if (!first) throw new Error('Mailchimp should propose a transfer');
    const broken = { ...planned, transfers: [{ ...first, destinations: [] }] };

    await expect(addLibraryProcessor(broken)).rejects.toThrow(/Choose at least one destination/);
    expect(await db.thirdParties.count()).toBe(0);
    expect(await db.transfers.count()).toBe(0);
    expect(await events()).toEqual([]);
  });

  it('writes nothing when the third party fails validation', async () => {
    const planned = addFromLibrary(library('zoom'), NOW, TODAY);
    const broken = { ...planned, thirdParty: { ...planned.thirdParty, countries: ['usa'] } };
    await expect(addLibraryProcessor(broken)).rejects.toThrow();
    expect(await db.thirdParties.count()).toBe(0);
    expect(await db.transfers.count()).toBe(0);
    expect(await events()).toEqual([]);
  });

  it('refuses transfers planned for another third party', async () => {
    const planned = addFromLibrary(library('mailchimp'), NOW, TODAY);
    const stray = {
      ...planned,
      transfers: planned.transfers.map((t) => ({ ...t, thirdPartyId: 'someone-else' })),
    };
    await expect(addLibraryProcessor(stray)).rejects.toThrow(/do not belong/);
    expect(await db.thirdParties.count()).toBe(0);
  });
});

describe('findThirdPartyNamed', () => {
  it('finds by name ignoring case and spaces, or nothing', async () => {
    const saved = await saveThirdParty(blankThirdParty(NOW, { name: 'Xero' }));
    expect((await findThirdPartyNamed('  XERO '))?.id).toBe(saved.id);
    expect(await findThirdPartyNamed('Sage Accounting')).toBeUndefined();
  });
});
