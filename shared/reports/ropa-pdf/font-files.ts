/**
 * The font files behind the Article 30 PDF's faces, read by the coordinator: the metrics the
 * workers lay out with, and each face embedded as a Type 0 font of the glyphs the pages drew,
 * with their widths and a text map. The content streams use the font's own glyph ids, which the
 * subset keeps, so nothing is renumbered.
 */
import { compressedText, type Deflate } from './content';
import type { Face, FacesMetrics, FontName, RopaFonts } from './fonts';
import { readTrueType, subsetTrueType, type TrueTypeFace } from './truetype';
import { num, ref, type PdfWriter } from './writer';

export type FontFiles = Record<FontName, TrueTypeFace>;

export const readFontFiles = (fonts: RopaFonts): FontFiles => ({
  regular: readTrueType(fonts.regular),
  bold: readTrueType(fonts.bold),
  italic: readTrueType(fonts.italic),
});

export const facesMetrics = (files: FontFiles): FacesMetrics => ({
  regular: files.regular.metrics,
  bold: files.bold.metrics,
  italic: files.italic.metrics,
});

const hex4 = (value: number): string => value.toString(16).padStart(4, '0');

/** The glyph ids the content streams use, each with the text it stands for, as a ToUnicode CMap. */
function toUnicode(face: Face): string {
  const hex = (text: string) =>
    Array.from({ length: text.length }, (_, index) => hex4(text.charCodeAt(index))).join('');
  const entries = face.allUsed().map(([id, text]) => `<${hex4(id)}> <${hex(text)}>`);
  const blocks: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Writes the face as a Type 0 font; its object number. */
export function embedFace(
  writer: PdfWriter,
  file: TrueTypeFace,
  face: Face,
  /** Six capital letters naming the subset, as PDF asks of an embedded subset's name. */
  tag: string,
  deflate: Deflate,
): number {
  const { metrics } = file;
  const scale = 1000 / metrics.unitsPerEm;
  const advances = new Map(metrics.glyphIds.map((id, index) => [id, metrics.advances[index] ?? 0]));
  advances.set(metrics.missing.id, metrics.missing.advance);
  const used = face.allUsed();
  const subset = subsetTrueType(
    file,
    used.map(([id]) => id),
  );
  const program = writer.stream(
    deflate(subset),
    `/Filter /FlateDecode /Length1 ${subset.byteLength}`,
  );
  const name = `/${tag}+${file.postscriptName}`;
  const descriptor = writer.object(
    `<< /Type /FontDescriptor /FontName ${name} /Flags ${4 | (file.italic ? 64 : 0)} ` +
      `/FontBBox [${file.bbox.map((value) => num(value * scale)).join(' ')}] ` +
      `/ItalicAngle ${num(file.italicAngle)} /Ascent ${num(metrics.ascent * scale)} ` +
      `/Descent ${num(metrics.descent * scale)} /CapHeight ${num(file.capHeight * scale)} ` +
      `/XHeight ${num(file.xHeight * scale)} /StemV 0 /FontFile2 ${ref(program)} >>`,
  );
  const widths = used
    .map(([id]) => `${id} [${num((advances.get(id) ?? metrics.missing.advance) * scale)}]`)
    .join(' ');
  const descendant = writer.object(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${name} ` +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
      `/FontDescriptor ${ref(descriptor)} /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const cmap = writer.stream(compressedText(toUnicode(face), deflate), '/Filter /FlateDecode');
  return writer.object(
    `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H ` +
      `/DescendantFonts [${ref(descendant)}] /ToUnicode ${ref(cmap)} >>`,
  );
}
