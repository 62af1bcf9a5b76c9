/** Restricted transfers: read here; the transfers register screens come with the assessments. */
import type { Transfer } from '../../../shared/domain';
import { database } from '../database';

export const transfersTo = (thirdPartyId: string): Promise<Transfer[]> =>
  database().transfers.where('thirdPartyId').equals(thirdPartyId).toArray();
export const transfersFor = (activityId: string): Promise<Transfer[]> =>
  database().transfers.where('activityIds').equals(activityId).toArray();
