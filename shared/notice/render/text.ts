/** A notice as plain text wrapped at 80 columns, for email and for systems that take no markup. */
import type { NoticeBlock, NoticeDocument } from '../../domain/notice';
import { metaParts, oneLine, paragraphsOf, type RenderOptions } from './common';

export const TEXT_WIDTH = 80;

const lengthOf = (text: string): number => [...text].length;

/**
 * Fills words into lines no wider than `width`, the first prefixed by `first` and the rest by
 * `rest` (a hanging indent for list items). A word longer than a line, such as a web address,
 * is kept whole on a line of its own rather than broken where it could not be followed.
 */
export function wrap(text: string, width = TEXT_WIDTH, first = '', rest = first): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && lengthOf(line) + 1 + lengthOf(word) > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line = empty ? `${line}${word}` : `${line} ${word}`;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

/** A heading as wrapped lines with a rule of `mark` under them, as long as the longest line. */
function heading(text: string, mark: string): string {
  const lines = wrap(oneLine(text));
  const longest = Math.max(0, ...lines.map(lengthOf));
  return [...lines, mark.repeat(longest)].join('\n');
}

function block(item: NoticeBlock): string[] {
  switch (item.kind) {
    case 'paragraph':
      return paragraphsOf(item.text).map((lines) => lines.flatMap((line) => wrap(line)).join('\n'));
    case 'subheading':
      return oneLine(item.text) === '' ? [] : [heading(item.text, '~')];
    case 'list':
      return item.items.length === 0
        ? []
        : [
            item.items
              .flatMap((entry) => wrap(oneLine(entry), TEXT_WIDTH, '  • ', '    '))
              .join('\n'),
          ];
  }
}

/** The whole notice: the title underlined with "=", sections with "-", subheadings with "~". */
export function toPlainText(doc: NoticeDocument, options: RenderOptions = {}): string {
  const chunks: string[] = [
    heading(doc.title, '='),
    [...wrap(oneLine(doc.organisationName)), ...wrap(metaParts(doc, options).join(' · '))].join(
      '\n',
    ),
    ...doc.introduction.flatMap(block),
  ];
  for (const section of doc.sections) {
    // Two blank lines before each section, so the eye finds them in a long text.
    chunks.push(`\n${heading(section.title, '-')}`, ...section.blocks.flatMap(block));
  }
  return `${chunks.join('\n\n')}\n`;
}
