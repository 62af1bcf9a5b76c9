/**
 * Restricted transfers: each names the third party that receives the data and the activities
 * it comes from; deleting one deletes its transfer risk assessments with it.
 */
import {
  transferSchema,
  type Activity,
  type ThirdParty,
  type TraStatus,
  type Tra,
  type Transfer,
} from '../../../shared/domain';
import { countryName } from '../../../shared/reference/countries';
import { commit, type Change } from '../audit-log';
import { database } from '../database';
import { NotFoundError } from './activities';
import { IntegrityError } from './integrity';

export const listTransfers = (): Promise<Transfer[]> => database().transfers.toArray();
export const getTransfer = (id: string): Promise<Transfer | undefined> =>
  database().transfers.get(id);
export const transfersTo = (thirdPartyId: string): Promise<Transfer[]> =>
  database().transfers.where('thirdPartyId').equals(thirdPartyId).toArray();
export const transfersFor = (activityId: string): Promise<Transfer[]> =>
  database().transfers.where('activityIds').equals(activityId).toArray();

/** "the transfer to “Mailchimp” (United States)", for audit summaries. */
const describe = (transfer: Transfer, party: ThirdParty | undefined): string =>
  `the transfer to “${party?.name ?? 'a deleted third party'}” (${transfer.destinations
    .map(countryName)
    .join(', ')})`;

/** Refuses a transfer whose third party or activities are not in the register. */
async function assertTransferLinks(transfer: Transfer): Promise<ThirdParty> {
  const db = database();
  const party = await db.thirdParties.get(transfer.thirdPartyId);
  if (!party) {
    throw new IntegrityError(
      'The third party this transfer names is no longer in the register: it may have been deleted in another window. Choose the third party again and save.',
    );
  }
  const activities = await db.activities.bulkGet(transfer.activityIds);
  if (activities.some((activity) => activity === undefined)) {
    throw new IntegrityError(
      'An activity this transfer names is no longer in the register. Choose its activities again and save.',
    );
  }
  return party;
}

/** Saves a transfer (new or changed), checked against the schema and the register's links. */
export function saveTransfer(input: Transfer, now = new Date()): Promise<Transfer> {
  return commit(async () => {
    const db = database();
    const before = await db.transfers.get(input.id);
    const after = transferSchema.parse({
      ...input,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    const party = await assertTransferLinks(after);
    const name = describe(after, party);
    return {
      changes: [
        {
          entity: 'transfer',
          entityId: after.id,
          action: before ? 'update' : 'create',
          summary: before ? `Updated ${name}` : `Recorded ${name}`,
          before: before ?? null,
          after,
        },
      ],
      apply: async () => {
        await db.transfers.put(after);
      },
      result: after,
    };
  });
}

/**
 * Records where the transfer's risk assessment stands, after the assessment is saved; a
 * status already right changes nothing and leaves no audit event.
 */
export function setTransferTraStatus(
  id: string,
  traStatus: TraStatus,
  now = new Date(),
): Promise<Transfer> {
  return commit(async () => {
    const db = database();
    const before = await db.transfers.get(id);
    if (!before) throw new NotFoundError('The transfer');
    if (before.traStatus === traStatus)
      return { changes: [], apply: async () => {}, result: before };
    const after: Transfer = { ...before, traStatus, updatedAt: now.toISOString() };
    const party = await db.thirdParties.get(after.thirdPartyId);
    return {
      changes: [
        {
          entity: 'transfer',
          entityId: id,
          action: 'update',
          summary: `Transfer risk assessment of ${describe(after, party)} is now ${traStatus.replace('-', ' ')}`,
          before,
          after,
        },
      ],
      apply: async () => {
        await db.transfers.put(after);
      },
      result: after,
    };
  });
}

export interface TransferDeletion {
  transfer: Transfer;
  /** Its transfer risk assessments, deleted with it. */
  tras: Tra[];
}

/** Deletes a transfer and its transfer risk assessments; the result is what Undo needs. */
export function deleteTransfer(id: string): Promise<TransferDeletion> {
  return commit(async () => {
    const db = database();
    const transfer = await db.transfers.get(id);
    if (!transfer) throw new NotFoundError('The transfer');
    const tras = await db.tras.where('transferId').equals(id).toArray();
    const name = describe(transfer, await db.thirdParties.get(transfer.thirdPartyId));
    const changes: Change[] = [
      ...tras.map((tra) => ({
        entity: 'tra' as const,
        entityId: tra.id,
        action: 'delete' as const,
        summary: `Deleted the transfer risk assessment of ${name} with it`,
        before: tra,
        after: null,
      })),
      {
        entity: 'transfer',
        entityId: id,
        action: 'delete',
        summary: `Deleted ${name}`,
        before: transfer,
        after: null,
      },
    ];
    return {
      changes,
      apply: async () => {
        await db.tras.bulkDelete(tras.map((tra) => tra.id));
        await db.transfers.delete(id);
      },
      result: { transfer, tras },
    };
  });
}

/**
 * Undoes a delete: the transfer and its assessments come back. Activities deleted meanwhile are
 * dropped from it (a link to them would block export); its third party must still be there.
 */
export function restoreTransfer(deletion: TransferDeletion): Promise<Transfer> {
  return commit(async () => {
    const db = database();
    if (await db.transfers.get(deletion.transfer.id)) {
      throw new Error('The transfer is already back in the register.');
    }
    const party = await db.thirdParties.get(deletion.transfer.thirdPartyId);
    if (!party) {
      throw new IntegrityError(
        'The transfer cannot come back: its third party has been deleted since. Restore the third party first, or record the transfer again.',
      );
    }
    const live = (await db.activities.bulkGet(deletion.transfer.activityIds)).filter(
      (activity): activity is Activity => activity !== undefined,
    );
    const transfer: Transfer = { ...deletion.transfer, activityIds: live.map((a) => a.id) };
    const name = describe(transfer, party);
    const changes: Change[] = [
      {
        entity: 'transfer',
        entityId: transfer.id,
        action: 'restore',
        summary: `Restored ${name}`,
        before: null,
        after: transfer,
      },
      ...deletion.tras.map((tra) => ({
        entity: 'tra' as const,
        entityId: tra.id,
        action: 'restore' as const,
        summary: `Restored the transfer risk assessment of ${name}`,
        before: null,
        after: tra,
      })),
    ];
    return {
      changes,
      apply: async () => {
        await db.transfers.add(transfer);
        await db.tras.bulkAdd(deletion.tras);
      },
      result: transfer,
    };
  });
}
