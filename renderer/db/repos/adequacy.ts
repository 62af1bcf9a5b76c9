/**
 * The UK adequacy list transfers are judged by: the baseline the app ships until the person edits
 * it in Settings. Kept with the app's settings, not in the register file, as it is reference data.
 */
import {
  adequacyListSchema,
  UK_ADEQUACY_BASELINE,
  type AdequacyList,
} from '../../../shared/reference/adequacy';
import { database } from '../database';

const KEY = 'adequacy';

export interface AdequacyState {
  list: AdequacyList;
  /** When the person last saved their own list; null while the baseline applies. */
  editedAt: string | null;
  /** Set when a stored list could not be read, so the baseline applies instead: say so. */
  problem: string | null;
}

export async function getAdequacy(): Promise<AdequacyState> {
  const row = await database().settings.get(KEY);
  if (row === undefined) return { list: UK_ADEQUACY_BASELINE, editedAt: null, problem: null };
  const value = row.value as { list?: unknown; editedAt?: unknown } | null;
  const parsed = adequacyListSchema.safeParse(value?.list);
  if (!parsed.success || typeof value?.editedAt !== 'string') {
    return {
      list: UK_ADEQUACY_BASELINE,
      editedAt: null,
      problem:
        'Your edited adequacy list could not be read, so the list Ropa Desk ships is used. Check the list in Settings and save it again.',
    };
  }
  return { list: parsed.data, editedAt: value.editedAt, problem: null };
}

export const getAdequacyList = async (): Promise<AdequacyList> => (await getAdequacy()).list;

/** Saves the person's own list; refuses one the schema refuses, with its message. */
export async function saveAdequacyList(list: AdequacyList, now = new Date()): Promise<void> {
  const parsed = adequacyListSchema.parse(list);
  await database().settings.put({
    key: KEY,
    value: { list: parsed, editedAt: now.toISOString() },
  });
}

/** Goes back to the list the app ships. */
export async function resetAdequacyList(): Promise<void> {
  await database().settings.delete(KEY);
}
