/** A form's actions, kept in view at the bottom of the window while the form scrolls. */
import { Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

export function StickyActionBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    // Buttons sit at the left: notifications appear bottom right and would cover them there.
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      radius="md"
      pos="sticky"
      bottom={8}
      style={{ zIndex: 5 }}
      role="group"
      aria-label={label}
    >
      <Group gap="sm" wrap="wrap">
        {children}
      </Group>
    </Paper>
  );
}
