/**
 * Reads what the Article 30 PDF needs from a TrueType font file: each character's glyph and
 * advance width (cmap, hmtx), the line metrics (head, hhea) and what a PDF font descriptor
 * names (post, OS/2, name). A few tables read straight from the bytes, so neither the workers
 * nor the document's assembly load a general font library (fontkit alone holds about 28 MB).
 */
import type { FaceMetrics } from './fonts';

export interface TrueTypeFace {
  bytes: Uint8Array;
  postscriptName: string;
  /** [xMin, yMin, xMax, yMax] in font units. */
  bbox: [number, number, number, number];
  italicAngle: number;
  italic: boolean;
  capHeight: number;
  xHeight: number;
  metrics: FaceMetrics;
}

class FontFileError extends Error {
  constructor(problem: string) {
    super(`The report's font file is damaged (${problem}); reinstall Ropa Desk.`);
  }
}

type Tables = Map<string, { offset: number; length: number }>;

function tableDirectory(view: DataView): Tables {
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new FontFileError('not TrueType');
  const tables: Tables = new Map();
  const count = view.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const at = 12 + 16 * index;
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    );
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

function table(tables: Tables, tag: string): number {
  const found = tables.get(tag);
  if (found === undefined) throw new FontFileError(`no ${tag} table`);
  return found.offset;
}

/** Code point → glyph id from the Windows Unicode subtable (format 12 when there, else 4). */
function characterMap(view: DataView, cmap: number): Map<number, number> {
  const subtables = new Map<string, number>();
  const count = view.getUint16(cmap + 2);
  for (let index = 0; index < count; index += 1) {
    const at = cmap + 4 + 8 * index;
    subtables.set(`${view.getUint16(at)}/${view.getUint16(at + 2)}`, cmap + view.getUint32(at + 4));
  }
  const glyphs = new Map<number, number>();
  const full = subtables.get('3/10') ?? subtables.get('0/4');
  if (full !== undefined && view.getUint16(full) === 12) {
    const groups = view.getUint32(full + 12);
    for (let group = 0; group < groups; group += 1) {
      const at = full + 16 + 12 * group;
      const first = view.getUint32(at);
      const last = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let code = first; code <= last; code += 1) glyphs.set(code, glyph + code - first);
    }
    return glyphs;
  }
  const basic = subtables.get('3/1') ?? subtables.get('0/3');
  if (basic === undefined || view.getUint16(basic) !== 4) throw new FontFileError('no Unicode map');
  const segments = view.getUint16(basic + 6) / 2;
  const ends = basic + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  for (let segment = 0; segment < segments; segment += 1) {
    const start = view.getUint16(starts + 2 * segment);
    const end = view.getUint16(ends + 2 * segment);
    const delta = view.getInt16(deltas + 2 * segment);
    const rangeAt = ranges + 2 * segment;
    const range = view.getUint16(rangeAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (range === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeAt + range + 2 * (code - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(code, glyph);
    }
  }
  return glyphs;
}

/** The PostScript name (name id 6), as Windows (UTF-16) or Macintosh (Roman) records give it. */
function postscriptName(view: DataView, name: number): string {
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  for (let index = 0; index < count; index += 1) {
    const at = name + 6 + 12 * index;
    if (view.getUint16(at + 6) !== 6) continue;
    const platform = view.getUint16(at);
    const length = view.getUint16(at + 8);
    const offset = strings + view.getUint16(at + 10);
    const wide = platform === 3 || platform === 0;
    let text = '';
    for (let byte = 0; byte < length; byte += wide ? 2 : 1) {
      text += String.fromCharCode(
        wide ? view.getUint16(offset + byte) : view.getUint8(offset + byte),
      );
    }
    // A PDF name: only the characters a PostScript name may have.
    const safe = text.replace(/[^A-Za-z0-9_-]/g, '');
    if (safe !== '') return safe;
  }
  return 'Font';
}

export function readTrueType(bytes: Uint8Array): TrueTypeFace {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const tables = tableDirectory(view);
    const head = table(tables, 'head');
    const hhea = table(tables, 'hhea');
    const hmtx = table(tables, 'hmtx');
    const post = table(tables, 'post');
    const os2 = table(tables, 'OS/2');
    const longMetrics = view.getUint16(hhea + 34);
    const advanceOf = (glyph: number): number =>
      view.getUint16(hmtx + 4 * Math.min(glyph, longMetrics - 1));
    const map = characterMap(view, table(tables, 'cmap'));
    const codePoints = [...map.keys()].sort((a, b) => a - b);
    const glyphIds = codePoints.map((code) => map.get(code) ?? 0);
    const hasHeights = view.getUint16(os2) >= 2;
    return {
      bytes,
      postscriptName: postscriptName(view, table(tables, 'name')),
      bbox: [
        view.getInt16(head + 36),
        view.getInt16(head + 38),
        view.getInt16(head + 40),
        view.getInt16(head + 42),
      ],
      italicAngle: view.getInt16(post + 4) + view.getUint16(post + 6) / 65536,
      italic: (view.getUint16(head + 44) & 2) !== 0,
      capHeight: hasHeights ? view.getInt16(os2 + 88) : view.getInt16(hhea + 4),
      xHeight: hasHeights ? view.getInt16(os2 + 86) : 0,
      metrics: {
        unitsPerEm: view.getUint16(head + 18),
        ascent: view.getInt16(hhea + 4),
        descent: view.getInt16(hhea + 6),
        lineGap: view.getInt16(hhea + 8),
        codePoints,
        glyphIds,
        advances: glyphIds.map(advanceOf),
        missing: { id: 0, advance: advanceOf(0) },
      },
    };
  } catch (error) {
    if (error instanceof FontFileError) throw error;
    // A table pointing past the end of the file.
    throw new FontFileError(error instanceof Error ? error.message : String(error));
  }
}

/** The tables a PDF's TrueType font program needs (as fontkit's subsets keep them). */
const SUBSET_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

/** Composite glyph flags: which arguments follow each component. */
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_TWO_BY_TWO = 0x0080;

const checksum = (bytes: Uint8Array): number => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let at = 0; at < bytes.byteLength; at += 4) {
    const word =
      at + 4 <= bytes.byteLength
        ? view.getUint32(at)
        : [0, 1, 2, 3].reduce((value, i) => (value << 8) | (bytes[at + i] ?? 0), 0) >>> 0;
    sum = (sum + word) >>> 0;
  }
  return sum;
};

/**
 * The font with only the glyphs drawn (and the parts composite glyphs are built from) left in
 * its glyf table, every other glyph emptied but keeping its number: the pages' glyph ids need
 * no renumbering, and a record of a few activities carries tens of KB of font, not hundreds.
 */
export function subsetTrueType(face: TrueTypeFace, drawn: Iterable<number>): Uint8Array {
  const view = new DataView(face.bytes.buffer, face.bytes.byteOffset, face.bytes.byteLength);
  const tables = tableDirectory(view);
  const head = table(tables, 'head');
  const glyf = table(tables, 'glyf');
  const loca = table(tables, 'loca');
  const glyphCount = view.getUint16(table(tables, 'maxp') + 4);
  const longOffsets = view.getInt16(head + 50) === 1;
  const offsetOf = (id: number): number =>
    longOffsets ? view.getUint32(loca + 4 * id) : 2 * view.getUint16(loca + 2 * id);

  const keep = new Set<number>();
  const pending = [0, ...drawn];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (keep.has(id) || id >= glyphCount) continue;
    keep.add(id);
    const start = glyf + offsetOf(id);
    if (offsetOf(id + 1) === offsetOf(id) || view.getInt16(start) >= 0) continue;
    for (let at = start + 10, flags = MORE_COMPONENTS; flags & MORE_COMPONENTS;) {
      flags = view.getUint16(at);
      pending.push(view.getUint16(at + 2));
      at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
      if (flags & HAS_SCALE) at += 2;
      else if (flags & HAS_XY_SCALE) at += 4;
      else if (flags & HAS_TWO_BY_TWO) at += 8;
    }
  }

  const glyphs: Uint8Array[] = [];
  const newLoca = new DataView(new ArrayBuffer(4 * (glyphCount + 1)));
  let size = 0;
  for (let id = 0; id < glyphCount; id += 1) {
    newLoca.setUint32(4 * id, size);
    if (!keep.has(id)) continue;
    const data = face.bytes.subarray(glyf + offsetOf(id), glyf + offsetOf(id + 1));
    const padded = new Uint8Array((data.byteLength + 3) & ~3);
    padded.set(data);
    glyphs.push(padded);
    size += padded.byteLength;
  }
  newLoca.setUint32(4 * glyphCount, size);
  const newGlyf = new Uint8Array(size);
  glyphs.reduce((offset, bytes) => {
    newGlyf.set(bytes, offset);
    return offset + bytes.byteLength;
  }, 0);

  // Copies (a Node Buffer's slice would share, and the head's changes reach, the font file).
  const copy = (tag: string): Uint8Array | undefined => {
    const found = tables.get(tag);
    return found && new Uint8Array(face.bytes.subarray(found.offset, found.offset + found.length));
  };
  const newHead = copy('head') ?? new Uint8Array(54);
  const headView = new DataView(newHead.buffer, newHead.byteOffset, newHead.byteLength);
  headView.setUint32(8, 0); // checkSumAdjustment, set once the whole file is known
  headView.setInt16(50, 1); // long loca offsets
  const contents = new Map<string, Uint8Array>();
  for (const tag of SUBSET_TABLES) {
    const bytes =
      tag === 'glyf'
        ? newGlyf
        : tag === 'loca'
          ? new Uint8Array(newLoca.buffer)
          : tag === 'head'
            ? newHead
            : copy(tag);
    if (bytes !== undefined) contents.set(tag, bytes);
  }

  const count = contents.size;
  const power = 2 ** Math.floor(Math.log2(count));
  let offset = 12 + 16 * count;
  const placed = [...contents].map(([tag, bytes]) => {
    const at = offset;
    offset += (bytes.byteLength + 3) & ~3;
    return { tag, bytes, at };
  });
  const file = new Uint8Array(offset);
  const out = new DataView(file.buffer);
  out.setUint32(0, 0x00010000);
  out.setUint16(4, count);
  out.setUint16(6, power * 16);
  out.setUint16(8, Math.log2(power));
  out.setUint16(10, count * 16 - power * 16);
  placed.forEach(({ tag, bytes, at }, index) => {
    const record = 12 + 16 * index;
    for (let i = 0; i < 4; i += 1) out.setUint8(record + i, tag.charCodeAt(i));
    out.setUint32(record + 4, checksum(bytes));
    out.setUint32(record + 8, at);
    out.setUint32(record + 12, bytes.byteLength);
    file.set(bytes, at);
  });
  const headAt = placed.find((entry) => entry.tag === 'head')?.at;
  if (headAt !== undefined) out.setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0);
  return file;
}
