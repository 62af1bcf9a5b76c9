/** Live reads for the activity screens (Dexie queries re-run whenever the tables change). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Activity, Organisation, ThirdParty, Transfer } from '../../../shared/domain';
import { getActivity, listActivities } from '../../db/repos/activities';
import { getOrganisation } from '../../db/repos/organisation';
import { listThirdParties } from '../../db/repos/third-parties';
import { transfersFor } from '../../db/repos/transfers';

/** Every activity; undefined while the first read is in flight. */
export const useActivities = (): Activity[] | undefined => useLiveQuery(listActivities);

/**
 * One activity: undefined while loading, null when there is no such activity (so the two
 * are not confused, which useLiveQuery alone would do).
 */
export const useActivity = (id: string | null): Activity | null | undefined =>
  useLiveQuery(async () => (id === null ? null : ((await getActivity(id)) ?? null)), [id]);

export const useThirdParties = (): ThirdParty[] | undefined => useLiveQuery(listThirdParties);

/** The organisation profile, or null when none has been set up yet. */
export const useOrganisation = (): Organisation | null | undefined =>
  useLiveQuery(async () => (await getOrganisation()) ?? null);

/** Transfers that name the activity (read-only here: they are edited in the transfers register). */
export const useTransfersFor = (activityId: string): Transfer[] | undefined =>
  useLiveQuery(() => transfersFor(activityId), [activityId]);
