/** Processing activities: every write validated and recorded in the audit trail. */
import {
  activitySchema,
  newId,
  type Activity,
  type Breach,
  type Complaint,
  type Lia,
  type RightsRequest,
  type Transfer,
} from '../../../shared/domain';
import { commit, type Change } from '../audit-log';
import { database } from '../database';
import { assertActivityLinks, liveLinks } from './integrity';

/** Every activity. */
export const listActivities = (): Promise<Activity[]> => database().activities.toArray();

/** Rows per read of listActivitiesInTurns: about half a megabyte. */
const TURN = 500;

/**
 * Names the register's content as it is: the newest audit event's hash. Every change to the
 * register appends an event (commit() and every import), so an equal hash means nothing changed.
 */
async function registerVersion(): Promise<string | null> {
  return (await database().auditEvents.orderBy('seq').last())?.hash ?? null;
}

export interface ActivitiesRead {
  activities: Activity[];
  /** The register's version these activities were read at (see registerVersion). */
  version: string | null;
}

/**
 * Every activity, read a few hundred at a time, for the activity list: IndexedDB serves one
 * request at a time, so the activity a person opens meanwhile is read between two turns rather
 * than after every one of 10,000. `stopped` ends the reading early once nobody needs the result.
 * One transaction keeps the rows consistent; it is explicit also so that a live query gets them
 * straight from IndexedDB rather than a deep copy of Dexie's cache.
 */
export function listActivitiesInTurns(
  stopped: () => boolean = () => false,
): Promise<ActivitiesRead> {
  const db = database();
  return db.transaction('r', [db.activities, db.auditEvents], async () => {
    const version = await registerVersion();
    const activities: Activity[] = [];
    for (;;) {
      const last = activities.at(-1)?.id;
      const turn = await (
        last === undefined ? db.activities.orderBy(':id') : db.activities.where(':id').above(last)
      )
        .limit(TURN)
        .toArray();
      activities.push(...turn);
      if (turn.length < TURN || stopped()) return { activities, version };
    }
  });
}

export interface ActivityHead {
  /** How many activities there are. */
  total: number;
  /** The first of them in `order`, read whole. */
  rows: Activity[];
}

/** Every activity's name and id, from the name index alone, with a plain IndexedDB key cursor. */
async function namesAndIds(): Promise<{ name: string; id: string }[]> {
  // Dexie's own key iteration costs about twice as much per key; its database is opened here.
  const idb = (await database().open()).backendDB();
  return new Promise((resolve, reject) => {
    const entries: { name: string; id: string }[] = [];
    const request = idb
      .transaction('activities', 'readonly')
      .objectStore('activities')
      .index('name')
      .openKeyCursor();
    request.onerror = () =>
      reject(request.error ?? new Error('The activity names could not be read.'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        resolve(entries);
        return;
      }
      entries.push({ name: String(cursor.key), id: String(cursor.primaryKey) });
      cursor.continue();
    };
  });
}

/** A first screen remembered from an earlier full read, with the version it was read at. */
export interface RememberedHead {
  version: string;
  total: number;
  ids: string[];
}

/** The remembered rows, if the register is still at the remembered version and has them all. */
function recalledHead(remembered: RememberedHead): Promise<ActivityHead | null> {
  const db = database();
  return db.transaction('r', [db.activities, db.auditEvents], async () => {
    if ((await registerVersion()) !== remembered.version) return null;
    const rows = await db.activities.bulkGet(remembered.ids);
    return rows.every((row) => row !== undefined) ? { total: remembered.total, rows } : null;
  });
}

/**
 * The first `count` activities by name, without waiting for every activity (over half a second
 * at 10,000): the rows remembered from the last full read when the register has not changed
 * since, else from the name index alone and those rows. `order` picks the ids from the names
 * and ids in index order. A row deleted between the two reads is left out.
 */
export async function firstActivitiesByName(
  count: number,
  order: (entries: { name: string; id: string }[], count: number) => string[],
  remembered: RememberedHead | null = null,
): Promise<ActivityHead> {
  const recalled = remembered && (await recalledHead(remembered));
  if (recalled) return recalled;
  const entries = await namesAndIds();
  const rows = await database().activities.bulkGet(order(entries, count));
  return {
    total: entries.length,
    rows: rows.filter((row): row is Activity => row !== undefined),
  };
}

export const getActivity = (id: string): Promise<Activity | undefined> =>
  database().activities.get(id);

/** The business functions as stored, read from their index alone: no activity is loaded. */
export const listBusinessFunctions = async (): Promise<string[]> =>
  (await database().activities.orderBy('businessFunction').uniqueKeys()).map(String);

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

/** Records that name activities: unlinked when one is deleted, relinked by Undo. */
interface NamesActivities {
  id: string;
  activityIds: string[];
}

/** What a delete removed, so that Undo can put it all back. */
export interface ActivityDeletion {
  activity: Activity;
  /** Transfers that named the activity, as they were. */
  transfers: Transfer[];
  /** Legitimate interests assessments that named the activity, as they were. */
  lias: Lia[];
  /** Entries of the breach, rights request and complaint logs that named it, as they were. */
  breaches: Breach[];
  rightsRequests: RightsRequest[];
  complaints: Complaint[];
}

/** The tables whose records name activities, and how a summary names one of their records. */
const linking = {
  transfers: { entity: 'transfer', what: 'a transfer' },
  lias: { entity: 'lia', what: 'a legitimate interests assessment' },
  breaches: { entity: 'breach', what: 'a breach record' },
  rightsRequests: { entity: 'rightsRequest', what: 'a rights request' },
  complaints: { entity: 'complaint', what: 'a complaint' },
} as const;
type LinkingTable = keyof typeof linking;
const linkingTables = Object.keys(linking) as LinkingTable[];

/** Each record with `id` taken out of (or put back into) its activityIds, and its change. */
function relink<T extends NamesActivities>(
  records: readonly T[],
  activity: Activity,
  table: LinkingTable,
  add: boolean,
): { updated: T[]; changes: Change[] } {
  const { entity, what } = linking[table];
  const updated = records.map((record) => ({
    ...record,
    activityIds: add
      ? [...new Set([...record.activityIds, activity.id])]
      : record.activityIds.filter((a) => a !== activity.id),
  }));
  const changes = updated.map((after, i) => ({
    entity,
    entityId: after.id,
    action: 'update' as const,
    summary: add
      ? `Relinked restored activity “${activity.name}” to ${what}`
      : `Unlinked deleted activity “${activity.name}” from ${what}`,
    before: records[i] ?? null,
    after,
  }));
  return { updated, changes };
}

/**
 * Deletes an activity and unlinks it from the transfers, LIAs and log entries that name it
 * (each unlinking audited); returns what Undo needs.
 */
export function deleteActivity(id: string): Promise<ActivityDeletion> {
  return commit(async () => {
    const db = database();
    const activity = await db.activities.get(id);
    if (!activity) throw new NotFoundError('The activity');
    const named = {
      transfers: await db.transfers.where('activityIds').equals(id).toArray(),
      lias: await db.lias.where('activityIds').equals(id).toArray(),
      breaches: await db.breaches.where('activityIds').equals(id).toArray(),
      rightsRequests: await db.rightsRequests.where('activityIds').equals(id).toArray(),
      complaints: await db.complaints.where('activityIds').equals(id).toArray(),
    };
    const unlinked = linkingTables.map((table) => ({
      table,
      ...relink<NamesActivities>(named[table], activity, table, false),
    }));
    return {
      changes: [
        ...unlinked.flatMap((u) => u.changes),
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
        for (const { table, updated } of unlinked) await db.table(table).bulkPut(updated);
        await db.activities.delete(id);
      },
      result: { activity, ...named },
    };
  });
}

const present = <T>(records: (T | undefined)[]): T[] =>
  records.filter((record): record is T => record !== undefined);

/**
 * Undoes a delete: the activity and its transfer and LIA links come back, less any link to a
 * record that has gone since.
 */
export function restoreActivity(deletion: ActivityDeletion): Promise<Activity> {
  return commit(async () => {
    const db = database();
    if (await db.activities.get(deletion.activity.id))
      throw new Error('The activity is already back in the register.');
    const activity = await liveLinks(deletion.activity);
    const relinked = await Promise.all(
      linkingTables.map(async (table) => {
        const current = present<NamesActivities>(
          await db.table(table).bulkGet(deletion[table].map((record) => record.id)),
        );
        return { table, ...relink(current, activity, table, true) };
      }),
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
        ...relinked.flatMap((r) => r.changes),
      ],
      apply: async () => {
        await db.activities.add(activity);
        for (const { table, updated } of relinked) await db.table(table).bulkPut(updated);
      },
      result: activity,
    };
  });
}
