import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { blankActivity } from '../../../shared/domain';
import { blankRightsRequest } from '../../../shared/logs/blanks';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { deleteActivity, saveActivity } from '../../../renderer/db/repos/activities';
import { IntegrityError } from '../../../renderer/db/repos/integrity';
import {
  deleteRightsRequest,
  getRightsRequest,
  listRightsRequests,
  restoreRightsRequest,
  saveRightsRequest,
} from '../../../renderer/db/repos/rights-requests';

const NOW = '2026-03-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`rights-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();
const request = (overrides: Parameters<typeof blankRightsRequest>[1]) =>
  blankRightsRequest(NOW, { id: 'rr-1', requester: 'Jane Doe', ...overrides });

describe('saveRightsRequest', () => {
  it('logs, then updates, with one audit event each naming the request', async () => {
    const created = await saveRightsRequest(request({ receivedOn: '2026-02-20' }));
    await saveRightsRequest({ ...created, identityChecked: true });

    expect(await listRightsRequests()).toHaveLength(1);
    expect((await getRightsRequest('rr-1'))?.identityChecked).toBe(true);
    const trail = await events();
    expect(trail.map((e) => [e.entity, e.action, e.summary])).toEqual([
      ['rightsRequest', 'create', 'Logged the access request from Jane Doe'],
      ['rightsRequest', 'update', 'Updated the access request from Jane Doe'],
    ]);
    expect(await verifyChain(trail)).toMatchObject({ ok: true });
  });

  it('keeps the first created time and stamps each update', async () => {
    await saveRightsRequest(request({ receivedOn: '2026-02-20' }), new Date(NOW));
    const later = new Date('2026-03-02T09:00:00.000Z');
    const saved = await saveRightsRequest(request({ receivedOn: '2026-02-21' }), later);
    expect(saved.createdAt).toBe(NOW);
    expect(saved.updatedAt).toBe(later.toISOString());
  });

  it('refuses an invalid request and writes nothing', async () => {
    await expect(
      saveRightsRequest(request({ receivedOn: '2026-02-20', respondedOn: '2026-02-10' })),
    ).rejects.toThrow(/before the request was received/);
    await expect(
      saveRightsRequest(request({ receivedOn: '2026-02-20', requester: ' ' })),
    ).rejects.toThrow(/Name the person/);
    expect(await listRightsRequests()).toEqual([]);
    expect(await events()).toEqual([]);
  });

  it('refuses a link to an activity that is not in the register', async () => {
    await expect(
      saveRightsRequest(request({ receivedOn: '2026-02-20', activityIds: ['gone'] })),
    ).rejects.toBeInstanceOf(IntegrityError);
    expect(await listRightsRequests()).toEqual([]);
  });
});

describe('deleteRightsRequest and restore', () => {
  it('deletes with an audit event, and Undo brings it back less deleted activities', async () => {
    await saveActivity(blankActivity(NOW, { id: 'act-1', name: 'Newsletter' }));
    await saveActivity(blankActivity(NOW, { id: 'act-2', name: 'Events' }));
    await saveRightsRequest(request({ receivedOn: '2026-02-20', activityIds: ['act-1', 'act-2'] }));

    const deleted = await deleteRightsRequest('rr-1');
    expect(await listRightsRequests()).toEqual([]);
    await deleteActivity('act-2');
    const restored = await restoreRightsRequest(deleted);

    expect(restored.activityIds).toEqual(['act-1']);
    expect((await getRightsRequest('rr-1'))?.activityIds).toEqual(['act-1']);
    const trail = (await events()).filter((e) => e.entity === 'rightsRequest');
    expect(trail.map((e) => e.action)).toEqual(['create', 'delete', 'restore']);
    expect(await verifyChain(await events())).toMatchObject({ ok: true });
  });

  it('says so when the request is already gone', async () => {
    await expect(deleteRightsRequest('nope')).rejects.toThrow(/no longer exists/);
  });
});
