/** Which backups to keep: the last 3 of today, the newest of each earlier day, 10 in all. */
import { ukDay } from '../../shared/util/uk-day';

export const KEEP_TODAY = 3;
export const KEEP_TOTAL = 10;

/*
 * Days are UK calendar days (Europe/London), not UTC days: the users are UK organisations, and
 * "today's backups" must mean what the user's own calendar says. Under UTC days, during British
 * Summer Time a backup taken at 00:30 would count as yesterday's and push out the real one.
 */

export interface Dated {
  name: string;
  /** ISO timestamp. */
  time: string;
}

/** Newest first; equal times (copied files) fall back to the name so the order is stable. */
export function newestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => Date.parse(b.time) - Date.parse(a.time) || (a.name < b.name ? 1 : -1),
  );
}

/**
 * The entries to keep, newest first. Backups taken before an import, restore or migration are
 * ordinary backups here. `protect` (the backup just written) is always kept, even when a clock
 * set back makes it look older than the others.
 */
export function keepBackups<T extends Dated>(
  entries: readonly T[],
  now: string | Date,
  protect?: string,
): T[] {
  const today = ukDay(now);
  let keptToday = 0;
  const daysSeen = new Set<string>();
  const kept = newestFirst(entries).filter((entry) => {
    const day = ukDay(entry.time);
    if (day === today) {
      keptToday += 1;
      return keptToday <= KEEP_TODAY;
    }
    if (daysSeen.has(day)) return false;
    daysSeen.add(day);
    return true;
  });
  const capped = kept.slice(0, KEEP_TOTAL);
  const protectedEntry = entries.find((entry) => entry.name === protect);
  if (!protectedEntry || capped.includes(protectedEntry)) return capped;
  return newestFirst([...capped.slice(0, KEEP_TOTAL - 1), protectedEntry]);
}
