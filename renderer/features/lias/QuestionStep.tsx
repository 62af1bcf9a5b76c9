/** A step of the test: its questions under their group headings, and the DPIA screening's result. */
import { readableAlert } from '../../components/readableAlert';
import { Alert, Divider, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { Fragment } from 'react';
import { screeningLead } from '../../../shared/dpia/screening';
import type { Suggestions } from '../../../shared/lia/prefill';
import { liaGroupLabels, type LiaQuestion } from '../../../shared/lia/questions';
import type { LiaAnswer, LiaAnswers, LiaOutcome } from '../../../shared/lia/rules';
import { byGroup } from './LiaAnswerSheet';
import { QuestionField } from './QuestionField';

export interface QuestionStepProps {
  questions: readonly LiaQuestion[];
  answers: LiaAnswers;
  onAnswer: (questionId: string, answer: LiaAnswer) => void;
  suggestions: Suggestions;
  /** The outcome so far, for the DPIA screening's result. */
  result: LiaOutcome;
}

export function QuestionStep({
  questions,
  answers,
  onAnswer,
  suggestions,
  result,
}: QuestionStepProps) {
  const groups = byGroup(questions);
  // A heading per group only helps when a step has more than one.
  const showHeadings = groups.length > 1;
  return (
    <Stack gap="xl" maw={880}>
      {groups.map(([group, members], index) => (
        <Fragment key={group}>
          {index > 0 ? <Divider /> : null}
          <Stack gap="lg" component="section" aria-label={liaGroupLabels[group]}>
            {showHeadings ? (
              <Title order={4} size="h5">
                {liaGroupLabels[group]}
              </Title>
            ) : null}
            {group === 'dpia-screening' ? <ScreeningIntro /> : null}
            {members.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                answer={answers[question.id]}
                onChange={(answer) => onAnswer(question.id, answer)}
                suggestions={suggestions[question.id]}
              />
            ))}
            {group === 'dpia-screening' ? <ScreeningResult result={result} /> : null}
          </Stack>
        </Fragment>
      ))}
    </Stack>
  );
}

function ScreeningIntro() {
  return (
    <Text size="sm" c="dimmed" maw={760}>
      The ICO lists processing for which you should {screeningLead}. Answer each: any “yes” means a
      data protection impact assessment (DPIA) is needed, and completing this assessment records
      that on every activity it covers.
    </Text>
  );
}

function ScreeningResult({ result }: { result: LiaOutcome }) {
  if (result.dpiaNeeded === true) {
    return (
      <Alert
        styles={readableAlert}
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="A DPIA is needed"
        role="status"
      >
        <Text size="sm">You answered yes to:</Text>
        <List size="sm" mt={4} spacing={2}>
          {result.dpiaReasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <Text size="sm" mt="xs">
          Completing this assessment marks its activities as needing a DPIA. Carry out the DPIA
          before the processing starts.
        </Text>
      </Alert>
    );
  }
  if (result.dpiaNeeded === false) {
    return (
      <Alert
        styles={readableAlert}
        color="gray"
        variant="light"
        icon={<IconInfoCircle aria-hidden />}
        role="status"
      >
        No item applies, so this screening does not call for a DPIA.
      </Alert>
    );
  }
  return null;
}
