/**
 * What is due for review, and when: each record's effective next review (its latest recorded
 * review, else the date the record keeps itself), contract renewals and the ICO registration.
 */
import type { Review, ReviewableKind } from '../domain/oversight';
import { reviewableKinds } from '../domain/oversight';
import type { Register } from '../domain/register';
import type { FindingRecord } from '../checks/types';
import { addMonths, daysFrom } from './months';
import type { ReviewableRecord } from './records';
import { reviewableRecords } from './records';

/** How often each kind of record is reviewed, in months. */
export type ReviewIntervals = Record<ReviewableKind, number>;

export const MIN_INTERVAL_MONTHS = 1;
export const MAX_INTERVAL_MONTHS = 60;

/**
 * The ICO sets no fixed period for any of these; its guidance asks for records, LIAs, TRAs,
 * contracts and notices to be kept under review and revisited when the processing changes,
 * and its Accountability Framework and LIA template expect at least a yearly look. So a year
 * for each, which the organisation can shorten for higher-risk kinds in Settings.
 */
export const DEFAULT_REVIEW_INTERVALS: ReviewIntervals = {
  activity: 12,
  thirdParty: 12,
  transfer: 12,
  lia: 12,
  tra: 12,
  notice: 12,
};

export type DueKind = 'review' | 'contract' | 'ico-registration';

export interface DueItem {
  kind: DueKind;
  record: FindingRecord;
  /** The field holding the date, for the link to focus; null when the record has none. */
  field: string | null;
  /** YYYY-MM-DD */
  due: string;
  /** What to do, e.g. "Review “Payroll”" or "Renew the contract with Mailchimp". */
  label: string;
}

export interface DueBuckets {
  overdue: DueItem[];
  within30: DueItem[];
  within90: DueItem[];
  later: DueItem[];
}

const reviewKey = (kind: ReviewableKind, id: string): string => `${kind}\u0000${id}`;

/** The more recent of two reviews: the later review day, then the later entry. */
const later = (a: Review, b: Review): Review =>
  b.reviewedOn > a.reviewedOn || (b.reviewedOn === a.reviewedOn && b.createdAt > a.createdAt)
    ? b
    : a;

/** The latest review of every record that has one. */
export function latestReviews(register: Register): Map<string, Review> {
  const latest = new Map<string, Review>();
  for (const review of register.reviews) {
    const key = reviewKey(review.recordKind, review.recordId);
    const current = latest.get(key);
    latest.set(key, current ? later(current, review) : review);
  }
  return latest;
}

/** The reviews of one record, latest first. */
export function reviewsOf(register: Register, kind: ReviewableKind, id: string): Review[] {
  return register.reviews
    .filter((review) => review.recordKind === kind && review.recordId === id)
    .sort((a, b) => (later(a, b) === a ? -1 : 1));
}

/** The next review a review made on `reviewedOn` suggests, one interval on. */
export const suggestNextReview = (
  kind: ReviewableKind,
  reviewedOn: string,
  intervals: ReviewIntervals,
): string => addMonths(reviewedOn, intervals[kind]);

interface Effective {
  due: string | null;
  /** Whether the date comes from the record's own review log rather than the record. */
  fromReview: boolean;
}

function effective(
  entry: ReviewableRecord,
  latest: Review | undefined,
  intervals: ReviewIntervals,
): Effective {
  if (latest) return { due: latest.nextReview, fromReview: true };
  if (entry.publishedOn !== undefined) {
    return { due: addMonths(entry.publishedOn, intervals.notice), fromReview: false };
  }
  return { due: entry.ownDate, fromReview: false };
}

/** The effective next review of one record, or null when none is set. */
export function nextReviewOf(
  register: Register,
  kind: ReviewableKind,
  id: string,
  intervals: ReviewIntervals,
): string | null {
  const entry = reviewableRecords(register).find(
    (candidate) => candidate.record.kind === kind && candidate.record.id === id,
  );
  if (!entry) return null;
  return effective(entry, latestReviews(register).get(reviewKey(kind, id)), intervals).due;
}

/** A record with its effective next review, for the rules and the calendar. */
export interface ScheduledRecord extends ReviewableRecord {
  due: string | null;
  fromReview: boolean;
}

/** Every reviewable record with its effective next review. */
export function scheduledRecords(
  register: Register,
  intervals: ReviewIntervals,
): ScheduledRecord[] {
  const latest = latestReviews(register);
  return reviewableRecords(register).map((entry) => ({
    ...entry,
    ...effective(entry, latest.get(reviewKey(entry.record.kind, entry.record.id)), intervals),
  }));
}

/** Records with no review date at all, by kind (a TRA reviewed with its transfer has one). */
export function unscheduled(
  register: Register,
  intervals: ReviewIntervals,
): Record<ReviewableKind, FindingRecord[]> {
  const out = Object.fromEntries(reviewableKinds.map((kind) => [kind, []])) as unknown as Record<
    ReviewableKind,
    FindingRecord[]
  >;
  for (const entry of scheduledRecords(register, intervals)) {
    if (entry.due === null && !entry.coveredByTransfer) out[entry.record.kind].push(entry.record);
  }
  return out;
}

/** The kinds whose own date field marking reviewed updates (see renderer/db/repos/reviews). */
export const keepsOwnDate: ReadonlySet<ReviewableKind> = new Set([
  'activity',
  'thirdParty',
  'transfer',
]);

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Everything with a date: reviews, contract renewals and the ICO registration, soonest first. */
export function schedule(
  register: Register,
  _today: string,
  intervals: ReviewIntervals,
): DueItem[] {
  const items: DueItem[] = [];
  for (const entry of scheduledRecords(register, intervals)) {
    // A TRA without a review of its own is reviewed with its transfer, listed once there.
    if (entry.due === null || (entry.coveredByTransfer && !entry.fromReview)) continue;
    items.push({
      kind: 'review',
      record: entry.record,
      // Marking reviewed moves the date field of activities, third parties and transfers too;
      // elsewhere the review log alone holds the date, so there is no field to point at.
      field: entry.fromReview && !keepsOwnDate.has(entry.record.kind) ? null : entry.field,
      due: entry.due,
      label: `Review ${entry.record.kind === 'notice' ? 'the ' + lowerFirst(entry.record.name) : `“${entry.record.name}”`}`,
    });
  }
  for (const party of register.thirdParties) {
    const ends = party.contract.expiresOn;
    if (ends === null || party.contract.status === 'not-needed') continue;
    items.push({
      kind: 'contract',
      record: { kind: 'thirdParty', id: party.id, name: party.name },
      field: 'contract.expiresOn',
      due: ends,
      label: `Renew the contract with ${party.name}`,
    });
  }
  const org = register.organisation;
  if (org?.icoRenewalDate) {
    items.push({
      kind: 'ico-registration',
      record: { kind: 'organisation', id: org.id, name: org.name },
      field: 'icoRenewalDate',
      due: org.icoRenewalDate,
      label: 'Renew the ICO registration',
    });
  }
  return items.sort((a, b) => a.due.localeCompare(b.due) || collator.compare(a.label, b.label));
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Items split by how soon they fall due: past, within 30 days, within 90 days, later. */
export function bucketDue(items: readonly DueItem[], today: string): DueBuckets {
  const buckets: DueBuckets = { overdue: [], within30: [], within90: [], later: [] };
  for (const item of items) {
    const days = daysFrom(today, item.due);
    if (days < 0) buckets.overdue.push(item);
    else if (days <= 30) buckets.within30.push(item);
    else if (days <= 90) buckets.within90.push(item);
    else buckets.later.push(item);
  }
  return buckets;
}
