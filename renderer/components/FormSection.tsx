/** A titled group of fields; an h3 because the page title is the h2. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FieldLabel } from './FieldLabel';

export interface FormSectionProps {
  /** The section's id (a link target); its heading's id is `${id}-heading`. */
  id: string;
  /** The heading's words. */
  title: string;
  /** One or two sentences on what the section records and why. */
  intro?: ReactNode;
  /** Shows the "To confirm" badge beside the title, for a section checked as a whole. */
  flagged?: boolean;
  /** The section's fields. */
  children: ReactNode;
}

export function FormSection({ id, title, intro, flagged = false, children }: FormSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby={headingId} id={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} id={headingId} size="h4">
            <FieldLabel text={title} flagged={flagged} />
          </Title>
          {intro ? (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
