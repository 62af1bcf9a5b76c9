/**
 * Roboto's faces as the Article 30 PDF lays them out: each character's glyph id and advance
 * width (read once from the font files by the coordinator, font-files.ts, and handed to the
 * workers as plain numbers, so no worker loads a font parser), text encoded as glyph ids (the
 * font's own, so two workers agree without talking), and every glyph drawn remembered with the
 * text it stands for, for the embedded subset and the map that lets a reader copy the text.
 */
import type { ContentBytes } from './content';

export type FontName = 'regular' | 'bold' | 'italic';

export const FONT_NAMES: readonly FontName[] = ['regular', 'bold', 'italic'];

/** Roboto's faces as bytes: the window reads them from pdfmake's font file system, Node from disk. */
export type RopaFonts = Record<FontName, Uint8Array>;

/** What laying out and drawing text needs of a face, as structured-cloneable numbers. */
export interface FaceMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** The characters the face has, with the glyph and advance width (font units) of each. */
  codePoints: number[];
  glyphIds: number[];
  advances: number[];
  /** The glyph drawn for a character the face lacks. */
  missing: { id: number; advance: number };
}

export type FacesMetrics = Record<FontName, FaceMetrics>;

interface Glyph {
  id: number;
  advance: number;
  /** The character it is drawn for. */
  text: string;
}

/** A glyph id and the text it stands for. */
export type GlyphUse = [id: number, text: string];

/** Control characters (tabs, carriage returns) are drawn as spaces rather than as missing glyphs. */
const SPACE = 0x20;

/** Characters of the Basic Multilingual Plane: looked up in flat tables, the rest in a map. */
const BMP = 0x10000;

export class Face {
  /** Advance width (font units) and glyph of each BMP character; -1 where not yet looked up. */
  private readonly advances = new Float64Array(BMP).fill(-1);
  private readonly glyphOf = new Uint16Array(BMP);
  /** 1 for each glyph id in `used`, checked per character where the map would be slow. */
  private readonly drawn = new Uint8Array(BMP);
  private readonly known = new Map<number, Glyph>();
  private readonly missing: Omit<Glyph, 'text'>;
  /** Every glyph drawn so far, with the text it stands for. */
  private readonly used = new Map<number, string>();

  constructor(readonly metrics: FaceMetrics) {
    const { codePoints, glyphIds, advances } = metrics;
    codePoints.forEach((code, index) => {
      const id = glyphIds[index] ?? 0;
      this.known.set(code, { id, advance: advances[index] ?? 0, text: String.fromCodePoint(code) });
    });
    this.missing = metrics.missing;
  }

  private glyph(code: number): Glyph {
    const drawn = code < SPACE ? SPACE : code;
    let glyph = this.known.get(drawn);
    if (glyph === undefined) {
      glyph = { ...this.missing, text: String.fromCodePoint(drawn) };
      this.known.set(drawn, glyph);
    }
    if (code < BMP) {
      this.advances[code] = glyph.advance;
      this.glyphOf[code] = glyph.id;
    }
    return glyph;
  }

  width(text: string, size: number): number {
    let units = 0;
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      const advance = this.advances[unit] ?? -1;
      if (advance >= 0 && (unit < 0xd800 || unit > 0xdfff)) units += advance;
      else {
        const code = text.codePointAt(index) ?? SPACE;
        if (code >= BMP) index += 1;
        units += this.glyph(code).advance;
      }
    }
    return (units * size) / this.metrics.unitsPerEm;
  }

  /** Writes the text as hex glyph ids for a Tj operator; its glyphs are remembered as used. */
  encodeInto(text: string, out: ContentBytes): void {
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      if ((this.advances[unit] ?? -1) >= 0 && (unit < 0xd800 || unit > 0xdfff)) {
        const id = this.glyphOf[unit] ?? 0;
        out.glyph(id);
        if (this.drawn[id] === 0) this.draw(id, this.known.get(unit)?.text ?? ' ');
        continue;
      }
      const code = text.codePointAt(index) ?? SPACE;
      if (code >= BMP) index += 1;
      const glyph = this.glyph(code);
      out.glyph(glyph.id);
      if (this.drawn[glyph.id] === 0) this.draw(glyph.id, glyph.text);
    }
  }

  private draw(id: number, text: string): void {
    this.drawn[id] = 1;
    if (!this.used.has(id)) this.used.set(id, text);
  }

  /** pdfkit's line height with the font's line gap, which the other reports' rows follow. */
  lineHeight(size: number): number {
    const { ascent, descent, lineGap, unitsPerEm } = this.metrics;
    return ((ascent - descent + lineGap) * size) / unitsPerEm;
  }

  /** From the top of a line to its baseline. */
  ascender(size: number): number {
    return (this.metrics.ascent * size) / this.metrics.unitsPerEm;
  }

  /** Glyphs another face of the same font drew. */
  include(uses: readonly GlyphUse[]): void {
    for (const [id, text] of uses) this.draw(id, text);
  }

  /** Every glyph drawn, by id. */
  allUsed(): GlyphUse[] {
    return [...this.used].sort((a, b) => a[0] - b[0]);
  }
}

export type Faces = Record<FontName, Face>;

export const openFaces = (metrics: FacesMetrics): Faces => ({
  regular: new Face(metrics.regular),
  bold: new Face(metrics.bold),
  italic: new Face(metrics.italic),
});

export type FacesUse = Record<FontName, GlyphUse[]>;

export const facesUse = (faces: Faces): FacesUse => ({
  regular: faces.regular.allUsed(),
  bold: faces.bold.allUsed(),
  italic: faces.italic.allUsed(),
});

export function includeUse(faces: Faces, use: FacesUse): void {
  for (const name of FONT_NAMES) faces[name].include(use[name]);
}
