/**
 * The organisation's own words for a notice section, as plain text the user edits, and the
 * draft view: the composed notice with those words put in place of the composed blocks.
 */
import type {
  NoticeBlock,
  NoticeDocument,
  NoticeDraft,
  NoticeSectionId,
  NoticeWording,
} from '../domain/notice';
import type { Register } from '../domain/register';
import { hashOf } from '../util/hash';
import { composeNotice } from './compose';

/**
 * Plain text to blocks: a blank line ends a paragraph, lines starting "- " make a list and a
 * line starting "## " is a subheading.
 */
export function wordingToBlocks(text: string): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list.length > 0) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
    } else if (line.startsWith('## ')) {
      flush();
      const heading = line.slice(3).trim();
      if (heading !== '') blocks.push({ kind: 'subheading', text: heading });
    } else if (line.startsWith('- ')) {
      if (paragraph.length > 0) flush();
      const item = line.slice(2).trim();
      if (item !== '') list.push(item);
    } else {
      if (list.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Blocks to the plain text `wordingToBlocks` reads back into the same blocks. */
export function blocksToWording(blocks: readonly NoticeBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return block.text;
        case 'subheading':
          return `## ${block.text}`;
        case 'list':
          return block.items.map((item) => `- ${item}`).join('\n');
      }
    })
    .filter((text) => text !== '')
    .join('\n\n');
}

/** The SHA-256 a wording records for the composed text it was written against. */
export const sectionHash = (blocks: readonly NoticeBlock[]): Promise<string> => hashOf(blocks);

export interface DraftSection {
  id: NoticeSectionId;
  title: string;
  /** What the app composes from the register today. */
  composed: NoticeBlock[];
  composedHash: string;
  /** The organisation's own words, if it wrote any. */
  wording: NoticeWording | null;
  /** The own words were written against a composed text that has since changed. */
  stale: boolean;
}

export interface DraftView {
  /** The notice as it would be published: own words in place of composed blocks. */
  document: NoticeDocument;
  introduction: {
    composed: NoticeBlock[];
    composedHash: string;
    wording: NoticeWording | null;
    stale: boolean;
  };
  sections: DraftSection[];
}

export async function draftView(
  register: Register,
  draft: NoticeDraft,
  lastUpdated: string,
): Promise<DraftView> {
  const composed = composeNotice(register, {
    audienceId: draft.audienceId,
    nameProcessors: draft.nameProcessors,
    lastUpdated,
  });
  const introHash = await sectionHash(composed.introduction);
  const introduction = {
    composed: composed.introduction,
    composedHash: introHash,
    wording: draft.introduction,
    stale: draft.introduction !== null && draft.introduction.composedHash !== introHash,
  };
  const sections: DraftSection[] = [];
  for (const section of composed.sections) {
    const wording = draft.wording[section.id] ?? null;
    const composedHash = await sectionHash(section.blocks);
    sections.push({
      id: section.id,
      title: section.title,
      composed: section.blocks,
      composedHash,
      wording,
      stale: wording !== null && wording.composedHash !== composedHash,
    });
  }
  const document: NoticeDocument = {
    ...composed,
    introduction: draft.introduction
      ? wordingToBlocks(draft.introduction.text)
      : composed.introduction,
    sections: sections.map((section) => ({
      id: section.id,
      title: section.title,
      blocks: section.wording ? wordingToBlocks(section.wording.text) : section.composed,
    })),
  };
  return { document, introduction, sections };
}
