/** The records whose effective next review has passed, for the review rules. */
import type { ReviewableKind } from '../domain/oversight';
import type { Register } from '../domain/register';
import type { CheckContext } from '../checks/types';
import type { ReviewIntervals, ScheduledRecord } from './schedule';
import { DEFAULT_REVIEW_INTERVALS, keepsOwnDate, scheduledRecords } from './schedule';

export interface OverdueReview extends ScheduledRecord {
  due: string;
}

// Several rules ask about one register in one run: work out its schedule once.
const cache = new WeakMap<Register, { intervals: ReviewIntervals; records: ScheduledRecord[] }>();

function scheduleFor(register: Register, intervals: ReviewIntervals): ScheduledRecord[] {
  const hit = cache.get(register);
  if (hit && hit.intervals === intervals) return hit.records;
  const records = scheduledRecords(register, intervals);
  cache.set(register, { intervals, records });
  return records;
}

/** The records of one kind whose review was due before `today`. */
export function overdueReviews(context: CheckContext, kind: ReviewableKind): OverdueReview[] {
  const intervals = context.reviewIntervals ?? DEFAULT_REVIEW_INTERVALS;
  return scheduleFor(context.register, intervals).filter(
    (entry): entry is OverdueReview =>
      entry.record.kind === kind && entry.due !== null && entry.due < context.today,
  );
}

/** The field a finding should open: the date field, unless only the review log holds the date. */
export const overdueField = (entry: OverdueReview): string | null =>
  entry.fromReview && !keepsOwnDate.has(entry.record.kind) ? null : entry.field;
