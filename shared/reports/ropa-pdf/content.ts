/**
 * Display-list pages as PDF content streams: text as glyph ids in the faces' own numbering,
 * boxes and rules as paths, in the layout's top-down coordinates turned to PDF's bottom-up ones.
 */
import type { Page } from './canvas';
import type { Faces, FontName } from './fonts';
import { num as n } from './writer';

/** The resource names every page and form gives the three faces. */
export const FONT_KEYS: Record<FontName, string> = { regular: 'F1', bold: 'F2', italic: 'F3' };

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
 * The operators that draw `page` on a page (or form) `height` points tall, wrapped in q/Q so
 * nothing it sets carries over to what is drawn after it.
 */
export function pageContent(page: Page, faces: Faces, height: number): string {
  const out: string[] = ['q'];
  let fill = '';
  let stroke = '';
  let width = -1;
  const setFill = (hex: string): void => {
    const operands = colour(hex);
    if (operands !== fill) out.push(`${operands} rg`);
    fill = operands;
  };
  const setStroke = (hex: string, lineWidth: number): void => {
    const operands = colour(hex);
    if (operands !== stroke) out.push(`${operands} RG`);
    if (lineWidth !== width) out.push(`${n(lineWidth)} w`);
    stroke = operands;
    width = lineWidth;
  };
  for (const item of page) {
    switch (item.op) {
      case 'text': {
        if (item.text === '') break;
        const face = faces[item.font];
        setFill(item.color);
        const baseline = height - item.y - face.ascender(item.size);
        out.push(
          `BT /${FONT_KEYS[item.font]} ${n(item.size)} Tf 1 0 0 1 ${n(item.x)} ${n(baseline)} Tm <${face.encode(item.text)}> Tj ET`,
        );
        break;
      }
      case 'box': {
        const rect = `${n(item.x)} ${n(height - item.y - item.height)} ${n(item.width)} ${n(item.height)} re`;
        if (item.fill !== undefined) {
          setFill(item.fill);
          out.push(`${rect} f`);
        }
        if (item.stroke !== undefined) {
          setStroke(item.stroke, 0.5);
          out.push(`${rect} S`);
        }
        break;
      }
      case 'rule':
        setStroke(item.color, item.width);
        out.push(`${n(item.x1)} ${n(height - item.y1)} m ${n(item.x2)} ${n(height - item.y2)} l S`);
        break;
    }
  }
  out.push('Q');
  return out.join('\n');
}

/**
 * Compresses bytes for a FlateDecode stream (zlib format): the host's own, where it has a fast
 * native one (Node), else a JavaScript one (the window's workers).
 */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

const ascii = new TextEncoder();

/** Operators (always ASCII: text is written as hex glyph ids) compressed for a stream. */
export const compressed = (content: string, deflate: Deflate): Uint8Array =>
  deflate(ascii.encode(content));
