/** A TRA's answers, read-only: each ICO question with its answer, then the outcome. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Answers } from '../../../shared/domain';
import { traAnswerLabel, traOutcomeIds } from '../../../shared/tra/outcome';
import { traQuestions } from '../../../shared/tra/questions';
import { answerText, dateText, outcomeText, plainText } from './tra-answers';

function Item({ label, question, answer }: { label: string; question?: string; answer: string }) {
  return (
    <Stack gap={2} component="div">
      <Text size="sm" fw={600} component="dt">
        {label}
        {question ? ` — ${question}` : ''}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {answer}
      </Text>
    </Stack>
  );
}

export function TraAnswersView({ answers }: { answers: Answers }) {
  return (
    <Stack gap="lg">
      <Paper
        withBorder
        p="lg"
        radius="md"
        component="section"
        aria-labelledby="tra-answers-heading"
      >
        <Title order={3} size="h4" id="tra-answers-heading" mb="md">
          The ICO’s questions
        </Title>
        <Stack gap="md" component="dl" m={0}>
          {traQuestions.map((question) => (
            <Item
              key={question.id}
              label={traAnswerLabel(question.id)}
              question={question.text}
              answer={answerText(question, answers[question.id])}
            />
          ))}
        </Stack>
      </Paper>
      <Paper
        withBorder
        p="lg"
        radius="md"
        component="section"
        aria-labelledby="tra-outcome-heading"
      >
        <Title order={3} size="h4" id="tra-outcome-heading" mb="md">
          Outcome
        </Title>
        <Stack gap="md" component="dl" m={0}>
          <Item label="Outcome" answer={outcomeText(answers)} />
          <Item label="Completed by" answer={plainText(answers[traOutcomeIds.completedBy])} />
          <Item label="Completed on" answer={dateText(answers[traOutcomeIds.completedOn])} />
          <Item label="Next review" answer={dateText(answers[traOutcomeIds.nextReview])} />
        </Stack>
      </Paper>
    </Stack>
  );
}
