/** Draws display-list pages onto a fresh pdfkit document and gives back its bytes. */
import type { FontName, KitDocument, NewKitDocument, Page, RopaFonts } from './canvas';

const FONT_NAMES: readonly FontName[] = ['regular', 'bold', 'italic'];

/** A pdfkit document with Roboto's faces registered under the layout's names. */
export function kitDocument(newDocument: NewKitDocument, fonts: RopaFonts): KitDocument {
  const doc = newDocument();
  for (const name of FONT_NAMES) doc.registerFont(name, fonts[name]);
  return doc;
}

function drawPage(doc: KitDocument, page: Page): void {
  doc.addPage();
  for (const item of page) {
    switch (item.op) {
      case 'text':
        doc.font(item.font);
        doc.fontSize(item.size);
        doc.fillColor(item.color);
        doc.text(item.text, item.x, item.y, {
          lineBreak: false,
          ...(item.characterSpacing === undefined
            ? {}
            : { characterSpacing: item.characterSpacing }),
        });
        break;
      case 'box':
        if (item.fill !== undefined) {
          doc.rect(item.x, item.y, item.width, item.height);
          doc.fill(item.fill);
        }
        if (item.stroke !== undefined) {
          doc.lineWidth(0.5);
          doc.strokeColor(item.stroke);
          doc.rect(item.x, item.y, item.width, item.height);
          doc.stroke();
        }
        break;
      case 'rule':
        doc.lineWidth(item.width);
        doc.strokeColor(item.color);
        doc.moveTo(item.x1, item.y1);
        doc.lineTo(item.x2, item.y2);
        doc.stroke();
        break;
    }
  }
}

const joined = (parts: readonly Uint8Array[]): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
};

/** Pieces are joined into blocks of this size as they come. */
const BLOCK = 2 ** 18;

/**
 * The document's bytes once it has ended: listen before drawing, as pdfkit writes as it goes.
 * pdfkit writes in thousands of small pieces, each of which (in Node) keeps alive a whole
 * shared 8 KB slab: held to the end they cost many times the document, so they are copied
 * into blocks as they come.
 */
export function documentBytes(doc: KitDocument): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  let pieces: Uint8Array[] = [];
  let pending = 0;
  return new Promise<Uint8Array>((resolve) => {
    doc.on('data', (piece) => {
      pieces.push(piece);
      pending += piece.byteLength;
      if (pending < BLOCK) return;
      blocks.push(joined(pieces));
      pieces = [];
      pending = 0;
    });
    doc.on('end', () => resolve(joined([...blocks, ...pieces])));
  });
}

/**
 * pdfkit remembers every word it has shaped for as long as its document lives (about 2 KB a
 * word): over a part of thousands of activities, names, numbers and addresses make that
 * hundreds of MB. The part forgets them after each batch (the next batch shapes its words
 * again). pdfkit keeps them on its fonts, which it does not expose: tested against its build.
 */
export function forgetShapedWords(doc: KitDocument): void {
  const fonts = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })
    ._fontFamilies;
  for (const font of Object.values(fonts ?? {})) {
    if (font.layoutCache !== undefined) font.layoutCache = Object.create(null) as object;
  }
}

/** Draws the pages onto `doc`, after any it already has. */
export function drawPages(doc: KitDocument, pages: readonly Page[]): void {
  for (const page of pages) drawPage(doc, page);
}
