/** Shared helpers for the notice tests: the example, and the text of a notice or a section. */
import type {
  NoticeBlock,
  NoticeDocument,
  NoticeSectionId,
} from '../../../../shared/domain/notice';
import { exampleRegister } from '../../../../shared/example/konnect';
import { composeNotice, documentText } from '../../../../shared/notice';
import { NOW } from '../fixtures';

export const LAST_UPDATED = '2026-11-25';

export const exampleNotice = (audienceId: string | null = null, nameProcessors = true) =>
  composeNotice(exampleRegister(NOW), { audienceId, nameProcessors, lastUpdated: LAST_UPDATED });

const blockText = (block: NoticeBlock) =>
  block.kind === 'list' ? block.items.join('\n') : block.text;

export const sectionText = (document: NoticeDocument, id: NoticeSectionId): string =>
  document.sections
    .find((section) => section.id === id)
    ?.blocks.map(blockText)
    .join('\n') ?? '';

export const sectionIds = (document: NoticeDocument) => document.sections.map((s) => s.id);

export const textOf = (document: NoticeDocument) => documentText(document);

/** The value, or a failed test when it is missing. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('Expected a value');
  return value;
}
