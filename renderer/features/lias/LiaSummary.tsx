/** The head of a read-only LIA: its outcome, the DPIA screening's result, and the key facts. */
import { readableAlert } from '../../components/readableAlert';
import { Alert, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Activity, Answers } from '../../../shared/domain';
import { decisionQuestions, reviewQuestion, type LiaQuestion } from '../../../shared/lia/questions';
import { liaStatusLabels, outcome, type LiaPath } from '../../../shared/lia/rules';
import { paths } from '../../navigation/paths';
import { GuardedLink } from '../third-parties/GuardedLink';
import { pathLabels } from './lia-rows';
import { answerText } from './question-text';

export interface LiaSummaryProps {
  path: LiaPath;
  answers: Answers;
  status: 'draft' | 'completed';
  activityIds: readonly string[];
  activities: readonly Activity[];
}

const decisionDate = decisionQuestions.find((question) => question.id === 'decision.date');
const completedBy = decisionQuestions.find((question) => question.id === 'decision.completed-by');

export function LiaSummary({ path, answers, status, activityIds, activities }: LiaSummaryProps) {
  const result = outcome(path, answers);
  const canRely = answers['decision.can-rely'] === true;
  const byId = new Map(activities.map((activity) => [activity.id, activity]));
  return (
    <Stack gap="md">
      {status === 'completed' ? (
        <Alert
          styles={readableAlert}
          color={canRely ? 'teal' : 'red'}
          variant="light"
          icon={canRely ? <IconCircleCheck aria-hidden /> : <IconCircleX aria-hidden />}
          title={canRely ? liaStatusLabels['can-rely'] : liaStatusLabels['cannot-rely']}
        >
          {answers['decision.comments'] && typeof answers['decision.comments'] === 'string'
            ? answers['decision.comments']
            : canRely
              ? 'The assessment found that people’s interests do not override the interest relied on.'
              : 'Find another lawful basis for the processing, or change it so that it passes.'}
        </Alert>
      ) : (
        <Alert styles={readableAlert} color="blue" variant="light" title="Not completed">
          This revision was saved as a draft, before a decision was recorded.
        </Alert>
      )}
      {result.dpiaNeeded ? (
        <Alert
          styles={readableAlert}
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="A DPIA is needed"
        >
          <List size="sm" spacing={2}>
            {result.dpiaReasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <Fact label="Activities">
            {activityIds.length === 0 ? (
              'None chosen'
            ) : (
              <List size="sm" spacing={2} listStyleType="none" ps={0}>
                {activityIds.map((id) => {
                  const activity = byId.get(id);
                  return (
                    <List.Item key={id}>
                      {activity ? (
                        <GuardedLink to={paths.activity(id)} size="sm">
                          {activity.name}
                        </GuardedLink>
                      ) : (
                        'An activity no longer in the register'
                      )}
                    </List.Item>
                  );
                })}
              </List>
            )}
          </Fact>
          <Fact label="Path">
            {path === 'standard'
              ? `${pathLabels.standard}: the three-part test`
              : `${pathLabels.recognised}: recognised legitimate interest, necessity test only`}
          </Fact>
          <Fact label="Decided">{factFor(decisionDate, answers)}</Fact>
          <Fact label="Completed by">{factFor(completedBy, answers)}</Fact>
          <Fact label="Next review">{factFor(reviewQuestion, answers)}</Fact>
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}

const factFor = (question: LiaQuestion | undefined, answers: Answers) =>
  (question && answerText(question, answers[question.id])) ?? '—';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
