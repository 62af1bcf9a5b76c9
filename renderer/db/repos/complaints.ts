/**
 * The complaints log: each complaint checked against the schema and its linked activities
 * before it is saved, every change audited; a deleted complaint can be put back (Undo).
 */
import { complaintSchema, type Complaint } from '../../../shared/domain';
import { complaintPhrase } from '../../../shared/logs/names';
import { commit } from '../audit-log';
import { database } from '../database';
import { NotFoundError } from './activities';
import { assertActivitiesExist, liveActivityIds } from './rights-requests';

export const listComplaints = (): Promise<Complaint[]> => database().complaints.toArray();
export const getComplaint = (id: string): Promise<Complaint | undefined> =>
  database().complaints.get(id);

/** "the complaint from Jane Doe", for audit summaries. */
const described = (complaint: Complaint): string => `the ${complaintPhrase(complaint)}`;

/** Saves a complaint (new or changed), checked against the schema and its links. */
export function saveComplaint(input: Complaint, now = new Date()): Promise<Complaint> {
  return commit(async () => {
    const db = database();
    const before = await db.complaints.get(input.id);
    const after = complaintSchema.parse({
      ...input,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await assertActivitiesExist(after.activityIds, 'complaint');
    return {
      changes: [
        {
          entity: 'complaint',
          entityId: after.id,
          action: before ? 'update' : 'create',
          summary: before ? `Updated ${described(after)}` : `Logged ${described(after)}`,
          before: before ?? null,
          after,
        },
      ],
      apply: async () => {
        await db.complaints.put(after);
      },
      result: after,
    };
  });
}

/** Deletes a complaint; the result is what Undo needs. */
export function deleteComplaint(id: string): Promise<Complaint> {
  return commit(async () => {
    const db = database();
    const complaint = await db.complaints.get(id);
    if (!complaint) throw new NotFoundError('The complaint');
    return {
      changes: [
        {
          entity: 'complaint',
          entityId: id,
          action: 'delete',
          summary: `Deleted ${described(complaint)}`,
          before: complaint,
          after: null,
        },
      ],
      apply: async () => {
        await db.complaints.delete(id);
      },
      result: complaint,
    };
  });
}

/** Undoes a delete, less any link to an activity deleted since. */
export function restoreComplaint(deleted: Complaint): Promise<Complaint> {
  return commit(async () => {
    const db = database();
    if (await db.complaints.get(deleted.id))
      throw new Error('The complaint is already back in the log.');
    const complaint = { ...deleted, activityIds: await liveActivityIds(deleted.activityIds) };
    return {
      changes: [
        {
          entity: 'complaint',
          entityId: complaint.id,
          action: 'restore',
          summary: `Restored ${described(complaint)}`,
          before: null,
          after: complaint,
        },
      ],
      apply: async () => {
        await db.complaints.add(complaint);
      },
      result: complaint,
    };
  });
}
