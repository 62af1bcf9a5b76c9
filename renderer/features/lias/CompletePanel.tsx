/**
 * The end of the wizard: complete the assessment once every required question is answered, or
 * see which are not, each a link that goes to its step and puts the focus on it.
 */
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { LiaQuestion } from '../../../shared/lia/questions';
import type { WizardStep } from './wizard-steps';
import { liaStatusLabels, type LiaOutcome } from '../../../shared/lia/rules';
import { questionLabel } from './question-text';

export interface CompletePanelProps {
  /** Required questions still unanswered, in the order asked. */
  missing: readonly LiaQuestion[];
  /** Whether the title or the activities are missing too. */
  aboutMissing: readonly string[];
  result: LiaOutcome;
  completing: boolean;
  onComplete: () => void;
  onGoTo: (questionId: string) => void;
  /** The wizard's steps, to list what is missing step by step. */
  steps: readonly WizardStep[];
}

const aboutLabels: Record<string, string> = {
  title: 'Title',
  activities: 'Activities it covers',
};

export function CompletePanel(props: CompletePanelProps) {
  const { missing, aboutMissing, result, completing } = props;
  const ready = missing.length === 0 && aboutMissing.length === 0;
  const count = missing.length + aboutMissing.length;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="lia-complete">
      <Stack gap="sm">
        <Title order={4} id="lia-complete">
          Complete the assessment
        </Title>
        {ready ? (
          <Text size="sm">
            Every required question is answered. The outcome will be:{' '}
            <Text span fw={700} size="sm">
              {liaStatusLabels[result.status]}
            </Text>
            . Completing records the decision; to change it later, start a new revision.
          </Text>
        ) : (
          <>
            <Text size="sm">
              {count === 1
                ? 'One required answer is missing.'
                : `${count} required answers are missing.`}{' '}
              Answer {count === 1 ? 'it' : 'them'} to complete the assessment:
            </Text>
            <MissingList
              aboutMissing={aboutMissing}
              missing={missing}
              steps={props.steps}
              onGoTo={props.onGoTo}
            />
          </>
        )}
        <Group>
          <Button
            leftSection={<IconCircleCheck size={18} aria-hidden />}
            disabled={!ready || completing}
            loading={completing}
            onClick={props.onComplete}
          >
            Complete assessment
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** What is missing, under the step that asks it. */
function MissingList({
  aboutMissing,
  missing,
  steps,
  onGoTo,
}: Pick<CompletePanelProps, 'aboutMissing' | 'missing' | 'steps' | 'onGoTo'>) {
  const missingIds = new Set(missing.map((question) => question.id));
  const groups = steps
    .map((step) => ({
      step,
      items:
        step.key === 'about'
          ? aboutMissing.map((key) => ({ id: key, label: aboutLabels[key] ?? key }))
          : step.questions
              .filter((question) => missingIds.has(question.id))
              .map((question) => ({ id: question.id, label: questionLabel(question) })),
    }))
    .filter((group) => group.items.length > 0);
  return (
    <Stack gap="sm" maw={760}>
      {groups.map(({ step, items }) => (
        <div key={step.key}>
          <Text size="sm" fw={600} id={`missing-${step.key}`}>
            {step.label} ({items.length})
          </Text>
          <List size="sm" spacing={2} aria-labelledby={`missing-${step.key}`}>
            {items.map((item) => (
              <List.Item key={item.id}>
                <MissingLink onClick={() => onGoTo(item.id)}>{item.label}</MissingLink>
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}

function MissingLink({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      underline="always"
      ta="left"
      onClick={onClick}
    >
      {children}
    </Anchor>
  );
}
