/** Third parties, and the links activities and transfers hold to them. */
import {
  thirdPartySchema,
  type Activity,
  type Breach,
  type ThirdParty,
  type Tra,
  type Transfer,
} from '../../../shared/domain';
import { commit, type Change } from '../audit-log';
import { database } from '../database';
import { NotFoundError } from './activities';
import { assertFunderTypeKept } from './integrity';

export const listThirdParties = (): Promise<ThirdParty[]> => database().thirdParties.toArray();
export const getThirdParty = (id: string): Promise<ThirdParty | undefined> =>
  database().thirdParties.get(id);

/** Activities that share data with the third party or name it as a funder. */
export async function activitiesLinkedTo(id: string): Promise<Activity[]> {
  const db = database();
  const [recipients, funded] = await Promise.all([
    db.activities.where('recipientIds').equals(id).toArray(),
    db.activities.where('funderIds').equals(id).toArray(),
  ]);
  const byId = new Map([...recipients, ...funded].map((a) => [a.id, a]));
  return [...byId.values()];
}

export function saveThirdParty(input: ThirdParty, now = new Date()): Promise<ThirdParty> {
  return commit(async () => {
    const db = database();
    const before = await db.thirdParties.get(input.id);
    const after = thirdPartySchema.parse({
      ...input,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await assertFunderTypeKept(before, after);
    return {
      changes: [
        {
          entity: 'thirdParty',
          entityId: after.id,
          action: before ? 'update' : 'create',
          summary: before
            ? `Updated third party “${after.name}”`
            : `Added third party “${after.name}”`,
          before: before ?? null,
          after,
        },
      ],
      apply: async () => {
        await db.thirdParties.put(after);
      },
      result: after,
    };
  });
}

/**
 * Sets which activities share data with the third party (as a recipient), updating each
 * activity whose link changes.
 */
export function setRecipientLinks(
  thirdPartyId: string,
  activityIds: string[],
  now = new Date(),
): Promise<void> {
  return commit(async () => {
    const db = database();
    const party = await db.thirdParties.get(thirdPartyId);
    if (!party) throw new NotFoundError('The third party');
    const wanted = new Set(activityIds);
    const current = await db.activities.where('recipientIds').equals(thirdPartyId).toArray();
    const added = (await db.activities.bulkGet([...wanted])).filter(
      (a): a is Activity => !!a && !a.recipientIds.includes(thirdPartyId),
    );
    const removed = current.filter((a) => !wanted.has(a.id));
    const updatedAt = now.toISOString();
    const updates = [
      ...added.map((a) => ({
        before: a,
        after: { ...a, recipientIds: [...a.recipientIds, thirdPartyId], updatedAt },
      })),
      ...removed.map((a) => ({
        before: a,
        after: { ...a, recipientIds: a.recipientIds.filter((r) => r !== thirdPartyId), updatedAt },
      })),
    ];
    return {
      changes: updates.map(({ before, after }) => ({
        entity: 'activity',
        entityId: after.id,
        action: 'update',
        summary: after.recipientIds.includes(thirdPartyId)
          ? `Linked “${party.name}” as a recipient of “${after.name}”`
          : `Unlinked “${party.name}” from “${after.name}”`,
        before,
        after,
      })),
      apply: async () => {
        await db.activities.bulkPut(updates.map((u) => u.after));
      },
      result: undefined,
    };
  });
}

export interface ThirdPartyDeletion {
  thirdParty: ThirdParty;
  /** Activities that linked to it, as they were before the delete. */
  activities: Activity[];
  /** Transfers to it, deleted with it. */
  transfers: Transfer[];
  /** Transfer risk assessments of those transfers, deleted with them. */
  tras: Tra[];
  /** Breach records that named it, as they were before the delete. */
  breaches: Breach[];
}

/** Each breach with the third party taken out of (or put back into) it, and its change. */
function relinkBreaches(
  breaches: readonly Breach[],
  thirdParty: ThirdParty,
  add: boolean,
): { updated: Breach[]; changes: Change[] } {
  const updated = breaches.map((breach) => ({
    ...breach,
    thirdPartyIds: add
      ? [...new Set([...breach.thirdPartyIds, thirdParty.id])]
      : breach.thirdPartyIds.filter((id) => id !== thirdParty.id),
  }));
  const changes = updated.map((after, i) => ({
    entity: 'breach' as const,
    entityId: after.id,
    action: 'update' as const,
    summary: add
      ? `Relinked restored third party “${thirdParty.name}” to the breach “${after.title}”`
      : `Unlinked deleted third party “${thirdParty.name}” from the breach “${after.title}”`,
    before: breaches[i] ?? null,
    after,
  }));
  return { updated, changes };
}

/**
 * Deletes a third party, its transfers and their TRAs, and every activity's and breach record's
 * link to it.
 */
export function deleteThirdParty(id: string): Promise<ThirdPartyDeletion> {
  return commit(async () => {
    const db = database();
    const thirdParty = await db.thirdParties.get(id);
    if (!thirdParty) throw new NotFoundError('The third party');
    const activities = await activitiesLinkedTo(id);
    const transfers = await db.transfers.where('thirdPartyId').equals(id).toArray();
    const tras = await db.tras
      .where('transferId')
      .anyOf(transfers.map((t) => t.id))
      .toArray();
    const unlinked = activities.map((a) => ({
      ...a,
      recipientIds: a.recipientIds.filter((r) => r !== id),
      funderIds: a.funderIds.filter((f) => f !== id),
    }));
    const breaches = await db.breaches.where('thirdPartyIds').equals(id).toArray();
    const fromBreaches = relinkBreaches(breaches, thirdParty, false);
    const changes: Change[] = [
      ...fromBreaches.changes,
      ...unlinked.map((after, i) => ({
        entity: 'activity' as const,
        entityId: after.id,
        action: 'update' as const,
        summary: `Unlinked deleted third party “${thirdParty.name}” from “${after.name}”`,
        before: activities[i],
        after,
      })),
      ...transfers.map((t) => ({
        entity: 'transfer' as const,
        entityId: t.id,
        action: 'delete' as const,
        summary: `Deleted the transfer to “${thirdParty.name}” with it`,
        before: t,
        after: null,
      })),
      ...tras.map((t) => ({
        entity: 'tra' as const,
        entityId: t.id,
        action: 'delete' as const,
        summary: `Deleted the transfer risk assessment for “${thirdParty.name}” with it`,
        before: t,
        after: null,
      })),
      {
        entity: 'thirdParty',
        entityId: id,
        action: 'delete',
        summary: `Deleted third party “${thirdParty.name}”`,
        before: thirdParty,
        after: null,
      },
    ];
    return {
      changes,
      apply: async () => {
        await db.activities.bulkPut(unlinked);
        await db.breaches.bulkPut(fromBreaches.updated);
        await db.transfers.bulkDelete(transfers.map((t) => t.id));
        await db.tras.bulkDelete(tras.map((t) => t.id));
        await db.thirdParties.delete(id);
      },
      result: { thirdParty, activities, transfers, tras, breaches },
    };
  });
}

/** Undoes a delete: the third party, its transfers, their TRAs and the activities' links come back. */
export function restoreThirdParty(deletion: ThirdPartyDeletion): Promise<ThirdParty> {
  return commit(async () => {
    const db = database();
    const { thirdParty } = deletion;
    if (await db.thirdParties.get(thirdParty.id))
      throw new Error('The third party is already back in the register.');
    const current = (await db.activities.bulkGet(deletion.activities.map((a) => a.id))).filter(
      (a): a is Activity => !!a,
    );
    const relinked = current.map((a) => {
      const old = deletion.activities.find((o) => o.id === a.id);
      return {
        ...a,
        recipientIds: old?.recipientIds.includes(thirdParty.id)
          ? [...new Set([...a.recipientIds, thirdParty.id])]
          : a.recipientIds,
        funderIds: old?.funderIds.includes(thirdParty.id)
          ? [...new Set([...a.funderIds, thirdParty.id])]
          : a.funderIds,
      };
    });
    const liveActivities = new Set((await db.activities.toCollection().primaryKeys()) as string[]);
    const transfers = deletion.transfers.map((t) => ({
      ...t,
      activityIds: t.activityIds.filter((a) => liveActivities.has(a)),
    }));
    const breaches = (await db.breaches.bulkGet(deletion.breaches.map((b) => b.id))).filter(
      (b): b is Breach => !!b,
    );
    const toBreaches = relinkBreaches(breaches, thirdParty, true);
    const changes: Change[] = [
      {
        entity: 'thirdParty',
        entityId: thirdParty.id,
        action: 'restore',
        summary: `Restored third party “${thirdParty.name}”`,
        before: null,
        after: thirdParty,
      },
      ...transfers.map((t) => ({
        entity: 'transfer' as const,
        entityId: t.id,
        action: 'restore' as const,
        summary: `Restored the transfer to “${thirdParty.name}”`,
        before: null,
        after: t,
      })),
      ...deletion.tras.map((t) => ({
        entity: 'tra' as const,
        entityId: t.id,
        action: 'restore' as const,
        summary: `Restored the transfer risk assessment for “${thirdParty.name}”`,
        before: null,
        after: t,
      })),
      ...relinked.map((after, i) => ({
        entity: 'activity' as const,
        entityId: after.id,
        action: 'update' as const,
        summary: `Relinked “${thirdParty.name}” to “${after.name}”`,
        before: current[i],
        after,
      })),
      ...toBreaches.changes,
    ];
    return {
      changes,
      apply: async () => {
        await db.thirdParties.add(thirdParty);
        await db.transfers.bulkAdd(transfers);
        await db.tras.bulkAdd(deletion.tras);
        await db.activities.bulkPut(relinked);
        await db.breaches.bulkPut(toBreaches.updated);
      },
      result: thirdParty,
    };
  });
}
