/** Word-level differences between two notices' text, for comparing published versions. */
import { diffWords } from 'diff';
import type { NoticeBlock, NoticeDocument } from '../domain/notice';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export function textDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

const blockText = (block: NoticeBlock): string =>
  block.kind === 'list' ? block.items.map((item) => `- ${item}`).join('\n') : block.text;

/** The whole notice as plain text: headings on their own lines, a blank line between blocks. */
export function documentText(document: NoticeDocument): string {
  const parts: string[] = [document.title];
  if (document.audienceName) parts.push(`For: ${document.audienceName}`);
  parts.push(`Last updated: ${document.lastUpdated}`);
  parts.push(...document.introduction.map(blockText));
  for (const section of document.sections) {
    parts.push(section.title, ...section.blocks.map(blockText));
  }
  return parts.join('\n\n') + '\n';
}
