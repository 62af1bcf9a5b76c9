/** The frame a notice is shown in: a page of its own, titled as the reader will see it. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { NoticeDocument } from '../../../shared/domain';
import { longDate } from '../../../shared/notice/render/common';
import classes from './notices.module.css';

export interface NoticePageProps {
  document: NoticeDocument;
  /** Shown after the date, e.g. "Version 2" or "Draft". */
  versionLabel: string;
  /** The introduction and sections. */
  children: ReactNode;
}

export function NoticePage({ document, versionLabel, children }: NoticePageProps) {
  const meta = [
    document.audienceName ? `For ${document.audienceName}` : null,
    `Last updated ${longDate(document.lastUpdated)}`,
    versionLabel,
  ].filter((part): part is string => part !== null);
  return (
    <Paper
      withBorder
      radius="md"
      className={classes.page}
      component="article"
      aria-labelledby="notice-title"
    >
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={3} id="notice-title" className={classes.documentTitle}>
            {document.title}
          </Title>
          <Text size="sm" c="dimmed">
            {meta.join(' · ')}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
