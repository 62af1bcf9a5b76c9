/**
 * The links a register file must hold (shared/domain/register.ts checks them on every export
 * and import), checked here before each write, so that no edit can leave a register that can
 * no longer be exported.
 */
import type { Activity, Organisation, ThirdParty } from '../../../shared/domain';
import { database } from '../database';

export class IntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntegrityError';
  }
}

/** Refuses an activity whose recipients, funders or audiences are not in the register. */
export async function assertActivityLinks(activity: Activity): Promise<void> {
  const db = database();
  const ids = [...new Set([...activity.recipientIds, ...activity.funderIds])];
  const parties = new Map(
    (await db.thirdParties.bulkGet(ids)).flatMap((p): [string, ThirdParty][] =>
      p ? [[p.id, p]] : [],
    ),
  );
  if (ids.some((id) => !parties.has(id))) {
    throw new IntegrityError(
      'A third party this activity links to is no longer in the register: it may have been deleted in another window. Remove it from the activity and save again.',
    );
  }
  const notFunder = activity.funderIds
    .map((id) => parties.get(id))
    .find((p) => p && p.type !== 'funder');
  if (notFunder) {
    throw new IntegrityError(
      `“${notFunder.name}” is not a funder (its type is not Funder), so it cannot be named as one. Change its type on the third party, or remove it from the funders.`,
    );
  }
  const organisation = await db.organisation.toCollection().first();
  const audiences = new Set(organisation?.audiences.map((a) => a.id) ?? []);
  if (activity.audienceIds.some((id) => !audiences.has(id))) {
    throw new IntegrityError(
      'A privacy notice audience this activity names is no longer in the organisation profile. Choose the audiences again and save.',
    );
  }
}

/** Activities' names, for a message: "“A”, “B” and 3 more". */
function names(activities: readonly Activity[]): string {
  const shown = activities.slice(0, 3).map((a) => `“${a.name}”`);
  const more = activities.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(' and ');
}

/** Refuses to make a third party stop being a funder while activities name it as one. */
export async function assertFunderTypeKept(
  before: ThirdParty | undefined,
  after: ThirdParty,
): Promise<void> {
  if (before?.type !== 'funder' || after.type === 'funder') return;
  const funded = await database().activities.where('funderIds').equals(after.id).toArray();
  if (funded.length > 0) {
    throw new IntegrityError(
      `“${after.name}” is named as a funder by ${names(funded)}. Remove it from their funders before changing its type.`,
    );
  }
}

/** Refuses to remove a notice audience that activities or privacy notices still name. */
export async function assertAudiencesKept(
  before: Organisation | undefined,
  after: Organisation,
): Promise<void> {
  if (!before) return;
  const kept = new Set(after.audiences.map((a) => a.id));
  for (const audience of before.audiences.filter((a) => !kept.has(a.id))) {
    const users = (await database().activities.toArray()).filter((a) =>
      a.audienceIds.includes(audience.id),
    );
    if (users.length > 0) {
      throw new IntegrityError(
        `The audience “${audience.name}” is used by ${names(users)}. Take it off those activities before removing it.`,
      );
    }
    // Published notices are kept for good, so an audience with a notice stays in the register.
    const notices =
      (await database().noticeVersions.where('audienceId').equals(audience.id).count()) +
      (await database().noticeDrafts.where('audienceId').equals(audience.id).count());
    if (notices > 0) {
      throw new IntegrityError(
        `The audience “${audience.name}” has its own privacy notice, and published notices are kept for good. Keep the audience; you can rename it or change its description.`,
      );
    }
  }
}

/** The links of a restored activity that still resolve: dropped ones would block export. */
export async function liveLinks(activity: Activity): Promise<Activity> {
  const db = database();
  const ids = [...new Set([...activity.recipientIds, ...activity.funderIds])];
  const parties = new Map(
    (await db.thirdParties.bulkGet(ids)).flatMap((p): [string, ThirdParty][] =>
      p ? [[p.id, p]] : [],
    ),
  );
  const organisation = await db.organisation.toCollection().first();
  const audiences = new Set(organisation?.audiences.map((a) => a.id) ?? []);
  return {
    ...activity,
    recipientIds: activity.recipientIds.filter((id) => parties.has(id)),
    funderIds: activity.funderIds.filter((id) => parties.get(id)?.type === 'funder'),
    audienceIds: activity.audienceIds.filter((id) => audiences.has(id)),
  };
}
