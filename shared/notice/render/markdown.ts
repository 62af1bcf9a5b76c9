/** A notice as Markdown (CommonMark), for a website's editor or a repository of policies. */
import type { NoticeBlock, NoticeDocument } from '../../domain/notice';
import { metaParts, oneLine, paragraphsOf, type RenderOptions } from './common';

/**
 * Backslash-escapes what CommonMark would read as markup, so the organisation's words appear
 * exactly as written: emphasis, code, links, raw HTML (`<script>` stays text) and entities.
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/** Also escapes what only matters at the start of a line: headings, quotes, list markers, rules. */
function escapeLineStart(line: string): string {
  const escaped = escapeMarkdownInline(line);
  const numbered = /^(\d+)([.)])(\s|$)/.exec(escaped);
  if (numbered) return `${numbered[1]}\\${escaped.slice(numbered[1]?.length ?? 0)}`;
  return /^[#>+=-]/.test(escaped) ? `\\${escaped}` : escaped;
}

function paragraph(text: string): string[] {
  // A backslash at the end of a line is CommonMark's hard line break.
  return paragraphsOf(text).map((lines) => lines.map(escapeLineStart).join('\\\n'));
}

function block(item: NoticeBlock): string[] {
  switch (item.kind) {
    case 'paragraph':
      return paragraph(item.text);
    case 'subheading':
      return oneLine(item.text) === '' ? [] : [`### ${escapeMarkdownInline(oneLine(item.text))}`];
    case 'list':
      return item.items.length === 0
        ? []
        : [item.items.map((entry) => `- ${escapeMarkdownInline(oneLine(entry))}`).join('\n')];
  }
}

/** The whole notice: title, organisation, the date line, the introduction, then each section. */
export function toMarkdown(doc: NoticeDocument, options: RenderOptions = {}): string {
  const chunks: string[] = [
    `# ${escapeMarkdownInline(oneLine(doc.title))}`,
    `**${escapeMarkdownInline(oneLine(doc.organisationName))}**`,
    `*${escapeMarkdownInline(metaParts(doc, options).join(' · '))}*`,
    ...doc.introduction.flatMap(block),
  ];
  for (const section of doc.sections) {
    chunks.push(
      `## ${escapeMarkdownInline(oneLine(section.title))}`,
      ...section.blocks.flatMap(block),
    );
  }
  return `${chunks.join('\n\n')}\n`;
}
