/**
 * Data protection impact assessment (ICO columns 21–23): the ICO screening checklist answered
 * item by item, the outcome worked out as the person answers, and the DPIA's progress when one
 * is needed. The stored screening result follows the answers, so reports never disagree with them.
 */
import {
  Alert,
  Group,
  List,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import {
  dpiaScreeningLabels,
  dpiaStatusLabels,
  dpiaStatuses,
  type Activity,
  type DpiaScreening,
} from '../../../../shared/domain';
import {
  screeningItems,
  screeningLead,
  screeningOutcome,
  type ScreeningAnswers,
  type ScreeningItemId,
} from '../../../../shared/dpia/screening';
import { FieldLabel } from '../../../components/FieldLabel';
import { isToConfirm } from '../../../components/fieldPaths';
import { FormSection } from '../../../components/FormSection';
import { readableAlert } from '../../../components/readableAlert';
import { activityKit as kit, type SectionProps } from '../activity-fields';
import { optionsOf } from '../options';

type Answers = Activity['dpia']['answers'];

/** The screening result the answers give: any yes needs a DPIA; all no needs none. */
const screeningFor = (answers: ScreeningAnswers): DpiaScreening => {
  const outcome = screeningOutcome(answers);
  if (outcome.needed) return 'required';
  return outcome.complete ? 'not-required' : 'not-screened';
};

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface ItemProps {
  number: number;
  item: (typeof screeningItems)[number];
  answer: boolean | undefined;
  onAnswer: (id: ScreeningItemId, answer: boolean) => void;
}

function ScreeningItem({ number, item, answer, onAnswer }: ItemProps) {
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      style={answer === true ? { borderColor: 'var(--mantine-color-orange-outline)' } : undefined}
    >
      <Group align="flex-start" justify="space-between" gap="md" wrap="nowrap">
        <Group align="flex-start" gap="sm" wrap="nowrap" style={{ flex: 1 }}>
          <Text size="sm" fw={700} c="dimmed" w={22} ta="right" aria-hidden>
            {number}.
          </Text>
          <Stack gap={2} style={{ flex: 1 }}>
            <Text size="sm" fw={600}>
              {sentence(item.text)}
            </Text>
            <Text size="xs" c="dimmed">
              {item.guidance}
            </Text>
          </Stack>
        </Group>
        <Radio.Group
          value={answer === undefined ? null : answer ? 'yes' : 'no'}
          onChange={(value) => onAnswer(item.id, value === 'yes')}
          // The visible text names the group; Mantine links the label to the radiogroup itself.
          label={sentence(item.text)}
          labelProps={{ className: 'visually-hidden' }}
          data-path={`dpia.answers.${item.id}`}
        >
          <Group gap="md" wrap="nowrap" pt={2}>
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
      </Group>
    </Paper>
  );
}

function Outcome({ answers, stored }: { answers: Answers; stored: DpiaScreening }) {
  const outcome = screeningOutcome(answers);
  const answered = screeningItems.filter((item) => typeof answers[item.id] === 'boolean').length;
  if (outcome.needed) {
    return (
      <Alert
        color="orange"
        variant="light"
        styles={readableAlert}
        icon={<IconAlertTriangle aria-hidden />}
        title="A DPIA is needed because:"
      >
        <List size="sm" spacing={2}>
          {outcome.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <Text size="sm" mt="xs">
          Carry it out before the processing starts, and record its progress below.
        </Text>
      </Alert>
    );
  }
  if (outcome.complete) {
    return (
      <Alert
        color="teal"
        variant="light"
        styles={readableAlert}
        icon={<IconCircleCheck aria-hidden />}
        title="No DPIA needed: none of the screening items apply"
      >
        <Text size="sm">
          Say why in the notes if the processing still feels risky; you may do a DPIA anyway.
        </Text>
      </Alert>
    );
  }
  // A result recorded before the checklist existed stands until the answers say otherwise.
  const earlier =
    answered === 0 && stored !== 'not-screened'
      ? ` Recorded earlier as “${dpiaScreeningLabels[stored]}”: answer each item to confirm it.`
      : '';
  return (
    <Text size="sm" role="status">
      {answered} of {screeningItems.length} answered.{earlier}
    </Text>
  );
}

export function DpiaSection({ form }: SectionProps) {
  const { answers, screening, status, link } = form.values.dpia;
  const needed = screeningOutcome(answers).needed;

  const answer = (id: ScreeningItemId, value: boolean) => {
    const next: Answers = { ...answers, [id]: value };
    form.setFieldValue('dpia.answers', next);
    const result = screeningFor(next);
    if (result !== screening) form.setFieldValue('dpia.screening', result);
    // A DPIA that is needed is no longer "not applicable" until someone starts it.
    if (result === 'required' && status === 'not-applicable') {
      form.setFieldValue('dpia.status', 'not-started');
    }
  };

  return (
    <FormSection
      id="dpia"
      title="DPIA"
      intro="Screen every activity: a data protection impact assessment is needed where the processing is likely to result in a high risk to people."
    >
      <Stack gap={6} data-path="dpia.screening" tabIndex={-1}>
        <Text size="sm" fw={600}>
          <FieldLabel
            text="Screening outcome"
            flagged={isToConfirm(form.values.toConfirm, 'dpia.screening')}
          />
        </Text>
        <Outcome answers={answers} stored={screening} />
      </Stack>
      <Stack gap="xs" role="group" aria-labelledby="dpia-checklist-heading">
        <Text size="sm" fw={600} id="dpia-checklist-heading">
          <FieldLabel
            text={`The ICO’s screening list: ${screeningLead}…`}
            flagged={isToConfirm(form.values.toConfirm, 'dpia.answers')}
          />
        </Text>
        <Text size="sm" c="dimmed">
          Answer each item for this activity. Any “Yes” means a DPIA is needed.
        </Text>
        {screeningItems.map((item, index) => (
          <ScreeningItem
            key={item.id}
            number={index + 1}
            item={item}
            answer={answers[item.id]}
            onAnswer={answer}
          />
        ))}
      </Stack>
      <Textarea
        {...kit.fieldProps(form, 'dpia.notes')}
        autosize
        minRows={2}
        placeholder="e.g. Small mailing list, no profiling: screened out on 3 March 2026"
      />
      {needed || status !== 'not-applicable' || link !== '' ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            {...kit.fieldProps(form, 'dpia.status')}
            data={optionsOf(dpiaStatuses, dpiaStatusLabels)}
            allowDeselect={false}
          />
          <TextInput
            {...kit.fieldProps(form, 'dpia.link')}
            placeholder="A link or file path to the DPIA document"
          />
        </SimpleGrid>
      ) : null}
    </FormSection>
  );
}
