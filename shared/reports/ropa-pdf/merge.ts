/**
 * The second pass: the front and the activities' documents (each drawn in a worker) merged into
 * one document with pdf-lib, then every page stamped with the running header and the footer —
 * the organisation and title, the generation time and the register's checksum, "Page X of Y" —
 * which only the whole document knows. The contents' page numbers are drawn before; here the
 * contents lines become links, and the controller block and each activity become bookmarks.
 */
import fontkit from '@pdf-lib/fontkit';
import {
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  ParseSpeeds,
  rgb,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { MUTED, RULE } from '../frame';
import { pageLabel } from '../../notice/render/portablePdf';
import { BOTTOM_MARGIN, LEFT, PAGE_HEIGHT, PAGE_WIDTH, TEXT_WIDTH } from './flow';
import type { ContentsEntry } from './pages';

export interface Furniture {
  /** Right of every page's header from page 2: "Organisation — Title", CONFIDENTIAL first if marked. */
  header: string;
  /** Left of the footer: "Organisation · Title". */
  footer: string;
  /** Under it, smaller: "Generated on … · Register checksum …". */
  detail: string;
  /** "Page {page} of {pages}". */
  pageLabel: string;
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  /** ISO timestamp the report was made at. */
  createdAt: string;
}

export interface Bookmark {
  title: string;
  /** 1-based page in the merged document. */
  page: number;
}

export interface MergeInput {
  /** The documents in order; emptied as they are read. */
  parts: Uint8Array[];
  furniture: Furniture;
  info: DocumentInfo;
  bookmarks: Bookmark[];
  /** Contents lines on the front pages and the page each one links to. */
  links: { entry: ContentsEntry; page: number }[];
  /** Roboto Regular, for the stamped lines. */
  font: Uint8Array;
  /**
   * Collects garbage now, where the host can (Node, with --expose-gc): each part read leaves
   * its whole parse behind, which an engine left to itself lets pile up into hundreds of MB.
   */
  collect?: () => void;
}

const colour = (hex: string) =>
  rgb(
    Number.parseInt(hex.slice(1, 3), 16) / 255,
    Number.parseInt(hex.slice(3, 5), 16) / 255,
    Number.parseInt(hex.slice(5, 7), 16) / 255,
  );

/** Top-down coordinates (the layout's) to pdf-lib's bottom-up, for text whose top is at `top`. */
const baseline = (font: PDFFont, size: number, top: number): number =>
  PAGE_HEIGHT - top - font.heightAtSize(size, { descender: false });

const FOOTER_TOP = PAGE_HEIGHT - BOTTOM_MARGIN + 14;
const FOOTER_TEXT_TOP = FOOTER_TOP + 5;

/**
 * What every page's furniture has in common, drawn once as a reusable form (with the header,
 * and without it for the title page): pdf-lib shapes text slowly, so thousands of pages each
 * drawing their own copy would take seconds.
 */
async function furnitureForms(
  document: PDFDocument,
  font: PDFFont,
  furniture: Furniture,
  labelRoom: number,
) {
  const muted = colour(MUTED);
  const draw = (withHeader: boolean): PDFPage => {
    const page = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (withHeader) {
      page.drawText(furniture.header, {
        x: LEFT + TEXT_WIDTH - font.widthOfTextAtSize(furniture.header, 8),
        y: baseline(font, 8, 28),
        size: 8,
        font,
        color: muted,
      });
    }
    page.drawLine({
      start: { x: LEFT, y: PAGE_HEIGHT - FOOTER_TOP },
      end: { x: LEFT + TEXT_WIDTH, y: PAGE_HEIGHT - FOOTER_TOP },
      thickness: 0.5,
      color: colour(RULE),
    });
    page.drawText(furniture.footer, {
      x: LEFT,
      y: baseline(font, 8, FOOTER_TEXT_TOP),
      size: 8,
      font,
      color: muted,
      maxWidth: TEXT_WIDTH - labelRoom,
    });
    page.drawText(furniture.detail, {
      x: LEFT,
      y: baseline(font, 7, FOOTER_TEXT_TOP + 11),
      size: 7,
      font,
      color: muted,
    });
    return page;
  };
  const pages = [draw(false), draw(true)];
  const forms = await document.embedPages(pages);
  for (let index = 0; index < pages.length; index += 1)
    document.removePage(document.getPageCount() - 1);
  return forms;
}

/** "Page X of Y" from glyphs encoded once each: only the numbers differ from page to page. */
function pageLabeller(font: PDFFont, size: number) {
  const glyphs = new Map<string, { hex: string; width: number }>();
  const glyph = (character: string) => {
    let known = glyphs.get(character);
    if (known === undefined) {
      known = {
        hex: font.encodeText(character).toString().slice(1, -1),
        width: font.widthOfTextAtSize(character, size),
      };
      glyphs.set(character, known);
    }
    return known;
  };
  return (text: string) => {
    const parts = [...text].map(glyph);
    return {
      encoded: PDFHexString.of(parts.map((part) => part.hex).join('')),
      width: parts.reduce((sum, part) => sum + part.width, 0),
    };
  };
}

/** PDF colour operands for a #rrggbb colour. */
const colourOperands = (hex: string): string =>
  [1, 3, 5].map((at) => (Number.parseInt(hex.slice(at, at + 2), 16) / 255).toFixed(3)).join(' ');

/**
 * Each page gets the furniture form and its "Page X of Y" as one small content stream written
 * out as bytes (pdf-lib's drawing calls would keep dozens of objects per page until saving),
 * after its own content, which is wrapped in q/Q so nothing it leaves set carries over.
 */
async function stampPages(
  document: PDFDocument,
  font: PDFFont,
  furniture: Furniture,
): Promise<void> {
  const pages = document.getPages();
  const label = pageLabeller(font, 8);
  const widest = label(pageLabel(furniture.pageLabel, pages.length, pages.length)).width;
  const [titlePage, otherPages] = await furnitureForms(document, font, furniture, widest + 12);
  const { context } = document;
  const save = context.register(context.stream('q'));
  const restore = context.register(context.stream('Q'));
  const muted = colourOperands(MUTED);
  const y = baseline(font, 8, FOOTER_TEXT_TOP).toFixed(2);
  pages.forEach((page, index) => {
    const form = index === 0 ? titlePage : otherPages;
    if (form === undefined) return;
    const { encoded, width } = label(pageLabel(furniture.pageLabel, index + 1, pages.length));
    const formKey = page.node.newXObject('Furniture', form.ref);
    const fontKey = page.node.newFontDictionary(font.name, font.ref);
    const x = (LEFT + TEXT_WIDTH - width).toFixed(2);
    page.node.normalize();
    page.node.wrapContentStreams(save, restore);
    const stamp = `q ${formKey.toString()} Do Q BT ${fontKey.toString()} 8 Tf ${muted} rg ${x} ${y} Td ${encoded.toString()} Tj ET`;
    page.node.addContentStream(context.register(context.stream(stamp)));
  });
}

/** A destination at the top of a page, as the contents' links and the bookmarks use. */
const destination = (document: PDFDocument, page: PDFPage) =>
  document.context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(PAGE_HEIGHT), PDFNull]);

function addBookmarks(document: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const pages = document.getPages();
  const root = document.context.nextRef();
  const refs: PDFRef[] = bookmarks.map(() => document.context.nextRef());
  bookmarks.forEach((bookmark, index) => {
    const page = pages[bookmark.page - 1];
    const ref = refs[index];
    if (page === undefined || ref === undefined) return;
    const item = document.context.obj({
      Title: PDFHexString.fromText(bookmark.title),
      Parent: root,
      Dest: destination(document, page),
    });
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous !== undefined) item.set(PDFName.of('Prev'), previous);
    if (next !== undefined) item.set(PDFName.of('Next'), next);
    document.context.assign(ref, item);
  });
  document.context.assign(
    root,
    document.context.obj({
      Type: 'Outlines',
      First: refs[0],
      Last: refs[refs.length - 1],
      Count: refs.length,
    }),
  );
  document.catalog.set(PDFName.of('Outlines'), root);
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function addLinks(document: PDFDocument, links: MergeInput['links']): void {
  const pages = document.getPages();
  for (const { entry, page } of links) {
    const from = pages[entry.page - 1];
    const to = pages[page - 1];
    if (from === undefined || to === undefined) continue;
    const top = PAGE_HEIGHT - entry.y;
    const annotation = document.context.register(
      document.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [LEFT, top - entry.height, LEFT + TEXT_WIDTH, top],
        Border: [0, 0, 0],
        Dest: destination(document, to),
      }),
    );
    const existing = from.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (existing === undefined)
      from.node.set(PDFName.of('Annots'), document.context.obj([annotation]));
    else existing.push(annotation);
  }
}

/** One PDF from the parts, in order, stamped, linked and bookmarked. */
export async function mergeParts(input: MergeInput): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.registerFontkit(fontkit);
  const font = await document.embedFont(input.font, { subset: true });
  // Taken from the list one by one: a part read is garbage, and its bytes with it.
  for (let bytes = input.parts.shift(); bytes !== undefined; bytes = input.parts.shift()) {
    // pdf-lib yields to the event loop every few objects by default; a worker has nothing to yield to.
    const part = await PDFDocument.load(bytes, {
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
    const pages = await document.copyPages(part, part.getPageIndices());
    for (const page of pages) document.addPage(page);
    input.collect?.();
  }
  await stampPages(document, font, input.furniture);
  addLinks(document, input.links);
  addBookmarks(document, input.bookmarks);
  const created = new Date(input.info.createdAt);
  document.setTitle(input.info.title, { showInWindowTitleBar: true });
  document.setAuthor(input.info.author);
  document.setSubject(input.info.subject);
  document.setCreator('Ropa Desk');
  document.setProducer('Ropa Desk');
  document.setCreationDate(created);
  document.setModificationDate(created);
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
