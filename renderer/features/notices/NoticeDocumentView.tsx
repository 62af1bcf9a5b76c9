/** A whole notice, read-only, as a reader sees it: for published versions. */
import { Stack, Title } from '@mantine/core';
import type { NoticeDocument } from '../../../shared/domain';
import { NoticeBlocks } from './NoticeBlocks';
import { NoticePage } from './NoticePage';

export interface NoticeDocumentViewProps {
  document: NoticeDocument;
  versionLabel: string;
}

export function NoticeDocumentView({ document, versionLabel }: NoticeDocumentViewProps) {
  return (
    <NoticePage document={document} versionLabel={versionLabel}>
      {document.introduction.length > 0 ? (
        <Stack gap="sm">
          <NoticeBlocks blocks={document.introduction} subheadingOrder={4} />
        </Stack>
      ) : null}
      {document.sections.map((section) => (
        <Stack key={section.id} gap="sm" component="section" aria-labelledby={`v-${section.id}`}>
          <Title order={4} id={`v-${section.id}`}>
            {section.title}
          </Title>
          <NoticeBlocks blocks={section.blocks} subheadingOrder={5} />
        </Stack>
      ))}
    </NoticePage>
  );
}
