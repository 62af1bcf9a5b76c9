/** One question of the assessment: the ICO's words as the label, our guidance beneath, the input. */
import { Group, Radio, Select, Stack, TextInput, Textarea } from '@mantine/core';
import type { LiaQuestion } from '../../../shared/lia/questions';
import { recognisedConditions } from '../../../shared/lia/questions';
import type { LiaAnswer } from '../../../shared/lia/rules';
import type { Suggestion } from '../../../shared/lia/prefill';
import { DateField } from '../../components/DateField';
import { questionAnchor, questionLabel } from './question-text';
import { SuggestionNote } from './SuggestionNote';

export interface QuestionFieldProps {
  question: LiaQuestion;
  answer: LiaAnswer | undefined;
  onChange: (answer: LiaAnswer) => void;
  /** What the linked activities already say towards this question. */
  suggestions?: readonly Suggestion[];
}

export function QuestionField({
  question,
  answer,
  onChange,
  suggestions = [],
}: QuestionFieldProps) {
  const text = typeof answer === 'string' ? answer : '';
  return (
    <Stack
      gap={6}
      id={questionAnchor(question.id)}
      data-question={question.id}
      data-path={question.id}
    >
      <AnswerInput question={question} answer={answer} onChange={onChange} />
      {suggestions.map((suggestion) => (
        <SuggestionNote
          key={suggestion.activityId}
          suggestion={suggestion}
          current={text}
          onUse={onChange}
        />
      ))}
    </Stack>
  );
}

/** A short answer's box stays short while its label and guidance use the full width. */
const narrow = (maxWidth: number) => ({ wrapper: { maxWidth } });

function AnswerInput({ question, answer, onChange }: Omit<QuestionFieldProps, 'suggestions'>) {
  const common = {
    label: questionLabel(question),
    description: question.guidance,
    withAsterisk: question.required,
  };
  const text = typeof answer === 'string' ? answer : '';
  switch (question.kind) {
    case 'text':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxRows={14}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'person':
      return (
        <TextInput
          {...common}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
          styles={narrow(480)}
        />
      );
    case 'date':
      return (
        <DateField {...common} value={text || null} onChange={onChange} styles={narrow(240)} />
      );
    case 'choice':
      return (
        <Select
          {...common}
          data={recognisedConditions.map(({ value, label }) => ({ value, label }))}
          value={text || null}
          onChange={onChange}
          placeholder="Choose the Annex 1 condition"
          clearable
          styles={narrow(520)}
        />
      );
    case 'yes-no':
      return (
        <Radio.Group
          {...common}
          value={answer === true ? 'yes' : answer === false ? 'no' : null}
          onChange={(value) => onChange(value === 'yes')}
        >
          <Group gap="xl" mt={6}>
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
      );
  }
}
