/**
 * The Article 30 PDF's own layout: pages as display lists (text runs, rules, shaded boxes)
 * computed once from fixed column widths, then drawn onto a pdfkit document. What of pdfkit the
 * layout uses is named here, so this folder stays free of the library and of node:* modules.
 */
export type FontName = 'regular' | 'bold' | 'italic';

/** The part of a pdfkit document (0.19) the Article 30 PDF draws with. */
export interface KitDocument {
  registerFont(name: string, source: Uint8Array): unknown;
  addPage(): unknown;
  font(name: string): unknown;
  fontSize(size: number): unknown;
  widthOfString(text: string): number;
  currentLineHeight(includeGap?: boolean): number;
  fillColor(color: string): unknown;
  text(
    text: string,
    x: number,
    y: number,
    options: { lineBreak: false; characterSpacing?: number },
  ): unknown;
  rect(x: number, y: number, width: number, height: number): unknown;
  fill(color: string): unknown;
  lineWidth(width: number): unknown;
  strokeColor(color: string): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  stroke(): unknown;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  end(): void;
}

/** Roboto's faces as bytes: the window reads them from pdfmake's font file system, Node from disk. */
export type RopaFonts = Record<FontName, Uint8Array>;

export type NewKitDocument = () => KitDocument;

export type DrawOp =
  | {
      op: 'text';
      text: string;
      x: number;
      y: number;
      font: FontName;
      size: number;
      color: string;
      characterSpacing?: number;
    }
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

/** Measures text in the fonts the pages are drawn with; widths of words are remembered. */
export class TextMeasure {
  private readonly widths = new Map<string, Map<string, number>>();
  private readonly heights = new Map<string, number>();

  constructor(private readonly doc: KitDocument) {}

  private select(font: FontName, size: number): void {
    this.doc.font(font);
    this.doc.fontSize(size);
  }

  width(text: string, font: FontName, size: number): number {
    const key = `${font}/${size}`;
    let cache = this.widths.get(key);
    if (cache === undefined) {
      cache = new Map();
      this.widths.set(key, cache);
    }
    const known = cache.get(text);
    if (known !== undefined) return known;
    this.select(font, size);
    // pdfkit shapes a drawn line word by word, each with the space after it, and remembers each
    // shaped word: measuring "word " (less the space) is the shaping the drawing then reuses.
    const measured =
      text === ' ' || text === ''
        ? this.doc.widthOfString(text)
        : this.doc.widthOfString(`${text} `) - this.width(' ', font, size);
    cache.set(text, measured);
    return measured;
  }

  /** Forgets the words measured so far (see forgetShapedWords); line heights are kept. */
  forgetWords(): void {
    this.widths.clear();
  }

  /** The height of one line of `size` text, times the report's line spacing. */
  lineHeight(font: FontName, size: number, spacing: number): number {
    const key = `${font}/${size}/${spacing}`;
    const known = this.heights.get(key);
    if (known !== undefined) return known;
    this.select(font, size);
    const height = this.doc.currentLineHeight(true) * spacing;
    this.heights.set(key, height);
    return height;
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
      const pieces = widthOf(word) <= width ? [word] : breakWord(word, width, widthOf);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
      lineWidth = widthOf(line);
    };
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      if (line === '') start(word);
      else if (lineWidth + space + widthOf(word) <= width) {
        line += ` ${word}`;
        lineWidth += space + widthOf(word);
      } else {
        lines.push(line);
        start(word);
      }
    }
    if (line !== '') lines.push(line);
  }
  return lines.length === 0 ? [''] : lines;
}
