/** What the report is doing now, as words and a bar, with the way to stop it. */
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { PdfProgress } from '../../pdf/makePdf';

export interface ReportProgressProps {
  /** Null while the register is being read, before the worker starts. */
  progress: PdfProgress | null;
  onCancel: () => void;
}

function describe(progress: PdfProgress | null): string {
  switch (progress?.stage) {
    case undefined:
      return 'Reading the register…';
    case 'composing':
      return 'Gathering the register into the report…';
    case 'started':
      return 'Laying out the pages…';
    case 'rendering':
      return `Drawing the pages: ${Math.round(progress.fraction * 100)}%`;
    case 'merging':
      return 'Putting the pages together and numbering them…';
    case 'done':
      return 'Finishing…';
  }
}

export function ReportProgress({ progress, onCancel }: ReportProgressProps) {
  const drawing = progress?.stage === 'rendering';
  return (
    <Stack gap="sm">
      <Text size="sm" role="status">
        {describe(progress)}
      </Text>
      <Progress
        value={drawing ? Math.round(progress.fraction * 100) : 100}
        animated={!drawing}
        striped={!drawing}
        aria-label="Progress of the report"
      />
      <Text size="xs" c="dimmed">
        A long register can take a minute; you can cancel at any time.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
