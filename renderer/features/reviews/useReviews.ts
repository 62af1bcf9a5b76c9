/** Live reads the review screens share: one record's reviews, and the intervals in Settings. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Review, ReviewableKind } from '../../../shared/domain';
import type { ReviewIntervals } from '../../../shared/reviews/schedule';
import { getReviewIntervals } from '../../db/repos/review-intervals';
import { reviewsFor } from '../../db/repos/reviews';

/** The record's reviews, latest first; undefined while loading. */
export const useReviewsOf = (kind: ReviewableKind, id: string): Review[] | undefined =>
  useLiveQuery(() => reviewsFor(kind, id), [kind, id]);

/** The intervals in Settings (the defaults until set); undefined while loading. */
export const useReviewIntervals = (): ReviewIntervals | undefined =>
  useLiveQuery(getReviewIntervals, []);
