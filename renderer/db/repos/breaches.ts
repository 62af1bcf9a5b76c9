/**
 * The personal data breach log (UK GDPR Art 33(5)): each breach checked against the schema and
 * the activities and third parties it names before it is saved, every change audited; a deleted
 * breach can be put back (Undo).
 */
import { breachSchema, type Breach } from '../../../shared/domain';
import { commit } from '../audit-log';
import { database } from '../database';
import { NotFoundError } from './activities';
import { IntegrityError } from './integrity';

export const listBreaches = (): Promise<Breach[]> => database().breaches.toArray();
export const getBreach = (id: string): Promise<Breach | undefined> => database().breaches.get(id);
/** The breaches that involved an activity, most recently discovered first. */
export const breachesFor = async (activityId: string): Promise<Breach[]> =>
  (
    await database().breaches.where('activityIds').equals(activityId).sortBy('discoveredAt')
  ).reverse();

/** "the breach “Laptop stolen”", for audit summaries. */
const describe = (breach: Breach): string => `the breach “${breach.title}”`;

/** Refuses links to activities or third parties no longer in the register (export would refuse them). */
async function assertLinks(breach: Breach): Promise<void> {
  const db = database();
  const activities = await db.activities.bulkGet(breach.activityIds);
  if (activities.some((activity) => activity === undefined)) {
    throw new IntegrityError(
      'An activity this breach names is no longer in the register: it may have been deleted in another window. Choose the activities involved again and save.',
    );
  }
  const parties = await db.thirdParties.bulkGet(breach.thirdPartyIds);
  if (parties.some((party) => party === undefined)) {
    throw new IntegrityError(
      'A third party this breach names is no longer in the register: it may have been deleted in another window. Choose the third parties involved again and save.',
    );
  }
}

/** Saves a breach (new or changed), checked against the schema and its links. */
export function saveBreach(input: Breach, now = new Date()): Promise<Breach> {
  return commit(async () => {
    const db = database();
    const before = await db.breaches.get(input.id);
    const after = breachSchema.parse({
      ...input,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await assertLinks(after);
    return {
      changes: [
        {
          entity: 'breach',
          entityId: after.id,
          action: before ? 'update' : 'create',
          summary: before ? `Updated ${describe(after)}` : `Logged ${describe(after)}`,
          before: before ?? null,
          after,
        },
      ],
      apply: async () => {
        await db.breaches.put(after);
      },
      result: after,
    };
  });
}

/** Deletes a breach; the result is what Undo needs. */
export function deleteBreach(id: string): Promise<Breach> {
  return commit(async () => {
    const db = database();
    const breach = await db.breaches.get(id);
    if (!breach) throw new NotFoundError('The breach');
    return {
      changes: [
        {
          entity: 'breach',
          entityId: id,
          action: 'delete',
          summary: `Deleted ${describe(breach)}`,
          before: breach,
          after: null,
        },
      ],
      apply: async () => {
        await db.breaches.delete(id);
      },
      result: breach,
    };
  });
}

/** Undoes a delete, less any link to an activity or third party deleted since. */
export function restoreBreach(deleted: Breach): Promise<Breach> {
  return commit(async () => {
    const db = database();
    if (await db.breaches.get(deleted.id))
      throw new Error('The breach is already back in the log.');
    const [activities, parties] = await Promise.all([
      db.activities.bulkGet(deleted.activityIds),
      db.thirdParties.bulkGet(deleted.thirdPartyIds),
    ]);
    const breach: Breach = {
      ...deleted,
      activityIds: deleted.activityIds.filter((_, index) => activities[index] !== undefined),
      thirdPartyIds: deleted.thirdPartyIds.filter((_, index) => parties[index] !== undefined),
    };
    return {
      changes: [
        {
          entity: 'breach',
          entityId: breach.id,
          action: 'restore',
          summary: `Restored ${describe(breach)}`,
          before: null,
          after: breach,
        },
      ],
      apply: async () => {
        await db.breaches.add(breach);
      },
      result: breach,
    };
  });
}
