/**
 * Reviews of any record. Recording one adds it to the review log and, where the record keeps
 * its own review date (activities, third parties, transfers), moves that date too, in one
 * audited change. Completed assessments and published notices are never edited: for them the
 * log alone holds the next date (shared/reviews/schedule reads it).
 */
import dayjs from 'dayjs';
import { newId, reviewSchema, type Review, type ReviewableKind } from '../../../shared/domain';
import { isCalendarDate } from '../../../shared/reviews/months';
import { longDate } from '../../../shared/util/long-date';
import { commit, type Change } from '../audit-log';
import { database } from '../database';
import { NotFoundError } from './activities';

export interface MarkReviewed {
  kind: ReviewableKind;
  /** The record's id; for a notice, its audience's id or 'all'. */
  id: string;
  reviewedOn: string;
  reviewedBy: string;
  notes: string;
  /** When it is next due; null when no further review is planned. */
  nextReview: string | null;
}

/** A review refused for what was entered: the message says what to correct. */
export class ReviewInputError extends Error {
  constructor(
    message: string,
    /** The input at fault, for the form to mark. */
    readonly field: 'reviewedOn' | 'reviewedBy' | 'nextReview',
  ) {
    super(message);
    this.name = 'ReviewInputError';
  }
}

/** The reviews of one record, latest first. */
export async function reviewsFor(kind: ReviewableKind, id: string): Promise<Review[]> {
  const reviews = await database()
    .reviews.where('[recordKind+recordId]')
    .equals([kind, id])
    .toArray();
  return reviews.sort(
    (a, b) => b.reviewedOn.localeCompare(a.reviewedOn) || b.createdAt.localeCompare(a.createdAt),
  );
}

function checkInput(input: MarkReviewed, now: Date): void {
  if (!isCalendarDate(input.reviewedOn)) {
    throw new ReviewInputError('Enter the day of the review as a real date', 'reviewedOn');
  }
  if (input.reviewedOn > dayjs(now).format('YYYY-MM-DD')) {
    throw new ReviewInputError('The review cannot be later than today', 'reviewedOn');
  }
  if (input.reviewedBy.trim() === '') {
    throw new ReviewInputError('Say who reviewed it', 'reviewedBy');
  }
  if (input.nextReview !== null && !isCalendarDate(input.nextReview)) {
    throw new ReviewInputError(
      'Enter the next review as a real date, or leave it empty',
      'nextReview',
    );
  }
  if (input.nextReview !== null && input.nextReview <= input.reviewedOn) {
    throw new ReviewInputError('The next review must be after this one', 'nextReview');
  }
}

/** The record's name for the audit trail, and the change to its own date where it keeps one. */
async function recordChange(
  input: MarkReviewed,
  stamp: string,
): Promise<{ name: string; change: Change | null; apply: () => Promise<void> }> {
  const db = database();
  const none = async () => {};
  const summary = (name: string) =>
    `Reviewed ${name} on ${longDate(input.reviewedOn)}${input.nextReview ? `; next review ${longDate(input.nextReview)}` : ''}`;
  /** A record that keeps its own review date: the change to it and how to write it. */
  const ownDate = <T extends { id: string }>(
    entity: 'activity' | 'thirdParty' | 'transfer',
    table: { put(row: NoInfer<T>): Promise<unknown> },
    before: T,
    after: T,
    name: string,
  ) => ({
    name,
    change: {
      entity,
      entityId: before.id,
      action: 'update' as const,
      summary: summary(name),
      before,
      after,
    },
    apply: async () => {
      await table.put(after);
    },
  });
  switch (input.kind) {
    case 'activity': {
      const before = await db.activities.get(input.id);
      if (!before) throw new NotFoundError('The activity');
      const after = {
        ...before,
        lastReviewed: input.reviewedOn,
        nextReview: input.nextReview,
        updatedAt: stamp,
      };
      return ownDate('activity', db.activities, before, after, `“${before.name}”`);
    }
    case 'thirdParty': {
      const before = await db.thirdParties.get(input.id);
      if (!before) throw new NotFoundError('The third party');
      const after = { ...before, reviewDate: input.nextReview, updatedAt: stamp };
      return ownDate('thirdParty', db.thirdParties, before, after, `“${before.name}”`);
    }
    case 'transfer': {
      const before = await db.transfers.get(input.id);
      if (!before) throw new NotFoundError('The transfer');
      const after = { ...before, reviewDate: input.nextReview, updatedAt: stamp };
      const party = await db.thirdParties.get(before.thirdPartyId);
      const name = `the transfer to “${party?.name ?? 'a deleted third party'}”`;
      return ownDate('transfer', db.transfers, before, after, name);
    }
    case 'lia': {
      const lia = await db.lias.get(input.id);
      if (!lia) throw new NotFoundError('The assessment');
      if (lia.status !== 'completed') {
        throw new ReviewInputError(
          'Complete the assessment before recording a review of it',
          'reviewedOn',
        );
      }
      return {
        name: `the legitimate interests assessment “${lia.title}”`,
        change: null,
        apply: none,
      };
    }
    case 'tra': {
      const tra = await db.tras.get(input.id);
      if (!tra) throw new NotFoundError('The transfer risk assessment');
      if (tra.status !== 'completed') {
        throw new ReviewInputError(
          'Complete the assessment before recording a review of it',
          'reviewedOn',
        );
      }
      return { name: 'the transfer risk assessment', change: null, apply: none };
    }
    case 'notice': {
      const audienceId = input.id === 'all' ? null : input.id;
      const published = await db.noticeVersions.filter((v) => v.audienceId === audienceId).count();
      if (published === 0) {
        throw new ReviewInputError(
          'Publish the notice before recording a review of it',
          'reviewedOn',
        );
      }
      const audience =
        audienceId === null
          ? undefined
          : (await db.organisation.toCollection().first())?.audiences.find(
              (a) => a.id === audienceId,
            );
      const name =
        audienceId === null
          ? 'the privacy notice for all audiences'
          : `the privacy notice for ${audience?.name ?? 'an unknown audience'}`;
      return { name, change: null, apply: none };
    }
  }
}

/**
 * Records a review of any record: the review itself, and the record's own next review date
 * where it keeps one, each with its audit event, in one transaction.
 */
export function markReviewed(input: MarkReviewed, now = new Date()): Promise<Review> {
  return commit(async () => {
    checkInput(input, now);
    const stamp = now.toISOString();
    const review = reviewSchema.parse({
      id: newId(),
      recordKind: input.kind,
      recordId: input.id,
      reviewedOn: input.reviewedOn,
      reviewedBy: input.reviewedBy.trim(),
      notes: input.notes.trim(),
      nextReview: input.nextReview,
      createdAt: stamp,
    });
    const { name, change, apply } = await recordChange(input, stamp);
    const db = database();
    return {
      changes: [
        {
          entity: 'review',
          entityId: review.id,
          action: 'create',
          summary: `Recorded a review of ${name} by ${review.reviewedBy}`,
          before: null,
          after: review,
        },
        ...(change ? [change] : []),
      ],
      apply: async () => {
        await db.reviews.add(review);
        await apply();
      },
      result: review,
    };
  });
}
