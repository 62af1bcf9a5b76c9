import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { blankOrganisation, type Organisation } from '../../../shared/domain';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { getOrganisation, saveOrganisation } from '../../../renderer/db/repos/organisation';
import { updateSettings } from '../../../renderer/db/repos/settings';

const NOW = '2026-03-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`organisation-${crypto.randomUUID()}`);
  useDatabase(db);
});

const valid = (overrides: Partial<Organisation> = {}) =>
  blankOrganisation(NOW, {
    name: 'Konnect Communities C.I.C.',
    legalForm: 'cic',
    companyNumber: '08896465',
    icoRegistrationNumber: 'ZA065060',
    dpo: {
      appointed: false,
      contact: { name: '', email: '', phone: '', address: '' },
      reasonNotRequired: 'Not a public authority; no large-scale monitoring.',
    },
    ...overrides,
  });

const events = () => db.auditEvents.orderBy('seq').toArray();
/** saveOrganisation validates before it returns its promise, so it can throw synchronously. */
const attempt = async (input: Organisation) => saveOrganisation(input);

describe('saveOrganisation', () => {
  it('records a create, then an update with before and after', async () => {
    await updateSettings({ userName: 'Sam Penrose' });
    const created = await saveOrganisation(valid(), new Date(NOW));
    const updated = await saveOrganisation({ ...created, email: 'hello@konnect.example' });

    expect(await getOrganisation()).toEqual(updated);
    const trail = await events();
    expect(trail.map((e) => [e.entity, e.action])).toEqual([
      ['organisation', 'create'],
      ['organisation', 'update'],
    ]);
    expect(trail[0]?.summary).toBe(
      'Created the organisation profile for “Konnect Communities C.I.C.”',
    );
    expect(trail[0]?.actor).toBe('Sam Penrose');
    expect(trail[1]?.before).toMatchObject({ email: '' });
    expect(trail[1]?.after).toMatchObject({ email: 'hello@konnect.example' });
    expect(await verifyChain(trail)).toEqual({ ok: true, count: 2 });
  });

  it('keeps one profile even when saved with another id', async () => {
    await saveOrganisation(valid());
    await saveOrganisation(valid({ name: 'Renamed' }));
    expect(await db.organisation.count()).toBe(1);
    expect((await getOrganisation())?.name).toBe('Renamed');
  });

  it('trims text and stamps updatedAt', async () => {
    const later = new Date('2026-05-05T12:00:00.000Z');
    const saved = await saveOrganisation(valid({ name: '  Konnect  ' }), later);
    expect(saved.name).toBe('Konnect');
    expect(saved.updatedAt).toBe(later.toISOString());
  });

  it.each<[string, Partial<Organisation>, RegExp]>([
    ['a missing name', { name: '' }, /Enter the organisation’s name/],
    [
      'a bad postcode',
      { registeredAddress: { ...valid().registeredAddress, postcode: 'ABC' } },
      /UK postcode/,
    ],
    ['a bad company number', { companyNumber: '123' }, /company number has 8 characters/],
    ['a bad ICO number', { icoRegistrationNumber: 'A1234' }, /ICO registration number looks like/],
    ['a bad email', { email: 'hello@' }, /email address like/],
    ['a charity without its number', { legalForm: 'cio' }, /needs its charity number/],
    [
      'an acknowledgement later than 30 days',
      { complaints: { process: '', contact: '', acknowledgeWithinDays: 31 } },
      /30/,
    ],
  ])('refuses %s and writes nothing', async (_, overrides, message) => {
    await expect(attempt(valid(overrides))).rejects.toThrow(message);
    expect(await getOrganisation()).toBeUndefined();
    expect(await events()).toEqual([]);
  });

  it('needs a reason when no DPO is appointed, and none when one is', async () => {
    const noReason = valid({
      dpo: { appointed: false, contact: valid().dpo.contact, reasonNotRequired: ' ' },
    });
    await expect(attempt(noReason)).rejects.toThrow(/why you do not need a DPO/);
    const appointed = valid({
      dpo: {
        appointed: true,
        contact: { ...valid().dpo.contact, email: 'dpo@konnect.example' },
        reasonNotRequired: '',
      },
    });
    await expect(attempt(appointed)).resolves.toMatchObject({ dpo: { appointed: true } });
  });

  it('leaves the stored profile alone when an update is refused', async () => {
    const saved = await saveOrganisation(valid());
    await expect(attempt({ ...saved, companyNumber: 'x' })).rejects.toThrow();
    expect(await getOrganisation()).toEqual(saved);
    expect(await events()).toHaveLength(1);
  });
});
