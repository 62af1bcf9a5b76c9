/**
 * How often each kind of record is reviewed, in months: the defaults until the person sets
 * their own in Settings. Kept with the app's settings, not in the register file.
 */
import { z } from 'zod';
import { reviewableKinds } from '../../../shared/domain';
import {
  DEFAULT_REVIEW_INTERVALS,
  MAX_INTERVAL_MONTHS,
  MIN_INTERVAL_MONTHS,
  type ReviewIntervals,
} from '../../../shared/reviews/schedule';
import { database } from '../database';

const KEY = 'reviewIntervals';

const months = z
  .number({ error: 'Enter a number of months' })
  .int('Enter a whole number of months')
  .min(MIN_INTERVAL_MONTHS, `At least ${MIN_INTERVAL_MONTHS} month`)
  .max(MAX_INTERVAL_MONTHS, `At most ${MAX_INTERVAL_MONTHS} months (five years)`);

export const reviewIntervalsSchema = z.object(
  Object.fromEntries(reviewableKinds.map((kind) => [kind, months])) as Record<
    keyof ReviewIntervals,
    typeof months
  >,
);

export interface ReviewIntervalsState {
  intervals: ReviewIntervals;
  /** Whether the person has set their own; false while the defaults apply. */
  custom: boolean;
  /** Set when stored intervals could not be read, so the defaults apply instead: say so. */
  problem: string | null;
}

export async function getReviewIntervalsState(): Promise<ReviewIntervalsState> {
  const row = await database().settings.get(KEY);
  if (row === undefined)
    return { intervals: DEFAULT_REVIEW_INTERVALS, custom: false, problem: null };
  const parsed = reviewIntervalsSchema.safeParse(row.value);
  if (!parsed.success) {
    return {
      intervals: DEFAULT_REVIEW_INTERVALS,
      custom: false,
      problem:
        'Your review intervals could not be read, so the defaults are used. Check them in Settings and save them again.',
    };
  }
  return { intervals: parsed.data, custom: true, problem: null };
}

export const getReviewIntervals = async (): Promise<ReviewIntervals> =>
  (await getReviewIntervalsState()).intervals;

/** Saves the person's intervals; refuses any outside 1–60 months, with the schema's message. */
export async function saveReviewIntervals(intervals: ReviewIntervals): Promise<void> {
  await database().settings.put({ key: KEY, value: reviewIntervalsSchema.parse(intervals) });
}

/** Goes back to the defaults. */
export async function resetReviewIntervals(): Promise<void> {
  await database().settings.delete(KEY);
}
