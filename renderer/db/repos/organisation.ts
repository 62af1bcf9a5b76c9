/** The organisation profile: at most one row. */
import { organisationSchema, type Organisation } from '../../../shared/domain';
import { commit } from '../audit-log';
import { database } from '../database';
import { assertAudiencesKept } from './integrity';

export async function getOrganisation(): Promise<Organisation | undefined> {
  return database().organisation.toCollection().first();
}

/** Creates or replaces the profile after validating it. */
export async function saveOrganisation(
  input: Organisation,
  now = new Date(),
): Promise<Organisation> {
  const after = organisationSchema.parse({ ...input, updatedAt: now.toISOString() });
  return commit(async () => {
    const db = database();
    const before = await db.organisation.toCollection().first();
    await assertAudiencesKept(before, after);
    return {
      changes: [
        {
          entity: 'organisation',
          entityId: after.id,
          action: before ? 'update' : 'create',
          summary: before
            ? `Updated the organisation profile`
            : `Created the organisation profile for “${after.name}”`,
          before: before ?? null,
          after,
        },
      ],
      apply: async () => {
        if (before && before.id !== after.id) await db.organisation.delete(before.id);
        await db.organisation.put(after);
      },
      result: after,
    };
  });
}
