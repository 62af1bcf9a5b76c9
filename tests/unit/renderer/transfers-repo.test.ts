import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import {
  blankActivity,
  blankThirdParty,
  blankTra,
  blankTransfer,
  type Transfer,
} from '../../../shared/domain';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { deleteActivity, saveActivity } from '../../../renderer/db/repos/activities';
import { saveTra, trasFor } from '../../../renderer/db/repos/assessments';
import { IntegrityError } from '../../../renderer/db/repos/integrity';
import { deleteThirdParty, saveThirdParty } from '../../../renderer/db/repos/third-parties';
import {
  deleteTransfer,
  getTransfer,
  listTransfers,
  restoreTransfer,
  saveTransfer,
  setTransferTraStatus,
} from '../../../renderer/db/repos/transfers';

const NOW = '2026-03-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`transfers-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();

async function setUp(): Promise<Transfer> {
  await saveThirdParty(
    blankThirdParty(NOW, { id: 'tp-mail', name: 'Mailchimp', countries: ['US'] }),
  );
  await saveActivity(blankActivity(NOW, { id: 'act-news', name: 'Newsletter' }));
  return blankTransfer(NOW, {
    id: 'tr-1',
    thirdPartyId: 'tp-mail',
    activityIds: ['act-news'],
    destinations: ['US'],
  });
}

describe('saveTransfer', () => {
  it('records, then updates, with one audit event each naming the third party', async () => {
    const transfer = await setUp();
    const created = await saveTransfer(transfer);
    await saveTransfer({ ...created, mechanism: 'idta' });

    expect(await listTransfers()).toHaveLength(1);
    expect((await getTransfer('tr-1'))?.mechanism).toBe('idta');
    const trail = (await events()).filter((e) => e.entity === 'transfer');
    expect(trail.map((e) => e.action)).toEqual(['create', 'update']);
    expect(trail[0]?.summary).toBe('Recorded the transfer to “Mailchimp” (United States)');
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });

  it('keeps createdAt and refreshes updatedAt', async () => {
    const created = await saveTransfer(await setUp(), new Date(NOW));
    const later = new Date('2026-04-01T09:00:00.000Z');
    const updated = await saveTransfer({ ...created, internalNotes: 'Checked' }, later);
    expect(updated.createdAt).toBe(NOW);
    expect(updated.updatedAt).toBe(later.toISOString());
  });

  it('refuses a transfer with no destination, saving nothing', async () => {
    const transfer = await setUp();
    await expect(saveTransfer({ ...transfer, destinations: [] })).rejects.toThrow(
      'Choose at least one destination',
    );
    expect(await listTransfers()).toEqual([]);
  });

  it('refuses a third party that is not in the register, saying what to do', async () => {
    const transfer = await setUp();
    const error = await saveTransfer({ ...transfer, thirdPartyId: 'tp-gone' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as Error).message).toMatch(/Choose the third party again and save/);
  });

  it('refuses an activity that is not in the register', async () => {
    const transfer = await setUp();
    await expect(
      saveTransfer({ ...transfer, activityIds: ['act-news', 'act-gone'] }),
    ).rejects.toThrow(/Choose its activities again/);
  });
});

describe('setTransferTraStatus', () => {
  it('records the new status, and nothing when it is already so', async () => {
    await saveTransfer(await setUp());
    await setTransferTraStatus('tr-1', 'in-progress');
    await setTransferTraStatus('tr-1', 'in-progress');
    expect((await getTransfer('tr-1'))?.traStatus).toBe('in-progress');
    const updates = (await events()).filter(
      (e) => e.entity === 'transfer' && e.action === 'update',
    );
    expect(updates).toHaveLength(1);
  });
});

describe('deleteTransfer and restoreTransfer', () => {
  it('deletes the transfer with its TRAs, and Undo brings both back', async () => {
    await saveTransfer(await setUp());
    await saveTra(blankTra(NOW, { id: 'tra-1', transferId: 'tr-1' }));

    const deletion = await deleteTransfer('tr-1');
    expect(deletion.tras.map((t) => t.id)).toEqual(['tra-1']);
    expect(await getTransfer('tr-1')).toBeUndefined();
    expect(await trasFor('tr-1')).toEqual([]);

    await restoreTransfer(deletion);
    expect(await getTransfer('tr-1')).toBeDefined();
    expect((await trasFor('tr-1')).map((t) => t.id)).toEqual(['tra-1']);
    const trail = await events();
    expect(trail.slice(-4).map((e) => [e.entity, e.action])).toEqual([
      ['tra', 'delete'],
      ['transfer', 'delete'],
      ['transfer', 'restore'],
      ['tra', 'restore'],
    ]);
    expect(await verifyChain(trail)).toMatchObject({ ok: true });
  });

  it('restores without an activity deleted meanwhile', async () => {
    await saveTransfer(await setUp());
    const deletion = await deleteTransfer('tr-1');
    await deleteActivity('act-news');
    const restored = await restoreTransfer(deletion);
    expect(restored.activityIds).toEqual([]);
  });

  it('refuses to restore once its third party is gone, saying what to do', async () => {
    await saveTransfer(await setUp());
    const deletion = await deleteTransfer('tr-1');
    await deleteThirdParty('tp-mail');
    await expect(restoreTransfer(deletion)).rejects.toThrow(/Restore the third party first/);
  });

  it('says so when asked to delete a transfer that is not there', async () => {
    await expect(deleteTransfer('tr-none')).rejects.toThrow();
  });
});
