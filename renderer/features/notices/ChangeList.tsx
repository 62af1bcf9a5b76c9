/** Changes of substance as a list: the first few, and the rest a click away. */
import { Anchor, List, Stack, type MantineSize } from '@mantine/core';
import { useState } from 'react';
import type { NoticeChange } from '../../../shared/notice';

export interface ChangeListProps {
  changes: readonly NoticeChange[];
  /** How many show before "Show all". */
  limit: number;
  size: MantineSize;
  dimmed?: boolean;
}

export function ChangeList({ changes, limit, size, dimmed = false }: ChangeListProps) {
  const [all, setAll] = useState(false);
  const shown = all ? changes : changes.slice(0, limit);
  return (
    <Stack gap={4} align="flex-start">
      <List size={size} spacing={2} c={dimmed ? 'dimmed' : undefined}>
        {shown.map((change) => (
          <List.Item key={`${change.kind}:${change.key}`}>{change.sentence}</List.Item>
        ))}
      </List>
      {changes.length > limit ? (
        <Anchor
          component="button"
          type="button"
          size={size}
          // Inside a tinted alert the link colour lacks contrast: the text colour, underlined.
          c="var(--mantine-color-text)"
          underline="always"
          onClick={() => setAll((value) => !value)}
          aria-expanded={all}
        >
          {all ? 'Show fewer' : `Show all ${changes.length} changes`}
        </Anchor>
      ) : null}
    </Stack>
  );
}
