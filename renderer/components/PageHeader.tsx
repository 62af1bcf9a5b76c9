/** The title row of every screen: heading, optional description, and the screen's main actions. */
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  /** The screen's one h1-level heading (the header's organisation name is not a page heading). */
  title: ReactNode;
  /** One sentence under the heading. */
  description?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap" gap="md">
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Title order={2}>{title}</Title>
        {description ? (
          <Text c="dimmed" size="sm" maw={720}>
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? (
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
