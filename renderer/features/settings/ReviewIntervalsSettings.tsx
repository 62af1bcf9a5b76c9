/**
 * How often each kind of record is reviewed: the interval the next review date is suggested
 * from when a record is marked reviewed, and a published notice falls due after.
 */
import { Alert, Badge, Button, Group, NumberInput, SimpleGrid, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { recordKindNames, reviewableKinds, type ReviewableKind } from '../../../shared/domain';
import {
  MAX_INTERVAL_MONTHS,
  MIN_INTERVAL_MONTHS,
  type ReviewIntervals,
} from '../../../shared/reviews/schedule';
import { FormSection } from '../../components/FormSection';
import { notifyFailure } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { zodValidate } from '../../components/zodValidate';
import {
  getReviewIntervalsState,
  resetReviewIntervals,
  reviewIntervalsSchema,
  saveReviewIntervals,
} from '../../db/repos/review-intervals';

type Draft = Record<ReviewableKind, number | string>;
const validate = zodValidate(reviewIntervalsSchema);

function confirmRestore(done: () => void) {
  modals.openConfirmModal({
    title: 'Restore the default intervals?',
    children:
      'Every kind of record goes back to a review every 12 months. Review dates already set stay as they are.',
    labels: { confirm: 'Restore defaults', cancel: 'Keep mine' },
    onConfirm: () => {
      resetReviewIntervals().then(
        () => {
          done();
          notifications.show({
            color: 'teal',
            title: 'Default intervals restored',
            message: 'Every kind of record is suggested a review every 12 months.',
          });
        },
        (error: unknown) => notifyFailure('The defaults were not restored', error),
      );
    },
  });
}

export function ReviewIntervalsSettings() {
  const state = useLiveQuery(getReviewIntervalsState, []);
  // The person's edits; null while the form shows what is stored.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  if (!state) return null;
  const values: Draft = draft ?? state.intervals;
  const errors = validate(values);
  const changed =
    draft !== null && reviewableKinds.some((kind) => draft[kind] !== state.intervals[kind]);

  const save = async () => {
    if (Object.keys(errors).length > 0) {
      setShowErrors(true);
      return;
    }
    try {
      await saveReviewIntervals(values as ReviewIntervals);
      setDraft(null);
      setShowErrors(false);
      notifications.show({
        color: 'teal',
        title: 'Review intervals saved',
        message: 'New reviews are suggested a next date from these intervals.',
      });
    } catch (error) {
      notifyFailure('The review intervals were not saved', error);
    }
  };

  return (
    <FormSection
      id="review-intervals"
      title="Review intervals"
      intro="How often each kind of record is reviewed. When you mark a record reviewed, its next review is suggested this far ahead; a published notice falls due for review this long after it took effect. The ICO sets no fixed period: a year is the usual starting point, shorter for higher-risk processing."
    >
      {state.problem ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="Your intervals could not be read"
          styles={readableAlert}
        >
          {state.problem}
        </Alert>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm">
          {reviewableKinds.map((kind) => (
            <NumberInput
              key={kind}
              label={recordKindNames[kind].many}
              data-path={`reviewIntervals.${kind}`}
              value={values[kind]}
              onChange={(value) => setDraft({ ...values, [kind]: value })}
              min={MIN_INTERVAL_MONTHS}
              max={MAX_INTERVAL_MONTHS}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              rightSection={
                <Text size="sm" c="dimmed" pr="md">
                  months
                </Text>
              }
              rightSectionWidth={72}
              error={showErrors || draft !== null ? errors[kind] : undefined}
            />
          ))}
        </SimpleGrid>
        <Group gap="sm" mt="md">
          <Button
            type="submit"
            variant="default"
            disabled={!changed}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          >
            Save intervals
          </Button>
          <Button
            variant="subtle"
            disabled={!state.custom && draft === null}
            leftSection={<IconRestore size={16} aria-hidden />}
            onClick={() => confirmRestore(() => setDraft(null))}
          >
            Restore defaults
          </Button>
          {state.custom ? (
            <Badge variant="light" color="blue" radius="sm">
              Your own intervals
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              Using the defaults: 12 months each.
            </Text>
          )}
        </Group>
      </form>
    </FormSection>
  );
}
