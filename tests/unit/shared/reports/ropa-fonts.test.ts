import { describe, expect, it } from 'vitest';
import { ropaFonts } from '../../../../electron/cli/roboto';
import { facesMetrics, readFontFiles } from '../../../../shared/reports/ropa-pdf/font-files';
import { ContentBytes } from '../../../../shared/reports/ropa-pdf/content';
import { Face } from '../../../../shared/reports/ropa-pdf/fonts';

const metrics = facesMetrics(readFontFiles(ropaFonts())).regular;
/** The hex glyph ids the face writes for `text`. */
const encoded = (face: Face, text: string): string => {
  const out = new ContentBytes();
  face.encodeInto(text, out);
  return new TextDecoder().decode(out.view());
};
const hexOf = (text: string) => {
  const index = metrics.codePoints.indexOf(text.codePointAt(0) ?? 0);
  return (metrics.glyphIds[index] ?? 0).toString(16).padStart(4, '0');
};

describe("the Article 30 PDF's faces", () => {
  it('measures text as the sum of its glyphs’ advances, the numbers the PDF gives a viewer', () => {
    const face = new Face(metrics);
    const advance = (character: string) =>
      metrics.advances[metrics.codePoints.indexOf(character.codePointAt(0) ?? 0)] ?? 0;
    const expected = ((advance('W') + advance('a') + advance('y')) * 10) / metrics.unitsPerEm;
    expect(face.width('Way', 10)).toBeCloseTo(expected, 9);
    expect(face.width('Way', 20)).toBeCloseTo(2 * expected, 9);
  });

  it('draws tabs and other control characters as spaces, not as missing glyphs', () => {
    const face = new Face(metrics);
    expect(face.width('a\tb\rc', 9)).toBe(face.width('a b c', 9));
    expect(encoded(face, 'a\tb')).toBe(encoded(face, 'a b'));
    expect(
      face.allUsed().find(([id]) => id.toString(16).padStart(4, '0') === hexOf(' '))?.[1],
    ).toBe(' ');
  });

  it('takes a character outside the font (an emoji) as one missing glyph, whichever way it is met', () => {
    const face = new Face(metrics);
    expect(encoded(face, 'a😀b')).toBe(
      `${hexOf('a')}${metrics.missing.id.toString(16).padStart(4, '0')}${hexOf('b')}`,
    );
    expect(face.width('😀', 10)).toBeCloseTo(
      (metrics.missing.advance * 10) / metrics.unitsPerEm,
      9,
    );
    // Measured before it is ever drawn, and after.
    expect(new Face(metrics).width('é😀é', 10)).toBe(face.width('é😀é', 10));
  });

  it('remembers each glyph drawn once, with its text, for the text map', () => {
    const face = new Face(metrics);
    encoded(face, 'abba');
    encoded(face, 'Ça');
    expect(face.allUsed().map(([, text]) => text)).toEqual(
      ['a', 'b', 'Ç'].sort((x, y) => hexOf(x).localeCompare(hexOf(y))),
    );
    const other = new Face(metrics);
    other.include(face.allUsed());
    expect(other.allUsed()).toEqual(face.allUsed());
  });
});
