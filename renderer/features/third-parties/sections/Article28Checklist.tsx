/**
 * The Article 28(3) terms, one by one, each answered Yes, No or Not known yet as the person reads
 * the processor's contract; a term with no answer has not been looked at.
 */
import { Badge, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import {
  article28Answers,
  article28Checklist,
  checklistBadge,
  type Article28Answer,
  type Article28Item,
} from '../../../../shared/processors/article28';
import { FieldLabel } from '../../../components/FieldLabel';
import { isToConfirm } from '../../../components/fieldPaths';
import { toneColours } from '../article28-tones';
import type { ThirdPartySectionProps } from '../third-party-fields';

const answerLabels: Record<Article28Answer, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known yet',
};

const isAnswer = (value: string): value is Article28Answer =>
  (article28Answers as readonly string[]).includes(value);

interface TermProps extends ThirdPartySectionProps {
  item: Article28Item;
}

function Term({ form, item }: TermProps) {
  const path = `article28.${item.id}`;
  const answer = form.values.article28[item.id] ?? null;
  const gap = answer === 'no';
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      style={gap ? { borderColor: 'var(--mantine-color-red-outline)' } : undefined}
    >
      <Group align="flex-start" justify="space-between" gap="md" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 340px' }}>
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Text size="xs" fw={700} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {item.reference}
            </Text>
            <Text size="sm" fw={600}>
              {item.title}
            </Text>
          </Group>
          <Text size="sm">{item.text}</Text>
          <Text size="xs" c="dimmed">
            {item.guidance}
          </Text>
        </Stack>
        <Radio.Group
          value={answer}
          onChange={(value) => {
            if (isAnswer(value)) form.setFieldValue(path, value);
          }}
          // The visible title names the group; Mantine links the label to the radiogroup itself.
          label={item.title}
          labelProps={{ className: 'visually-hidden' }}
          data-path={path}
        >
          <Group gap="md" wrap="nowrap" pt={4}>
            {article28Answers.map((value) => (
              <Radio key={value} value={value} label={answerLabels[value]} />
            ))}
          </Group>
        </Radio.Group>
      </Group>
    </Paper>
  );
}

export function Article28Checklist({ form }: ThirdPartySectionProps) {
  const badge = checklistBadge(form.values.article28);
  return (
    <Stack
      gap="xs"
      role="group"
      data-path="article28"
      tabIndex={-1}
      aria-labelledby="article28-heading"
    >
      <Text fw={600} id="article28-heading" mt="xs">
        <FieldLabel
          text="The Article 28(3) terms"
          flagged={isToConfirm(form.values.toConfirm, 'article28')}
        />
      </Text>
      <Text size="sm" c="dimmed">
        Read the contract or the provider’s data processing terms and say whether each term is
        there. “Not known yet” counts as not checked.
      </Text>
      <Paper withBorder radius="sm" px="sm" py={8} bg="var(--mantine-color-default-hover)">
        <Group gap="sm" wrap="nowrap" role="status" aria-live="polite">
          <Badge
            component="span"
            variant="dot"
            color={toneColours[badge.tone]}
            tt="none"
            fw={500}
            c="var(--mantine-color-text)"
            style={{ flexShrink: 0 }}
          >
            {badge.label}
          </Badge>
          <Text size="sm" data-testid="article28-summary">
            {badge.description}
          </Text>
        </Group>
      </Paper>
      {article28Checklist.map((item) => (
        <Term key={item.id} form={form} item={item} />
      ))}
    </Stack>
  );
}
