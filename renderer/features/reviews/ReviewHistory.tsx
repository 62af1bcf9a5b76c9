/** The reviews recorded against one record, latest first, with who, when, notes and next date. */
import { Anchor, Stack, Text, Timeline } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReviewableKind } from '../../../shared/domain';
import { longDate } from '../../../shared/util/long-date';
import { useReviewsOf } from './useReviews';

const SHOWN = 3;

export function ReviewHistory({ kind, id }: { kind: ReviewableKind; id: string }) {
  const reviews = useReviewsOf(kind, id);
  const [all, setAll] = useState(false);
  if (!reviews) return null;
  if (reviews.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No reviews recorded yet. Mark it reviewed to keep a dated record of each review.
      </Text>
    );
  }
  const shown = all ? reviews : reviews.slice(0, SHOWN);
  return (
    <Stack gap="xs">
      <Timeline
        bulletSize={22}
        lineWidth={2}
        aria-label="Review history"
        data-testid="review-history"
      >
        {shown.map((review) => (
          <Timeline.Item
            key={review.id}
            bullet={<IconCalendarCheck size={13} aria-hidden />}
            title={`Reviewed on ${longDate(review.reviewedOn)} by ${review.reviewedBy}`}
          >
            {review.notes ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {review.notes}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt={2}>
              {review.nextReview
                ? `Next review ${longDate(review.nextReview)}`
                : 'No further review planned'}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {reviews.length > SHOWN ? (
        <Anchor component="button" type="button" size="sm" onClick={() => setAll(!all)}>
          {all ? 'Show the latest only' : `Show all ${reviews.length} reviews`}
        </Anchor>
      ) : null}
    </Stack>
  );
}
