/**
 * The Article 30 PDF's own layout: pages as display lists (text runs, rules, shaded boxes)
 * computed once from fixed column widths, then written as PDF content streams. Text is measured
 * from the fonts' own advance widths, the same numbers the PDF gives a viewer to place each
 * glyph, so what is measured is what is drawn.
 */
import type { Faces, FontName } from './fonts';

export type { FontName } from './fonts';

export type DrawOp =
  | { op: 'text'; text: string; x: number; y: number; font: FontName; size: number; color: string }
  | {
      op: 'box';
      x: number;
      y: number;
      width: number;
      height: number;
      fill?: string;
      stroke?: string;
    }
  | { op: 'rule'; x1: number; y1: number; x2: number; y2: number; color: string; width: number };

export type Page = DrawOp[];

/** Measures text in the faces the pages are drawn with. */
export class TextMeasure {
  constructor(readonly faces: Faces) {}

  width(text: string, font: FontName, size: number): number {
    return this.faces[font].width(text, size);
  }

  /** The height of one line of `size` text, times the report's line spacing. */
  lineHeight(font: FontName, size: number, spacing: number): number {
    return this.faces[font].lineHeight(size) * spacing;
  }
}

/** Breaks a long word at characters when it is wider than the line on its own. */
function breakWord(word: string, width: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && measure(piece + character) > width) {
      pieces.push(piece);
      piece = character;
    } else piece += character;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** The text as lines no wider than `width`: greedy, at spaces, each word measured once. */
export function wrapText(
  text: string,
  width: number,
  font: FontName,
  size: number,
  measure: TextMeasure,
): string[] {
  const widthOf = (word: string) => measure.width(word, font, size);
  const space = widthOf(' ');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const start = (word: string): void => {
      const wordWidth = widthOf(word);
      const pieces = wordWidth <= width ? [word] : breakWord(word, width, widthOf);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
      lineWidth = pieces.length === 0 ? wordWidth : widthOf(line);
    };
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      if (line === '') {
        start(word);
        continue;
      }
      const wordWidth = widthOf(word);
      if (lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
      } else {
        lines.push(line);
        start(word);
      }
    }
    if (line !== '') lines.push(line);
  }
  return lines.length === 0 ? [''] : lines;
}
