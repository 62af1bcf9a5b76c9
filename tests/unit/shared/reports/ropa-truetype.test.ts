import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { ropaFonts } from '../../../../electron/cli/roboto';
import { readTrueType } from '../../../../shared/reports/ropa-pdf/truetype';

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
});
