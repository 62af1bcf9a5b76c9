import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import {
  blankActivity,
  blankThirdParty,
  blankTransfer,
  registerSchema,
  type Activity,
} from '../../../shared/domain';
import { blankBreach } from '../../../shared/logs/blanks';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { saveActivity } from '../../../renderer/db/repos/activities';
import { snapshot } from '../../../renderer/db/repos/register';
import {
  activitiesLinkedTo,
  deleteThirdParty,
  getThirdParty,
  listThirdParties,
  restoreThirdParty,
  saveThirdParty,
  setRecipientLinks,
} from '../../../renderer/db/repos/third-parties';
import { transfersTo } from '../../../renderer/db/repos/transfers';

const NOW = '2026-03-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`third-parties-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();
const activity = (name: string, overrides: Partial<Activity> = {}) =>
  saveActivity(blankActivity(NOW, { name, ...overrides }));

describe('saveThirdParty', () => {
  it('creates, then updates, recording one audit event each', async () => {
    const created = await saveThirdParty(
      blankThirdParty(NOW, { name: 'Mailchimp', countries: ['US'] }),
    );
    await saveThirdParty({ ...created, services: 'Newsletter sending' });

    expect(await listThirdParties()).toHaveLength(1);
    expect((await getThirdParty(created.id))?.services).toBe('Newsletter sending');
    const trail = await events();
    expect(trail.map((e) => [e.entity, e.action])).toEqual([
      ['thirdParty', 'create'],
      ['thirdParty', 'update'],
    ]);
    expect(trail[1]?.before).toMatchObject({ services: '' });
    expect(await verifyChain(trail)).toEqual({ ok: true, count: 2 });
  });

  it('keeps createdAt on update and refreshes updatedAt', async () => {
    const created = await saveThirdParty(blankThirdParty(NOW, { name: 'Xero' }), new Date(NOW));
    const later = new Date('2026-04-01T09:00:00.000Z');
    const updated = await saveThirdParty({ ...created, name: 'Xero Ltd' }, later);
    expect(updated.createdAt).toBe(NOW);
    expect(updated.updatedAt).toBe(later.toISOString());
  });

  it('refuses an invalid third party and writes nothing', async () => {
    await expect(saveThirdParty(blankThirdParty(NOW, { name: '  ' }))).rejects.toThrow(
      /Name the third party/,
    );
    const contractBackwards = blankThirdParty(NOW, {
      name: 'Printer',
      contract: {
        status: 'in-place',
        reference: '',
        signedOn: '2026-05-01',
        expiresOn: '2026-01-01',
        document: '',
      },
    });
    await expect(saveThirdParty(contractBackwards)).rejects.toThrow(
      /cannot end before it was signed/,
    );
    await expect(
      saveThirdParty(blankThirdParty(NOW, { name: 'X', countries: ['usa'] })),
    ).rejects.toThrow();
    expect(await listThirdParties()).toEqual([]);
    expect(await events()).toEqual([]);
  });
});

describe('setRecipientLinks', () => {
  it('links and unlinks both ways, one audit event per changed activity', async () => {
    const party = await saveThirdParty(blankThirdParty(NOW, { name: 'Mailchimp' }));
    const newsletter = await activity('Newsletter');
    const events_ = await activity('Events');
    const payroll = await activity('Payroll');
    const before = (await events()).length;

    await setRecipientLinks(party.id, [newsletter.id, events_.id]);
    expect((await activitiesLinkedTo(party.id)).map((a) => a.name).sort()).toEqual([
      'Events',
      'Newsletter',
    ]);
    expect((await db.activities.get(newsletter.id))?.recipientIds).toEqual([party.id]);
    let trail = (await events()).slice(before);
    expect(trail.map((e) => [e.entity, e.entityId, e.action])).toEqual(
      expect.arrayContaining([
        ['activity', newsletter.id, 'update'],
        ['activity', events_.id, 'update'],
      ]),
    );
    expect(trail).toHaveLength(2);

    // Newsletter stays, Events goes, Payroll comes: two activities change, so two events.
    await setRecipientLinks(party.id, [newsletter.id, payroll.id]);
    trail = (await events()).slice(before + 2);
    expect(trail.map((e) => e.entityId).sort()).toEqual([events_.id, payroll.id].sort());
    expect(trail.find((e) => e.entityId === events_.id)?.summary).toMatch(/Unlinked/);
    expect((await db.activities.get(events_.id))?.recipientIds).toEqual([]);
    expect((await activitiesLinkedTo(party.id)).map((a) => a.name).sort()).toEqual([
      'Newsletter',
      'Payroll',
    ]);
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });

  it('records nothing when no link changes', async () => {
    const party = await saveThirdParty(blankThirdParty(NOW, { name: 'Xero' }));
    const payroll = await activity('Payroll');
    await setRecipientLinks(party.id, [payroll.id]);
    const count = (await events()).length;
    await setRecipientLinks(party.id, [payroll.id]);
    expect(await events()).toHaveLength(count);
  });

  it('keeps other recipients of an activity', async () => {
    const a = await saveThirdParty(blankThirdParty(NOW, { name: 'A' }));
    const b = await saveThirdParty(blankThirdParty(NOW, { name: 'B' }));
    const newsletter = await activity('Newsletter', { recipientIds: [a.id] });
    await setRecipientLinks(b.id, [newsletter.id]);
    await setRecipientLinks(a.id, []);
    expect((await db.activities.get(newsletter.id))?.recipientIds).toEqual([b.id]);
  });

  it('refuses an unknown third party', async () => {
    await expect(setRecipientLinks('missing', [])).rejects.toThrow(/no longer exists/);
  });
});

describe('activitiesLinkedTo', () => {
  it('finds recipients and funded activities once each', async () => {
    const funder = await saveThirdParty(
      blankThirdParty(NOW, { name: 'National Lottery', type: 'funder' }),
    );
    await activity('Both', { recipientIds: [funder.id], funderIds: [funder.id] });
    await activity('Funded', { funderIds: [funder.id] });
    await activity('Unrelated');
    expect((await activitiesLinkedTo(funder.id)).map((a) => a.name).sort()).toEqual([
      'Both',
      'Funded',
    ]);
  });
});

describe('deleteThirdParty and restoreThirdParty', () => {
  async function linkedParty() {
    // A funder that also receives data, so one delete touches every kind of link.
    const party = await saveThirdParty(
      blankThirdParty(NOW, { name: 'Mailchimp', type: 'funder', countries: ['US'] }),
    );
    const other = await saveThirdParty(blankThirdParty(NOW, { name: 'Xero' }));
    const newsletter = await activity('Newsletter', { recipientIds: [party.id, other.id] });
    const grant = await activity('Grant reporting', { funderIds: [party.id] });
    const transfer = blankTransfer(NOW, {
      thirdPartyId: party.id,
      destinations: ['US'],
      activityIds: [newsletter.id],
    });
    await db.transfers.add(transfer);
    return { party, other, newsletter, grant, transfer };
  }

  it('removes the third party, its links and its transfers', async () => {
    const { party, other, newsletter, grant, transfer } = await linkedParty();
    const before = (await events()).length;

    const deletion = await deleteThirdParty(party.id);

    expect(await getThirdParty(party.id)).toBeUndefined();
    expect(await activitiesLinkedTo(party.id)).toEqual([]);
    expect((await db.activities.get(newsletter.id))?.recipientIds).toEqual([other.id]);
    expect((await db.activities.get(grant.id))?.funderIds).toEqual([]);
    expect(await transfersTo(party.id)).toEqual([]);
    expect(deletion.activities.map((a) => a.id).sort()).toEqual([newsletter.id, grant.id].sort());
    expect(deletion.transfers).toEqual([transfer]);
    const trail = (await events()).slice(before);
    expect(trail.map((e) => `${e.entity}:${e.action}`).sort()).toEqual(
      ['activity:update', 'activity:update', 'thirdParty:delete', 'transfer:delete'].sort(),
    );
  });

  it('restore brings back the third party, its links and its transfers', async () => {
    const { party, other, newsletter, grant, transfer } = await linkedParty();
    const deletion = await deleteThirdParty(party.id);

    await restoreThirdParty(deletion);

    expect(await getThirdParty(party.id)).toEqual(party);
    expect((await db.activities.get(newsletter.id))?.recipientIds.sort()).toEqual(
      [party.id, other.id].sort(),
    );
    expect((await db.activities.get(grant.id))?.funderIds).toEqual([party.id]);
    expect(await transfersTo(party.id)).toEqual([transfer]);
    const restored = (await events()).filter((e) => e.action === 'restore');
    expect(restored.map((e) => e.entity).sort()).toEqual(['thirdParty', 'transfer']);
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
    await expect(restoreThirdParty(deletion)).rejects.toThrow(/already back/);
  });

  it('restore skips an activity deleted in the meantime', async () => {
    const { party, newsletter, grant } = await linkedParty();
    const deletion = await deleteThirdParty(party.id);
    await db.activities.delete(newsletter.id);

    await restoreThirdParty(deletion);

    expect((await activitiesLinkedTo(party.id)).map((a) => a.id)).toEqual([grant.id]);
    expect((await transfersTo(party.id))[0]?.activityIds).toEqual([]);
  });

  it('unlinks a breach record that names it, and Undo relinks it', async () => {
    const { party, other } = await linkedParty();
    const breach = blankBreach(NOW, {
      title: 'Emails sent to the wrong list',
      discoveredAt: NOW,
      thirdPartyIds: [party.id, other.id],
    });
    await db.breaches.add(breach);

    const deletion = await deleteThirdParty(party.id);
    expect((await db.breaches.get(breach.id))?.thirdPartyIds).toEqual([other.id]);
    expect(deletion.breaches).toEqual([breach]);
    expect(registerSchema.safeParse(await snapshot()).success).toBe(true);

    await restoreThirdParty(deletion);
    expect((await db.breaches.get(breach.id))?.thirdPartyIds.sort()).toEqual(
      [party.id, other.id].sort(),
    );
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });

  it('refuses to delete a third party that is not there', async () => {
    await expect(deleteThirdParty('missing')).rejects.toThrow(/no longer exists/);
  });
});
