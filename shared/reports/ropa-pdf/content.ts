/**
 * Display-list pages as PDF content streams: text as glyph ids in the faces' own numbering,
 * boxes and rules as paths, in the layout's top-down coordinates turned to PDF's bottom-up ones.
 * The operators are written straight into one reused byte buffer, glyph ids as hex digits, so a
 * page of text leaves no strings behind to collect.
 */
import type { Page } from './canvas';
import type { Faces, FontName } from './fonts';
import { num as n } from './writer';

/** The resource names every page and form gives the three faces. */
export const FONT_KEYS: Record<FontName, string> = { regular: 'F1', bold: 'F2', italic: 'F3' };

const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

/** A content stream being written: ASCII operators and hex glyph ids, in a growing buffer. */
export class ContentBytes {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  private room(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const bigger = new Uint8Array(2 * (this.length + count));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  /** Operators and numbers: always ASCII. */
  ascii(text: string): void {
    this.room(text.length);
    for (let index = 0; index < text.length; index += 1) {
      this.bytes[this.length + index] = text.charCodeAt(index);
    }
    this.length += text.length;
  }

  /** A glyph id as four hex digits. */
  glyph(id: number): void {
    this.room(4);
    const at = this.length;
    this.bytes[at] = HEX_DIGITS[(id >> 12) & 15] ?? 0;
    this.bytes[at + 1] = HEX_DIGITS[(id >> 8) & 15] ?? 0;
    this.bytes[at + 2] = HEX_DIGITS[(id >> 4) & 15] ?? 0;
    this.bytes[at + 3] = HEX_DIGITS[id & 15] ?? 0;
    this.length += 4;
  }

  /** What has been written, as a view of the buffer (valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  clear(): this {
    this.length = 0;
    return this;
  }
}

const colours = new Map<string, string>();

/** "r g b" operands for a #rrggbb colour. */
function colour(hex: string): string {
  let operands = colours.get(hex);
  if (operands === undefined) {
    operands = [1, 3, 5]
      .map((at) => +(Number.parseInt(hex.slice(at, at + 2), 16) / 255).toFixed(3))
      .join(' ');
    colours.set(hex, operands);
  }
  return operands;
}

/**
 * Writes the operators that draw `page` on a page (or form) `height` points tall, wrapped in
 * q/Q so nothing it sets carries over to what is drawn after it.
 */
export function writeContent(page: Page, faces: Faces, height: number, out: ContentBytes): void {
  let fill = '';
  let stroke = '';
  let width = -1;
  const setFill = (hex: string): void => {
    const operands = colour(hex);
    if (operands !== fill) out.ascii(`${operands} rg\n`);
    fill = operands;
  };
  const setStroke = (hex: string, lineWidth: number): void => {
    const operands = colour(hex);
    if (operands !== stroke) out.ascii(`${operands} RG\n`);
    if (lineWidth !== width) out.ascii(`${n(lineWidth)} w\n`);
    stroke = operands;
    width = lineWidth;
  };
  out.ascii('q\n');
  for (const item of page) {
    switch (item.op) {
      case 'text': {
        if (item.text === '') break;
        const face = faces[item.font];
        setFill(item.color);
        const baseline = height - item.y - face.ascender(item.size);
        out.ascii(
          `BT /${FONT_KEYS[item.font]} ${n(item.size)} Tf 1 0 0 1 ${n(item.x)} ${n(baseline)} Tm <`,
        );
        face.encodeInto(item.text, out);
        out.ascii('> Tj ET\n');
        break;
      }
      case 'box': {
        const rect = `${n(item.x)} ${n(height - item.y - item.height)} ${n(item.width)} ${n(item.height)} re`;
        if (item.fill !== undefined) {
          setFill(item.fill);
          out.ascii(`${rect} f\n`);
        }
        if (item.stroke !== undefined) {
          setStroke(item.stroke, 0.5);
          out.ascii(`${rect} S\n`);
        }
        break;
      }
      case 'rule':
        setStroke(item.color, item.width);
        out.ascii(
          `${n(item.x1)} ${n(height - item.y1)} m ${n(item.x2)} ${n(height - item.y2)} l S\n`,
        );
        break;
    }
  }
  out.ascii('Q');
}

/**
 * Compresses bytes for a FlateDecode stream (zlib format): the host's own, where it has a fast
 * native one (Node), else a JavaScript one (the window's workers).
 */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

/** One buffer every page is written into in turn, in a worker or the coordinator. */
const scratch = new ContentBytes();

/** A page's content stream, compressed. */
export function compressedPage(
  page: Page,
  faces: Faces,
  height: number,
  deflate: Deflate,
): Uint8Array {
  writeContent(page, faces, height, scratch.clear());
  return deflate(scratch.view());
}

/** Text that is ASCII (a CMap), compressed. */
export function compressedText(text: string, deflate: Deflate): Uint8Array {
  scratch.clear().ascii(text);
  return deflate(scratch.view());
}
