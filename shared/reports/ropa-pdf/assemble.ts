/**
 * The second pass: the pages' content streams (each drawn in a worker, already compressed)
 * written one after another into one file, and every page stamped with the running header and
 * footer — the organisation and title, the generation time and the register's checksum, "Page X
 * of Y" — which only the whole document knows. The faces are embedded once, knowing every glyph
 * the workers drew; the contents lines become links, and the controller block and each activity
 * become bookmarks.
 */
import { MUTED, RULE } from '../look';
import { pageLabel } from '../../notice/render/portablePdf';
import type { Page } from './canvas';
import { compressedPage, ContentBytes, FONT_KEYS, writeContent, type Deflate } from './content';
import { embedFace, type FontFiles } from './font-files';
import { FONT_NAMES, type Face, type Faces } from './fonts';
import { BOTTOM_MARGIN, LEFT, PAGE_HEIGHT, PAGE_WIDTH, TEXT_WIDTH } from './flow';
import type { ContentsEntry } from './pages';
import { num, pdfDate, PdfWriter, ref, textString } from './writer';

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
  /** 1-based page in the document. */
  page: number;
}

export interface AssembleInput {
  /** Each page's compressed content stream, in order. */
  pages: Uint8Array[];
  /** The faces, knowing every glyph any page drew. */
  faces: Faces;
  files: FontFiles;
  furniture: Furniture;
  info: DocumentInfo;
  bookmarks: Bookmark[];
  /** Contents lines on the front pages and the page each one links to. */
  links: { entry: ContentsEntry; page: number }[];
  deflate: Deflate;
}

const FOOTER_TOP = PAGE_HEIGHT - BOTTOM_MARGIN + 14;
const FOOTER_TEXT_TOP = FOOTER_TOP + 5;
const FURNITURE_SIZE = 8;
const DETAIL_SIZE = 7;

/** Cut to `width` with an ellipsis, for a footer line that must stay on one line. */
function fitted(face: Face, text: string, size: number, width: number): string {
  if (face.width(text, size) <= width) return text;
  let cut = text;
  while (cut !== '' && face.width(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * What every page's furniture has in common, drawn once as a form: with the header, or without
 * it for the title page.
 */
function furnitureOps(faces: Faces, furniture: Furniture, labelRoom: number, withHeader: boolean) {
  const face = faces.regular;
  const text = (value: string, x: number, y: number, size: number) => ({
    op: 'text' as const,
    text: value,
    x,
    y,
    font: 'regular' as const,
    size,
    color: MUTED,
  });
  const page: Page = [];
  if (withHeader) {
    const width = face.width(furniture.header, FURNITURE_SIZE);
    page.push(text(furniture.header, LEFT + TEXT_WIDTH - width, 28, FURNITURE_SIZE));
  }
  page.push(
    {
      op: 'rule',
      x1: LEFT,
      y1: FOOTER_TOP,
      x2: LEFT + TEXT_WIDTH,
      y2: FOOTER_TOP,
      color: RULE,
      width: 0.5,
    },
    text(
      fitted(face, furniture.footer, FURNITURE_SIZE, TEXT_WIDTH - labelRoom),
      LEFT,
      FOOTER_TEXT_TOP,
      FURNITURE_SIZE,
    ),
    text(
      fitted(face, furniture.detail, DETAIL_SIZE, TEXT_WIDTH),
      LEFT,
      FOOTER_TEXT_TOP + 11,
      DETAIL_SIZE,
    ),
  );
  return page;
}

/** A destination at the top of a page, as the contents' links and the bookmarks use. */
const destination = (page: number): string => `[${ref(page)} /XYZ null ${num(PAGE_HEIGHT)} null]`;

/** The outline: the controller block and each activity; its root's object number. */
function writeBookmarks(
  writer: PdfWriter,
  pages: readonly number[],
  bookmarks: readonly Bookmark[],
): number | undefined {
  const marks = bookmarks.flatMap((bookmark) => {
    const page = pages[bookmark.page - 1];
    return page === undefined ? [] : [{ title: bookmark.title, page, id: writer.reserve() }];
  });
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const root = writer.reserve();
  marks.forEach((mark, index) => {
    const previous = marks[index - 1];
    const next = marks[index + 1];
    writer.object(
      `<< /Title ${textString(mark.title)} /Parent ${ref(root)} /Dest ${destination(mark.page)}` +
        `${previous === undefined ? '' : ` /Prev ${ref(previous.id)}`}` +
        `${next === undefined ? '' : ` /Next ${ref(next.id)}`} >>`,
      mark.id,
    );
  });
  return writer.object(
    `<< /Type /Outlines /First ${ref(first.id)} /Last ${ref(last.id)} /Count ${marks.length} >>`,
    root,
  );
}

/** Each front page's link annotations, by page index. */
function writeLinks(
  writer: PdfWriter,
  pages: readonly number[],
  links: AssembleInput['links'],
): Map<number, number[]> {
  const byPage = new Map<number, number[]>();
  for (const { entry, page } of links) {
    const to = pages[page - 1];
    if (to === undefined) continue;
    const top = PAGE_HEIGHT - entry.y;
    const rect = [LEFT, top - entry.height, LEFT + TEXT_WIDTH, top].map(num).join(' ');
    const annotation = writer.object(
      `<< /Type /Annot /Subtype /Link /Rect [${rect}] /Border [0 0 0] /Dest ${destination(to)} >>`,
    );
    byPage.set(entry.page - 1, [...(byPage.get(entry.page - 1) ?? []), annotation]);
  }
  return byPage;
}

/** One PDF of the pages, in order, stamped, linked and bookmarked. */
export function assemble(input: AssembleInput): Uint8Array {
  const writer = new PdfWriter();
  const { faces, furniture, deflate } = input;
  const count = input.pages.length;
  const pageIds = Array.from({ length: count }, () => writer.reserve());
  const pagesId = writer.reserve();
  const fontsId = writer.reserve();
  // Every page's "Page X of Y", drawn before the fonts are written so its glyphs are in them.
  const labels = Array.from({ length: count }, (_, index) =>
    pageLabel(furniture.pageLabel, index + 1, count),
  );
  const widest = labels.reduce(
    (most, label) => Math.max(most, faces.regular.width(label, FURNITURE_SIZE)),
    0,
  );
  const forms = [false, true].map((withHeader) =>
    writer.stream(
      compressedPage(
        furnitureOps(faces, furniture, widest + 12, withHeader),
        faces,
        PAGE_HEIGHT,
        deflate,
      ),
      `/Type /XObject /Subtype /Form /BBox [0 0 ${num(PAGE_WIDTH)} ${num(PAGE_HEIGHT)}] ` +
        `/Resources << /Font ${ref(fontsId)} >> /Filter /FlateDecode`,
    ),
  );
  const resources = forms.map((form) =>
    writer.object(`<< /Font ${ref(fontsId)} /XObject << /Fm ${ref(form)} >> >>`),
  );
  const annotations = writeLinks(writer, pageIds, input.links);
  const stamp = new ContentBytes();
  input.pages.forEach((content, index) => {
    const label = labels[index] ?? '';
    const x = LEFT + TEXT_WIDTH - faces.regular.width(label, FURNITURE_SIZE);
    stamp.clear().ascii('q /Fm Do Q\n');
    writeContent(
      [
        {
          op: 'text',
          text: label,
          x,
          y: FOOTER_TEXT_TOP,
          font: 'regular',
          size: FURNITURE_SIZE,
          color: MUTED,
        },
      ],
      faces,
      PAGE_HEIGHT,
      stamp,
    );
    const contentId = writer.stream(content, '/Filter /FlateDecode');
    const stampId = writer.stream(stamp.view().slice());
    const annots = annotations.get(index);
    writer.object(
      `<< /Type /Page /Parent ${ref(pagesId)} /MediaBox [0 0 ${num(PAGE_WIDTH)} ${num(PAGE_HEIGHT)}] ` +
        `/Resources ${ref(resources[index === 0 ? 0 : 1] ?? 0)} /Contents [${ref(contentId)} ${ref(stampId)}]` +
        `${annots === undefined ? '' : ` /Annots [${annots.map(ref).join(' ')}]`} >>`,
      pageIds[index],
    );
  });
  writer.object(
    `<< /Type /Pages /Kids [${pageIds.map(ref).join(' ')}] /Count ${count} >>`,
    pagesId,
  );
  const fontIds = FONT_NAMES.map((name, index) =>
    embedFace(writer, input.files[name], faces[name], `RDSKA${'ABC'[index] ?? 'A'}`, deflate),
  );
  writer.object(
    `<< ${FONT_NAMES.map((name, index) => `/${FONT_KEYS[name]} ${ref(fontIds[index] ?? 0)}`).join(' ')} >>`,
    fontsId,
  );
  const outline = writeBookmarks(writer, pageIds, input.bookmarks);
  const root = writer.object(
    `<< /Type /Catalog /Pages ${ref(pagesId)} /ViewerPreferences << /DisplayDocTitle true >>` +
      `${outline === undefined ? '' : ` /Outlines ${ref(outline)} /PageMode /UseOutlines`} >>`,
  );
  const { info } = input;
  const created = pdfDate(info.createdAt);
  const infoId = writer.object(
    `<< /Title ${textString(info.title)} /Author ${textString(info.author)} ` +
      `/Subject ${textString(info.subject)} /Creator ${textString('Ropa Desk')} ` +
      `/Producer ${textString('Ropa Desk')} /CreationDate ${created} /ModDate ${created} >>`,
  );
  return writer.finish(root, infoId);
}
