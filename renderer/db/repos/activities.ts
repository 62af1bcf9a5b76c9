/** Processing activities: every write validated and recorded in the audit trail. */
import { activitySchema, newId, type Activity, type Transfer } from '../../../shared/domain';
import { commit } from '../audit-log';
import { database } from '../database';
import { assertActivityLinks, liveLinks } from './integrity';

export const listActivities = (): Promise<Activity[]> => database().activities.toArray();
export const getActivity = (id: string): Promise<Activity | undefined> =>
  database().activities.get(id);

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} no longer exists: it may have been deleted in another window.`);
    this.name = 'NotFoundError';
  }
}

/** Creates or updates an activity. Links the register file would refuse are refused here. */
export function saveActivity(input: Activity, now = new Date()): Promise<Activity> {
  return commit(async () => {
    const db = database();
    const before = await db.activities.get(input.id);
    const after = activitySchema.parse({
      ...input,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await assertActivityLinks(after);
    return {
      changes: [
        {
          entity: 'activity',
          entityId: after.id,
          action: before ? 'update' : 'create',
          summary: before ? `Updated activity “${after.name}”` : `Created activity “${after.name}”`,
          before: before ?? null,
          after,
        },
      ],
      apply: async () => {
        await db.activities.put(after);
      },
      result: after,
    };
  });
}

/** A copy with a new id, named "… (copy)", as a draft. */
export async function duplicateActivity(id: string, now = new Date()): Promise<Activity> {
  const source = await getActivity(id);
  if (!source) throw new NotFoundError('The activity');
  return saveActivity(
    {
      ...source,
      id: newId(),
      name: `${source.name} (copy)`.slice(0, 200),
      status: 'draft',
      lastReviewed: null,
    },
    now,
  );
}

export async function setActivityStatus(
  id: string,
  status: Activity['status'],
  now = new Date(),
): Promise<Activity> {
  const current = await getActivity(id);
  if (!current) throw new NotFoundError('The activity');
  return saveActivity({ ...current, status }, now);
}

/** What a delete removed, so that Undo can put it all back. */
export interface ActivityDeletion {
  activity: Activity;
  /** Transfers that named the activity, as they were. */
  transfers: Transfer[];
}

/** Deletes an activity and unlinks it from transfers; returns what Undo needs. */
export function deleteActivity(id: string): Promise<ActivityDeletion> {
  return commit(async () => {
    const db = database();
    const activity = await db.activities.get(id);
    if (!activity) throw new NotFoundError('The activity');
    const transfers = await db.transfers.where('activityIds').equals(id).toArray();
    const unlinked = transfers.map((t) => ({
      ...t,
      activityIds: t.activityIds.filter((a) => a !== id),
    }));
    return {
      changes: [
        ...unlinked.map((after, i) => ({
          entity: 'transfer' as const,
          entityId: after.id,
          action: 'update' as const,
          summary: `Unlinked deleted activity “${activity.name}” from a transfer`,
          before: transfers[i],
          after,
        })),
        {
          entity: 'activity',
          entityId: id,
          action: 'delete',
          summary: `Deleted activity “${activity.name}”`,
          before: activity,
          after: null,
        },
      ],
      apply: async () => {
        await db.transfers.bulkPut(unlinked);
        await db.activities.delete(id);
      },
      result: { activity, transfers },
    };
  });
}

/**
 * Undoes a delete: the activity and its transfer links come back, less any link to a third
 * party or audience that has gone since.
 */
export function restoreActivity(deletion: ActivityDeletion): Promise<Activity> {
  return commit(async () => {
    const db = database();
    if (await db.activities.get(deletion.activity.id))
      throw new Error('The activity is already back in the register.');
    const activity = await liveLinks(deletion.activity);
    const current = await db.transfers.bulkGet(deletion.transfers.map((t) => t.id));
    const relinked = current.flatMap((t) =>
      t ? [{ ...t, activityIds: [...new Set([...t.activityIds, activity.id])] }] : [],
    );
    return {
      changes: [
        {
          entity: 'activity',
          entityId: activity.id,
          action: 'restore',
          summary: `Restored activity “${activity.name}”`,
          before: null,
          after: activity,
        },
        ...relinked.map((after, i) => ({
          entity: 'transfer' as const,
          entityId: after.id,
          action: 'update' as const,
          summary: `Relinked restored activity “${activity.name}” to a transfer`,
          before: current.filter(Boolean)[i] ?? null,
          after,
        })),
      ],
      apply: async () => {
        await db.activities.add(activity);
        await db.transfers.bulkPut(relinked);
      },
      result: activity,
    };
  });
}
