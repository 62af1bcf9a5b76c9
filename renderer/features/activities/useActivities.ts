/** Live reads for the activity screens (Dexie queries re-run whenever the tables change). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { Activity, Organisation, ThirdParty, Transfer } from '../../../shared/domain';
import {
  firstActivitiesByName,
  getActivity,
  listActivitiesInTurns,
  listBusinessFunctions,
  type ActivityHead,
} from '../../db/repos/activities';
import { getOrganisation } from '../../db/repos/organisation';
import { listThirdParties } from '../../db/repos/third-parties';
import { transfersFor } from '../../db/repos/transfers';
import { firstIdsByName, tidyFunctions } from './activity-filter';
import { recallFirstScreen, rememberFirstScreen } from './list-memory';

/** Enough rows for the tallest window's first screen of the list. */
const FIRST_SCREEN_ROWS = 60;

/**
 * The activity list's data in two steps: with `byName` set (the list as it opens, sorted by
 * name and unfiltered), the first screen of rows comes first, remembered from the last full
 * read or from the name index; every activity is read after it has been drawn, since IndexedDB
 * would serve the small reads only after the large one.
 */
export function useActivityList(byName: 'asc' | 'desc' | null): {
  all: Activity[] | undefined;
  /** How many activities there are, once known. */
  total: number | undefined;
  head: ActivityHead | null;
} {
  const [head, setHead] = useState<(ActivityHead & { byName: 'asc' | 'desc' }) | null>(null);
  const first = useLiveQuery(async () => {
    if (byName === null || head !== null) return null;
    const rows = await firstActivitiesByName(
      FIRST_SCREEN_ROWS,
      (entries, count) => firstIdsByName(entries, count, byName),
      recallFirstScreen(byName),
    );
    return { ...rows, byName };
  }, [byName, head !== null]);
  // Kept from its one read: the full read starts once it is drawn, and replaces it.
  if (first && head === null) setHead(first);
  const loadAll = head !== null || byName === null;
  // Opening an activity leaves the list: its read stops, so the editor's read is not kept waiting.
  const left = useRef(false);
  useEffect(() => {
    left.current = false;
    return () => {
      left.current = true;
    };
  }, []);
  const read = useLiveQuery(
    () => (loadAll ? listActivitiesInTurns(() => left.current) : undefined),
    [loadAll],
  );
  useEffect(() => {
    if (!read) return;
    const handle = requestIdleCallback(() => rememberFirstScreen(read, FIRST_SCREEN_ROWS));
    return () => cancelIdleCallback(handle);
  }, [read]);
  // Sorted the other way meanwhile, the first screen no longer shows the top of the list.
  const current = read === undefined && head?.byName === byName ? head : null;
  return { all: read?.activities, total: read?.activities.length ?? head?.total, head: current };
}

/**
 * One activity: undefined while loading, null when there is no such activity (so the two
 * are not confused, which useLiveQuery alone would do).
 */
export const useActivity = (id: string | null): Activity | null | undefined =>
  useLiveQuery(async () => (id === null ? null : ((await getActivity(id)) ?? null)), [id]);

/** The business functions in use, for suggestions, without reading every activity. */
export const useBusinessFunctions = (): string[] | undefined =>
  useLiveQuery(async () => tidyFunctions(await listBusinessFunctions()));

export const useThirdParties = (): ThirdParty[] | undefined => useLiveQuery(listThirdParties);

/** The organisation profile, or null when none has been set up yet. */
export const useOrganisation = (): Organisation | null | undefined =>
  useLiveQuery(async () => (await getOrganisation()) ?? null);

/** Transfers that name the activity (read-only here: they are edited in the transfers register). */
export const useTransfersFor = (activityId: string): Transfer[] | undefined =>
  useLiveQuery(() => transfersFor(activityId), [activityId]);
