/** One of the ICO's questions: its words as the label, our guidance under it, the answer by kind. */
import { Group, Radio, Textarea } from '@mantine/core';
import type { Answers } from '../../../shared/domain';
import { traRiskLevelLabels, traRiskLevels, type TraQuestion } from '../../../shared/tra/questions';

export interface TraQuestionStepProps {
  question: TraQuestion;
  value: Answers[string] | undefined;
  onChange: (value: string | boolean | null) => void;
}

export function TraQuestionStep({ question, value, onChange }: TraQuestionStepProps) {
  const common = {
    label: question.text,
    description: question.guidance,
    required: question.required,
    id: `answer-${question.id}`,
    styles: { label: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 600 } },
  };
  switch (question.kind) {
    case 'text':
      return (
        <Textarea
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          autosize
          minRows={5}
          maxRows={16}
          maxLength={20_000}
        />
      );
    case 'yes-no':
      return (
        <Radio.Group
          {...common}
          value={value === true ? 'yes' : value === false ? 'no' : null}
          onChange={(next) => onChange(next === 'yes')}
        >
          <Group gap="xl" mt="sm">
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
      );
    case 'risk-level':
      return (
        <Radio.Group
          {...common}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => onChange(next)}
        >
          <Group gap="xl" mt="sm">
            {traRiskLevels.map((level) => (
              <Radio key={level} value={level} label={traRiskLevelLabels[level]} />
            ))}
          </Group>
        </Radio.Group>
      );
  }
}
