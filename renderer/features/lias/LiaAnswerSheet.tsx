/** A read-only LIA: every question of its path, step by step, with the answer given. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Answers } from '../../../shared/domain';
import { liaGroupLabels, type LiaGroup, type LiaQuestion } from '../../../shared/lia/questions';
import { stepsFor, type LiaPath } from '../../../shared/lia/rules';
import { answerText, questionLabel } from './question-text';

export interface LiaAnswerSheetProps {
  path: LiaPath;
  answers: Answers;
}

/** The questions in runs of one group each, in the order asked. */
export function byGroup(questions: readonly LiaQuestion[]): [LiaGroup, LiaQuestion[]][] {
  const runs: [LiaGroup, LiaQuestion[]][] = [];
  for (const question of questions) {
    const last = runs.at(-1);
    if (last && last[0] === question.group) last[1].push(question);
    else runs.push([question.group, [question]]);
  }
  return runs;
}

export function LiaAnswerSheet({ path, answers }: LiaAnswerSheetProps) {
  return (
    <Stack gap="md">
      {stepsFor(path).map((step) => {
        const groups = byGroup(step.questions);
        return (
          <Paper
            key={step.part}
            withBorder
            radius="md"
            p="lg"
            component="section"
            aria-label={step.label}
          >
            <Title order={3} size="h4" mb="xs">
              {step.label}
            </Title>
            <Stack gap="md">
              {groups.map(([group, questions]) => (
                <div key={group}>
                  {groups.length > 1 ? (
                    <Title order={4} size="h6" mt="xs" c="dimmed">
                      {liaGroupLabels[group]}
                    </Title>
                  ) : null}
                  <dl style={{ margin: 0 }}>
                    {questions.map((question) => (
                      <AnswerRow key={question.id} question={question} answers={answers} />
                    ))}
                  </dl>
                </div>
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

function AnswerRow({ question, answers }: { question: LiaQuestion; answers: Answers }) {
  const text = answerText(question, answers[question.id]);
  return (
    <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
      <Text component="dt" size="sm" fw={600}>
        {questionLabel(question)}
      </Text>
      <Text
        component="dd"
        size="sm"
        ms={0}
        mt={2}
        c={text === null ? 'dimmed' : undefined}
        fs={text === null ? 'italic' : undefined}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {text ?? 'Not answered'}
      </Text>
    </div>
  );
}
