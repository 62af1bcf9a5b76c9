/**
 * The ICO table's rows one activity at a time, in time that grows linearly with the register:
 * the spreadsheet export writes each row out before it makes the next.
 */
import type { Register } from '../domain/register';
import { icoRows } from './ico-template';

/** Records by the ids of the activities they name, each record once per activity, in order. */
function byActivity<T extends { activityIds: readonly string[] }>(
  records: readonly T[],
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const record of records) {
    for (const id of new Set(record.activityIds)) {
      const list = index.get(id);
      if (list) list.push(record);
      else index.set(id, [record]);
    }
  }
  return index;
}

/**
 * The same rows as `icoRows`, in the same order. The cells of one activity read only its own
 * recipients, transfers, LIAs and breaches, but look for them through the whole register; so
 * each row is made from a view of the register holding just those, found through indexes built
 * once — otherwise every row would scan every third party, transfer, LIA and breach.
 */
export function* icoRowStream(register: Register): Generator<string[]> {
  const parties = new Map(register.thirdParties.map((party) => [party.id, party]));
  const transfers = byActivity(register.transfers);
  const lias = byActivity(register.lias);
  const breaches = byActivity(register.breaches);
  for (const activity of register.activities) {
    const own = transfers.get(activity.id) ?? [];
    const partyIds = new Set([...activity.recipientIds, ...own.map((t) => t.thirdPartyId)]);
    const view: Register = {
      ...register,
      activities: [activity],
      thirdParties: [...partyIds].flatMap((id) => parties.get(id) ?? []),
      transfers: own,
      lias: lias.get(activity.id) ?? [],
      breaches: breaches.get(activity.id) ?? [],
    };
    const [row] = icoRows(view);
    if (row) yield row;
  }
}
