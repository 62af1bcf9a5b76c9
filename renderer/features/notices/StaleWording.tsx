/**
 * The warning on a part whose own wording was written before the register changed: how the
 * wording differs from what the register says now, and the two ways to settle it.
 */
import { Alert, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { NoticeBlock, NoticeWording } from '../../../shared/domain';
import { blocksToWording, textDiff, wordingToBlocks } from '../../../shared/notice';
import { readableAlert } from '../../components/readableAlert';
import { DiffText } from './DiffText';
import { NoticeBlocks } from './NoticeBlocks';

export interface StaleWordingProps {
  /** The part's name, e.g. "How long we keep your data". */
  name: string;
  wording: NoticeWording;
  composed: readonly NoticeBlock[];
  onKeep: () => void;
  onGoBack: () => void;
}

export function StaleWording({ name, wording, composed, onKeep, onGoBack }: StaleWordingProps) {
  const [whole, setWhole] = useState(false);
  const parts = useMemo(
    () => textDiff(wording.text, blocksToWording(composed)),
    [wording.text, composed],
  );
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      title="Your wording was written before the register changed"
      styles={readableAlert}
    >
      <Stack gap="sm">
        <Text size="sm">
          What the register says about “{name}” has changed since you wrote your wording. Below,
          your wording is compared with the text composed from the register now: struck through is
          only in yours, underlined is only in the composed text.
        </Text>
        <Paper withBorder p="sm" radius="sm">
          {whole ? (
            <Stack gap="xs">
              <Text size="xs" fw={700}>
                Composed from the register now
              </Text>
              <NoticeBlocks blocks={composed} subheadingOrder={5} />
              <Text size="xs" fw={700} mt="sm">
                Your wording
              </Text>
              <NoticeBlocks blocks={wordingToBlocks(wording.text)} subheadingOrder={5} />
            </Stack>
          ) : (
            <DiffText parts={parts} folded />
          )}
        </Paper>
        <Group gap="sm" justify="space-between">
          <Group gap="sm">
            <Button
              size="xs"
              leftSection={<IconCheck size={14} aria-hidden />}
              onClick={onKeep}
              aria-label={`Keep mine (mark as checked): “${name}”`}
            >
              Keep mine (mark as checked)
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              onClick={onGoBack}
              aria-label={`Go back to the composed text: “${name}”`}
            >
              Go back to the composed text
            </Button>
          </Group>
          <Switch
            size="xs"
            label="Show both texts in full"
            checked={whole}
            onChange={(event) => setWhole(event.currentTarget.checked)}
          />
        </Group>
      </Stack>
    </Alert>
  );
}
