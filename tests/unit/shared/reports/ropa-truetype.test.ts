import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { ropaFonts } from '../../../../electron/cli/roboto';
import { readTrueType, subsetTrueType } from '../../../../shared/reports/ropa-pdf/truetype';

const fonts = ropaFonts();

describe("the Article 30 PDF's font reader", () => {
  for (const [name, bytes] of Object.entries(fonts)) {
    it(`reads the ${name} face as fontkit does: every character's glyph and width, and its metrics`, () => {
      const ours = readTrueType(bytes);
      const font = fontkit.create(bytes);
      const mapped = font.characterSet.filter((code) => font.glyphForCodePoint(code).id !== 0);
      expect(ours.metrics.codePoints).toEqual([...mapped].sort((a, b) => a - b));
      ours.metrics.codePoints.forEach((code, index) => {
        const glyph = font.glyphForCodePoint(code);
        expect([ours.metrics.glyphIds[index], ours.metrics.advances[index]], String(code)).toEqual([
          glyph.id,
          glyph.advanceWidth,
        ]);
      });
      expect(ours.metrics.missing).toEqual({ id: 0, advance: font.getGlyph(0).advanceWidth });
      expect(ours).toMatchObject({
        postscriptName: font.postscriptName,
        bbox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY],
        italicAngle: font.italicAngle,
        italic: font.head.macStyle.italic,
        capHeight: font.capHeight,
        xHeight: font.xHeight,
        metrics: {
          unitsPerEm: font.unitsPerEm,
          ascent: font.ascent,
          descent: font.descent,
          lineGap: font.lineGap,
        },
      });
    });
  }

  it('says a damaged font file is damaged and what to do, rather than drawing nonsense', () => {
    const message = /The report's font file is damaged .*reinstall Ropa Desk/;
    expect(() => readTrueType(new Uint8Array(12))).toThrow(message);
    expect(() => readTrueType(fonts.regular.slice(0, 400))).toThrow(message);
  });

  it('subsets a face to the glyphs drawn and the parts of accented ones, numbers unchanged', () => {
    const bytes = fonts.regular;
    const before = Buffer.from(bytes).toString('base64');
    const font = fontkit.create(bytes);
    const drawn = [...'Café Øresund'].map((c) => font.glyphForCodePoint(c.codePointAt(0) ?? 0).id);
    const subset = subsetTrueType(readTrueType(bytes), drawn);
    // The font it came from is untouched (a Node Buffer's slice shares its bytes).
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
    expect(subset.byteLength).toBeLessThan(bytes.byteLength / 5);
    const small = fontkit.create(subset);
    // "é" is built from "e" and an accent never drawn alone: its outline whole means the accent came along.
    for (const id of drawn) {
      expect(small.getGlyph(id).path.toSVG(), String(id)).toBe(font.getGlyph(id).path.toSVG());
      expect(small.getGlyph(id).advanceWidth).toBe(font.getGlyph(id).advanceWidth);
    }
    const x = font.glyphForCodePoint('x'.codePointAt(0) ?? 0).id;
    expect(small.getGlyph(x).path.toSVG()).toBe('');
    expect(font.getGlyph(x).path.toSVG()).not.toBe('');
    // Its tables' checksums and the whole file's add up, as strict readers check.
    const view = new DataView(subset.buffer, subset.byteOffset, subset.byteLength);
    let sum = 0;
    for (let at = 0; at < subset.byteLength; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });
});
