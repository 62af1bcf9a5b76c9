/**
 * Saves an assessment, then records where it stands on its transfer (draft → in progress,
 * completed → completed), so the transfers list and editor show the true state.
 */
import type { Tra } from '../../../shared/domain';
import { traStatusFor } from '../../../shared/transfers/verdict';
import { reviseTra, saveTra } from '../../db/repos/assessments';
import { setTransferTraStatus } from '../../db/repos/transfers';

export async function saveTraAndTransfer(tra: Tra): Promise<Tra> {
  const saved = await saveTra(tra);
  await setTransferTraStatus(saved.transferId, traStatusFor('yes', saved));
  return saved;
}

export async function reviseTraAndTransfer(id: string): Promise<Tra> {
  const revised = await reviseTra(id);
  await setTransferTraStatus(revised.transferId, traStatusFor('yes', revised));
  return revised;
}
