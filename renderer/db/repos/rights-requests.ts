/**
 * The rights requests log: each request checked against the schema and its linked activities
 * before it is saved, every change audited; a deleted request can be put back (Undo).
 */
import { rightsRequestSchema, type RightsRequest } from '../../../shared/domain';
import { rightsRequestPhrase } from '../../../shared/logs/names';
import { commit } from '../audit-log';
import { database } from '../database';
import { NotFoundError } from './activities';
import { IntegrityError } from './integrity';

export const listRightsRequests = (): Promise<RightsRequest[]> =>
  database().rightsRequests.toArray();
export const getRightsRequest = (id: string): Promise<RightsRequest | undefined> =>
  database().rightsRequests.get(id);

/** Refuses links to activities that are no longer in the register (the file would refuse them). */
export async function assertActivitiesExist(ids: readonly string[], what: string): Promise<void> {
  const found = await database().activities.bulkGet([...ids]);
  if (found.some((activity) => activity === undefined)) {
    throw new IntegrityError(
      `An activity this ${what} links to is no longer in the register: it may have been deleted in another window. Choose its activities again and save.`,
    );
  }
}

/** The ids of those activities still in the register. */
export async function liveActivityIds(ids: readonly string[]): Promise<string[]> {
  const found = await database().activities.bulkGet([...ids]);
  return ids.filter((_, index) => found[index] !== undefined);
}

/** Saves a request (new or changed), checked against the schema and its links. */
export function saveRightsRequest(input: RightsRequest, now = new Date()): Promise<RightsRequest> {
  return commit(async () => {
    const db = database();
    const before = await db.rightsRequests.get(input.id);
    const after = rightsRequestSchema.parse({
      ...input,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await assertActivitiesExist(after.activityIds, 'request');
    const name = rightsRequestPhrase(after);
    return {
      changes: [
        {
          entity: 'rightsRequest',
          entityId: after.id,
          action: before ? 'update' : 'create',
          summary: before ? `Updated the ${name}` : `Logged the ${name}`,
          before: before ?? null,
          after,
        },
      ],
      apply: async () => {
        await db.rightsRequests.put(after);
      },
      result: after,
    };
  });
}

/** Deletes a request; the result is what Undo needs. */
export function deleteRightsRequest(id: string): Promise<RightsRequest> {
  return commit(async () => {
    const db = database();
    const request = await db.rightsRequests.get(id);
    if (!request) throw new NotFoundError('The rights request');
    return {
      changes: [
        {
          entity: 'rightsRequest',
          entityId: id,
          action: 'delete',
          summary: `Deleted the ${rightsRequestPhrase(request)}`,
          before: request,
          after: null,
        },
      ],
      apply: async () => {
        await db.rightsRequests.delete(id);
      },
      result: request,
    };
  });
}

/** Undoes a delete, less any link to an activity deleted since. */
export function restoreRightsRequest(deleted: RightsRequest): Promise<RightsRequest> {
  return commit(async () => {
    const db = database();
    if (await db.rightsRequests.get(deleted.id))
      throw new Error('The rights request is already back in the log.');
    const request = { ...deleted, activityIds: await liveActivityIds(deleted.activityIds) };
    return {
      changes: [
        {
          entity: 'rightsRequest',
          entityId: request.id,
          action: 'restore',
          summary: `Restored the ${rightsRequestPhrase(request)}`,
          before: null,
          after: request,
        },
      ],
      apply: async () => {
        await db.rightsRequests.add(request);
      },
      result: request,
    };
  });
}
