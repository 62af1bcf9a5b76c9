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

/** The pages as a PDF, drawn onto `doc` (made with kitDocument). */
export function drawPages(doc: KitDocument, pages: readonly Page[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve) => {
    doc.on('data', (part) => parts.push(part));
    doc.on('end', () => {
      const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
      let offset = 0;
      for (const part of parts) {
        bytes.set(part, offset);
        offset += part.byteLength;
      }
      resolve(bytes);
    });
  });
  for (const page of pages) drawPage(doc, page);
  doc.end();
  return done;
}
