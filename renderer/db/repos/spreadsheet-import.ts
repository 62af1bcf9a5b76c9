/**
 * Writing a confirmed spreadsheet import: every activity, third party and transfer of the plan
 * (and the organisation, when the register has none) in one audited commit, so an import is
 * either wholly in the register or not at all.
 */
import {
  activitySchema,
  organisationSchema,
  thirdPartySchema,
  transferSchema,
} from '../../../shared/domain';
import type { ImportPlan } from '../../../shared/spreadsheet/import/contract';
import { commit, type Change } from '../audit-log';
import { database } from '../database';
import { IntegrityError } from './integrity';

export interface SpreadsheetImportResult {
  activities: { id: string; name: string }[];
  thirdParties: number;
  transfers: number;
  /**
   * The file's contact block: made the organisation profile, not used because the register has
   * one, too incomplete to save (the person fills in the profile instead), or absent.
   */
  organisation: 'created' | 'kept' | 'incomplete' | 'none';
}

const created = (
  entity: Change['entity'],
  entityId: string,
  summary: string,
  after: unknown,
): Change => ({ entity, entityId, action: 'create', summary, before: null, after });

/**
 * Refuses a plan whose records clash with the register as it is now (an id already taken, a
 * reused third party deleted since the preview): nothing is written and the person is told
 * to read the file again.
 */
async function assertFits(plan: ImportPlan): Promise<void> {
  const db = database();
  const again = 'Nothing was imported: choose the file again to see an up-to-date preview.';
  const taken = [
    ...(await db.activities.bulkGet(plan.activities.map((a) => a.id))),
    ...(await db.thirdParties.bulkGet(plan.thirdParties.map((p) => p.id))),
    ...(await db.transfers.bulkGet(plan.transfers.map((t) => t.id))),
  ];
  if (taken.some((record) => record !== undefined)) {
    throw new IntegrityError(`Some records in this import are already in the register. ${again}`);
  }
  const reused = await db.thirdParties.bulkGet(plan.reusedThirdParties.map((p) => p.id));
  const gone = plan.reusedThirdParties.filter((_, index) => reused[index] === undefined);
  if (gone.length > 0) {
    throw new IntegrityError(
      `${gone.map((p) => `“${p.name}”`).join(', ')} ${gone.length === 1 ? 'is' : 'are'} no longer in the register. ${again}`,
    );
  }
  const planned = new Set([
    ...plan.thirdParties.map((p) => p.id),
    ...plan.reusedThirdParties.map((p) => p.id),
  ]);
  const linked = [
    ...plan.activities.flatMap((a) => [...a.recipientIds, ...a.funderIds]),
    ...plan.transfers.map((t) => t.thirdPartyId),
  ];
  const activityIds = new Set(plan.activities.map((a) => a.id));
  if (
    linked.some((id) => !planned.has(id)) ||
    plan.transfers.some((t) => t.activityIds.some((id) => !activityIds.has(id)))
  ) {
    throw new IntegrityError(
      `Some records in this import link to records it does not hold. ${again}`,
    );
  }
}

/** Writes the plan from the file `fileName`; nothing is written if any record is refused. */
export function importSpreadsheet(
  plan: ImportPlan,
  fileName: string,
  now = new Date(),
): Promise<SpreadsheetImportResult> {
  return commit(async () => {
    const db = database();
    await assertFits(plan);
    const stamp = now.toISOString();
    const stamped = { createdAt: stamp, updatedAt: stamp };
    const activities = plan.activities.map((a) => activitySchema.parse({ ...a, ...stamped }));
    const thirdParties = plan.thirdParties.map((p) => thirdPartySchema.parse({ ...p, ...stamped }));
    const transfers = plan.transfers.map((t) => transferSchema.parse({ ...t, ...stamped }));
    const hasOrganisation = (await db.organisation.count()) > 0;
    // A contact block too sparse for the profile's rules must not block the activities.
    const parsed =
      plan.organisation && !hasOrganisation
        ? organisationSchema.safeParse({ ...plan.organisation, updatedAt: stamp })
        : null;
    const organisation = parsed?.success ? parsed.data : null;

    const from = `from the spreadsheet “${fileName}”`;
    const partyNames = new Map(
      [...thirdParties, ...plan.reusedThirdParties].map((p) => [p.id, p.name]),
    );
    const changes: Change[] = [
      ...(organisation
        ? [
            created(
              'organisation',
              organisation.id,
              `Created the organisation profile for “${organisation.name}” ${from}`,
              organisation,
            ),
          ]
        : []),
      ...thirdParties.map((p) =>
        created('thirdParty', p.id, `Imported third party “${p.name}” ${from}`, p),
      ),
      ...activities.map((a) =>
        created('activity', a.id, `Imported activity “${a.name}” ${from}`, a),
      ),
      ...transfers.map((t) =>
        created(
          'transfer',
          t.id,
          `Imported the transfer to “${partyNames.get(t.thirdPartyId) ?? 'a third party'}” ${from}`,
          t,
        ),
      ),
    ];
    return {
      changes,
      apply: async () => {
        if (organisation) await db.organisation.add(organisation);
        await db.thirdParties.bulkAdd(thirdParties);
        await db.activities.bulkAdd(activities);
        await db.transfers.bulkAdd(transfers);
      },
      result: {
        activities: activities.map((a) => ({ id: a.id, name: a.name })),
        thirdParties: thirdParties.length,
        transfers: transfers.length,
        organisation: organisation
          ? 'created'
          : parsed
            ? 'incomplete'
            : plan.organisation
              ? 'kept'
              : 'none',
      },
    };
  });
}
