/**
 * The reviews block every reviewable record's screen shows: "Mark reviewed" and the history.
 * `ReviewsSection` is the same in a section of its own, for screens without a review section.
 */
import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Review, ReviewableKind } from '../../../shared/domain';
import { FormSection } from '../../components/FormSection';
import { MarkReviewedButton } from './MarkReviewedButton';
import { ReviewHistory } from './ReviewHistory';

export interface RecordReviewsProps {
  kind: ReviewableKind;
  id: string;
  name: string;
  /** The screen has unsaved changes: a review would be recorded against the saved record. */
  dirty?: boolean;
  /** False for a record not saved yet: there is nothing to review. */
  saved?: boolean;
  /** Why else it cannot be reviewed now (e.g. an assessment still in draft). */
  blockedReason?: string | null;
  onReviewed?: (review: Review) => void;
  /** A line beside the button, e.g. where the next review date is shown. */
  note?: ReactNode;
}

export function RecordReviews({
  kind,
  id,
  name,
  dirty = false,
  saved = true,
  blockedReason = null,
  onReviewed,
  note,
}: RecordReviewsProps) {
  if (!saved) {
    return (
      <Text size="sm" c="dimmed">
        Save it first; then mark it reviewed to keep a dated history of its reviews.
      </Text>
    );
  }
  const reason = dirty
    ? 'Save or discard your changes first: a review is recorded against the saved record.'
    : blockedReason;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <MarkReviewedButton
          kind={kind}
          id={id}
          name={name}
          disabledReason={reason}
          onReviewed={onReviewed}
        />
        {note ? (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        ) : null}
      </Group>
      <ReviewHistory kind={kind} id={id} />
    </Stack>
  );
}

export function ReviewsSection(props: RecordReviewsProps & { intro?: ReactNode }) {
  const { intro, ...rest } = props;
  return (
    <FormSection id="reviews" title="Reviews" intro={intro}>
      <RecordReviews {...rest} />
    </FormSection>
  );
}
