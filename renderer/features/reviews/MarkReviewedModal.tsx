/**
 * Recording a review: who, when, notes, and the next review, suggested one interval on from
 * the review day (Settings) until the person sets it themselves.
 */
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { recordKindNames, type Review, type ReviewableKind } from '../../../shared/domain';
import { longDate } from '../../../shared/util/long-date';
import { suggestNextReview } from '../../../shared/reviews/schedule';
import { DateField } from '../../components/DateField';
import { errorMessage } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { markReviewed, ReviewInputError } from '../../db/repos/reviews';
import { getSettings } from '../../db/repos/settings';
import { useReviewIntervals, useReviewsOf } from './useReviews';

export interface MarkReviewedModalProps {
  kind: ReviewableKind;
  id: string;
  /** The record's name, as the heading says it. */
  name: string;
  onClose: () => void;
  onReviewed?: (review: Review) => void;
}

type Field = 'reviewedOn' | 'reviewedBy' | 'nextReview';

/** The modal's form; mounted only while open, so each opening starts afresh. */
export function MarkReviewedModal({ kind, id, name, onClose, onReviewed }: MarkReviewedModalProps) {
  const settings = useLiveQuery(getSettings, []);
  const intervals = useReviewIntervals();
  const reviews = useReviewsOf(kind, id);
  const [reviewedOn, setReviewedOn] = useState<string | null>(() => dayjs().format('YYYY-MM-DD'));
  const [reviewedBy, setReviewedBy] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  // Undefined while the suggestion applies; the person's own date (or null, none) once set.
  const [nextReview, setNextReview] = useState<string | null | undefined>(undefined);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const interval = intervals?.[kind];
  const suggested = reviewedOn && intervals ? suggestNextReview(kind, reviewedOn, intervals) : null;
  const next = nextReview === undefined ? suggested : nextReview;
  const who = reviewedBy ?? settings?.userName ?? '';
  const last = reviews?.[0];

  const submit = async () => {
    if (!reviewedOn) {
      setErrors({ reviewedOn: 'Enter the day of the review' });
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const review = await markReviewed({
        kind,
        id,
        reviewedOn,
        reviewedBy: who,
        notes,
        nextReview: next,
      });
      notifications.show({
        color: 'teal',
        title: 'Review recorded',
        message: review.nextReview
          ? `${name} is next due for review on ${longDate(review.nextReview)}.`
          : `${name} has no further review planned.`,
      });
      onReviewed?.(review);
      onClose();
    } catch (error) {
      if (error instanceof ReviewInputError) setErrors({ [error.field]: error.message });
      else setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        // The modal is portalled out of the editor's DOM but not out of its React tree: keep
        // this submit from also saving the editor's form.
        event.preventDefault();
        event.stopPropagation();
        void submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {last ? (
            <>
              <IconHistory size={14} aria-hidden style={{ verticalAlign: '-2px' }} /> Last reviewed
              on {longDate(last.reviewedOn)} by {last.reviewedBy}.
            </>
          ) : (
            `No review of this ${recordKindNames[kind].one.toLowerCase()} is recorded yet.`
          )}
        </Text>
        {problem ? (
          <Alert
            color="red"
            variant="light"
            title="The review was not recorded"
            styles={readableAlert}
          >
            {problem}
          </Alert>
        ) : null}
        <Group grow align="flex-start">
          <TextInput
            label="Reviewed by"
            required
            value={who}
            onChange={(event) => {
              setReviewedBy(event.currentTarget.value);
              setErrors((e) => ({ ...e, reviewedBy: undefined }));
            }}
            maxLength={200}
            autoComplete="name"
            error={errors.reviewedBy}
            data-autofocus={who === '' ? true : undefined}
          />
          <DateField
            label="Reviewed on"
            required
            clearable={false}
            value={reviewedOn}
            maxDate={dayjs().format('YYYY-MM-DD')}
            onChange={(value) => {
              setReviewedOn(value);
              setErrors((e) => ({ ...e, reviewedOn: undefined }));
            }}
            error={errors.reviewedOn}
          />
        </Group>
        <Textarea
          label="Notes"
          description="What was checked, what changed, anything to follow up."
          autosize
          minRows={3}
          maxRows={10}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          data-autofocus={who !== '' ? true : undefined}
        />
        <DateField
          label="Next review"
          description={
            nextReview === undefined && interval !== undefined
              ? `Suggested: ${interval} ${interval === 1 ? 'month' : 'months'} on, as set in Settings. Change it if this record needs sooner, or clear it if no further review is planned.`
              : 'Clear it if no further review is planned.'
          }
          value={next}
          onChange={(value) => {
            setNextReview(value);
            setErrors((e) => ({ ...e, nextReview: undefined }));
          }}
          error={errors.nextReview}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Record review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The modal around the form, titled with the record's name. */
export function MarkReviewedDialog(props: MarkReviewedModalProps & { opened: boolean }) {
  const { opened, ...rest } = props;
  return (
    <Modal
      opened={opened}
      onClose={rest.onClose}
      title={`Mark “${rest.name}” reviewed`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close without recording a review' }}
    >
      {opened ? <MarkReviewedModal {...rest} /> : null}
    </Modal>
  );
}
