/**
 * The last step: the outcome (with the one the answers point to), who completed the assessment,
 * when, and when it will be reviewed; and what is still missing, each a link to its step.
 */
import { Alert, Anchor, List, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconBulb, IconListCheck } from '@tabler/icons-react';
import type { Answers } from '../../../shared/domain';
import { suggestedOutcome, traAnswerLabel, traOutcomeIds } from '../../../shared/tra/outcome';
import { traOutcomeLabels, traOutcomes } from '../../../shared/tra/questions';
import { DateField } from '../../components/DateField';
import { readableAlert } from '../../components/readableAlert';

export interface TraOutcomeStepProps {
  answers: Answers;
  onChange: (id: string, value: string | null) => void;
  /** Answer ids still needed to complete; shown once the person has tried to complete. */
  missing: readonly string[];
  showMissing: boolean;
  /** Goes to the step that asks an answer. */
  onGoTo: (answerId: string) => void;
}

const text = (value: Answers[string] | undefined) => (typeof value === 'string' ? value : '');

export function TraOutcomeStep({
  answers,
  onChange,
  missing,
  showMissing,
  onGoTo,
}: TraOutcomeStepProps) {
  const suggested = suggestedOutcome(answers);
  return (
    <Stack gap="lg">
      {showMissing && missing.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconListCheck aria-hidden />}
          title="Answer these before completing the assessment"
          styles={readableAlert}
          tabIndex={-1}
          data-testid="tra-missing"
        >
          <List size="sm" spacing={2}>
            {missing.map((id) => (
              <List.Item key={id}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="var(--mantine-color-text)"
                  underline="always"
                  onClick={() => onGoTo(id)}
                >
                  {traAnswerLabel(id)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {suggested ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconBulb aria-hidden />}
          title="What your answers point to"
          styles={readableAlert}
        >
          <Text size="sm">
            {traOutcomeLabels[suggested]}. This follows the ICO tool’s route from your answers to
            questions 2, 4, 5 and 6; the decision is yours.
          </Text>
        </Alert>
      ) : null}
      <Radio.Group
        label="Outcome"
        description="Where the assessment leaves the transfer."
        required
        value={text(answers[traOutcomeIds.outcome]) || null}
        onChange={(value) => onChange(traOutcomeIds.outcome, value)}
        id={`answer-${traOutcomeIds.outcome}`}
        styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 600 } }}
      >
        <Stack gap="xs" mt="sm">
          {traOutcomes.map((outcome) => (
            <Radio key={outcome} value={outcome} label={traOutcomeLabels[outcome]} />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label="Completed by"
          required
          id={`answer-${traOutcomeIds.completedBy}`}
          value={text(answers[traOutcomeIds.completedBy])}
          onChange={(event) => onChange(traOutcomeIds.completedBy, event.currentTarget.value)}
          maxLength={200}
        />
        <DateField
          label="Completed on"
          required
          id={`answer-${traOutcomeIds.completedOn}`}
          value={text(answers[traOutcomeIds.completedOn]) || null}
          onChange={(value) => onChange(traOutcomeIds.completedOn, value)}
          clearButtonProps={{ 'aria-label': 'Clear completed on' }}
        />
        <DateField
          label="Next review"
          id={`answer-${traOutcomeIds.nextReview}`}
          value={text(answers[traOutcomeIds.nextReview]) || null}
          onChange={(value) => onChange(traOutcomeIds.nextReview, value)}
          clearButtonProps={{ 'aria-label': 'Clear next review' }}
        />
      </SimpleGrid>
    </Stack>
  );
}
