/** How far along the assessment is: required questions answered, as words and a bar. */
import { Group, Paper, Progress, Text } from '@mantine/core';

export interface LiaProgressProps {
  answered: number;
  total: number;
  percent: number;
}

export function LiaProgress({ answered, total, percent }: LiaProgressProps) {
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Group justify="space-between" gap="sm" mb={6}>
        <Text size="sm" fw={600}>
          {answered} of {total} required questions answered
        </Text>
        <Text size="sm" c="dimmed">
          {percent}%
        </Text>
      </Group>
      <Progress.Root size="md">
        <Progress.Section
          value={percent}
          color={percent === 100 ? 'teal.9' : undefined}
          aria-label={`Progress: ${answered} of ${total} required questions answered`}
        />
      </Progress.Root>
    </Paper>
  );
}
