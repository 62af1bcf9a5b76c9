import { describe, expect, it } from 'vitest';
import { pdfDate, PdfWriter, ref, textString } from '../../../../shared/reports/ropa-pdf/writer';
import { pdfText } from './ropa-pdf';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe("the Article 30 PDF's file writer", () => {
  it('points its cross-reference table at every object, whatever order they were written in', () => {
    const writer = new PdfWriter();
    const later = writer.reserve();
    const stream = writer.stream(new Uint8Array([0, 255, 10, 13]), '/Note (binary)');
    writer.object('[1 2 3]', later);
    const root = writer.object(`<< /Type /Catalog /Stream ${ref(stream)} >>`);
    const file = writer.finish(root, writer.object('<< >>'));
    const text = latin1(file);
    const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(start, start + 4)).toBe('xref');
    const offsets = [...text.slice(start).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    expect(offsets).toHaveLength(4);
    offsets.forEach((offset, index) => {
      expect(text.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true);
    });
    expect(text).toContain('/Length 4 >>\nstream\n\u0000\u00ff\n\r\nendstream');
  });

  it('refuses to finish with an object reserved and never written', () => {
    const writer = new PdfWriter();
    writer.reserve();
    expect(() => writer.finish(1, 1)).toThrow(/reserved but never written/);
  });

  it('writes titles in any script and dates in UTC, as a reader shows them', () => {
    expect(textString('Café — 東京')).toBe('<FEFF00430061006600e900202014002067714eac>');
    expect(pdfDate('2026-11-25T12:00:05.000Z')).toBe('(D:20261125120005Z)');
  });

  it('makes a file poppler reads without complaint', () => {
    const writer = new PdfWriter();
    const pages = writer.reserve();
    const content = writer.stream(new TextEncoder().encode('0 0 1 rg 10 10 50 50 re f'));
    const page = writer.object(
      `<< /Type /Page /Parent ${ref(pages)} /MediaBox [0 0 200 200] /Contents ${ref(content)} >>`,
    );
    writer.object(`<< /Type /Pages /Kids [${ref(page)}] /Count 1 >>`, pages);
    const root = writer.object(`<< /Type /Catalog /Pages ${ref(pages)} >>`);
    const info = writer.object(`<< /Title ${textString('Empty')} >>`);
    expect(pdfText(writer.finish(root, info))).toBe('\f');
  });
});
