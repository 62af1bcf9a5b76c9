/** What a linked activity already says towards a question, with a button that uses it. */
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { applySuggestion, type Suggestion } from '../../../shared/lia/prefill';

export interface SuggestionNoteProps {
  suggestion: Suggestion;
  /** The answer as it stands: the suggestion is added to it, never put in its place. */
  current: string;
  onUse: (answer: string) => void;
}

export function SuggestionNote({ suggestion, current, onUse }: SuggestionNoteProps) {
  const next = applySuggestion(current, suggestion.text);
  const used = next === current;
  const label = used ? 'In the answer' : current.trim() !== '' ? 'Add this' : 'Use this';
  return (
    <Paper withBorder radius="sm" px="sm" py={6} bg="var(--mantine-color-default-hover)">
      <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
        <Text size="sm" style={{ minWidth: 0 }}>
          <Text span fw={600} size="sm">
            From the activity “{suggestion.activityName}”:
          </Text>{' '}
          {suggestion.text}
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          disabled={used}
          leftSection={
            used ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
          }
          onClick={() => onUse(next)}
          style={{ flexShrink: 0 }}
          // Starts with the visible words, so a voice user can say what they see.
          aria-label={`${label} (from “${suggestion.activityName}”)`}
        >
          {label}
        </Button>
      </Group>
    </Paper>
  );
}
