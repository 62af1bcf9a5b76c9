/** The adequacy list transfers are judged by (the person's own once edited), and today's date. */
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { getAdequacy, type AdequacyState } from '../../db/repos/adequacy';

/** The adequacy state, read live so an edit in Settings changes every verdict at once. */
export const useAdequacy = (): AdequacyState | undefined => useLiveQuery(getAdequacy, []);

/** Today as YYYY-MM-DD in the person's own time zone: the day every verdict is for. */
export const today = (): string => dayjs().format('YYYY-MM-DD');
