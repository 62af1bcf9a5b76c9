/**
 * A notice as a pdfmake 0.3 document definition (A4), as data: the PDF worker and the command
 * line turn it into bytes. Headings and lead-ins carry a headline level, so they never end a
 * page, and the sections make the PDF's contents list and bookmarks.
 */
import type { Content, ContentText, StyleDictionary } from 'pdfmake/interfaces';
import type { NoticeBlock, NoticeDocument } from '../../domain/notice';
import { linkRuns, metaParts, oneLine, paragraphsOf, type RenderOptions } from './common';
import type { PortablePdfDefinition } from './portablePdf';

export interface PdfOptions extends RenderOptions {
  /** SHA-256 (hex) of a published version's document; its first 12 digits go in the footer. */
  hash?: string;
}

/** A4 is 595.28 × 841.89 points; 2 cm side margins leave a comfortable 70-character line. */
export const PAGE_MARGINS: [number, number, number, number] = [57, 62, 57, 66];
const TEXT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const INK = '#1b1f24';
const ACCENT = '#17406d';
const MUTED = '#5a6270';
const RULE = '#c9ced6';
const LINK = '#0b4f9c';

/** Headline levels: pdfmake moves any of them to the next page rather than end a page with it. */
const SECTION_LEVEL = 1;
const SUBHEADING_LEVEL = 2;
const LEAD_IN_LEVEL = 3;

export const NOTICE_PDF_STYLES: StyleDictionary = {
  title: { fontSize: 22, bold: true, color: ACCENT, lineHeight: 1.1 },
  organisation: { fontSize: 13, bold: true, color: INK, margin: [0, 6, 0, 2] },
  meta: { fontSize: 9.5, color: MUTED },
  contentsTitle: { fontSize: 11, bold: true, color: ACCENT, margin: [0, 4, 0, 6] },
  contentsEntry: { fontSize: 9.5, color: INK, lineHeight: 1.1 },
  heading: { fontSize: 13.5, bold: true, color: ACCENT, margin: [0, 16, 0, 6] },
  subheading: { fontSize: 11, bold: true, color: INK, margin: [0, 10, 0, 4] },
  paragraph: { margin: [0, 0, 0, 7] },
  list: { margin: [0, 0, 0, 7] },
};

/** Plain text as pdfmake text, with web and email addresses as coloured links. */
function inline(text: string): ContentText['text'] {
  const runs = linkRuns(text);
  if (runs.every((run) => run.href === null)) return text;
  return runs.map((run) =>
    run.href === null ? run.text : { text: run.text, link: run.href, color: LINK },
  );
}

function block(item: NoticeBlock): Content[] {
  switch (item.kind) {
    case 'paragraph':
      return paragraphsOf(item.text).map((lines) => {
        const text = lines.join('\n');
        // A lead-in ("What we use it for:") belongs with the list after it, like a heading.
        const leadIn = text.endsWith(':') ? { headlineLevel: LEAD_IN_LEVEL } : {};
        return { text: inline(text), style: 'paragraph', ...leadIn };
      });
    case 'subheading':
      return oneLine(item.text) === ''
        ? []
        : [{ text: oneLine(item.text), style: 'subheading', headlineLevel: SUBHEADING_LEVEL }];
    case 'list':
      return item.items.length === 0
        ? []
        : [
            {
              ul: item.items.map((entry) => ({
                text: inline(oneLine(entry)),
                margin: [0, 0, 0, 3],
              })),
              style: 'list',
              markerColor: MUTED,
            },
          ];
  }
}

const rule = (margin: [number, number, number, number]): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.75, lineColor: RULE }],
  margin,
});

export function noticePdfDefinition(
  doc: NoticeDocument,
  options: PdfOptions = {},
): PortablePdfDefinition {
  const title = oneLine(doc.title);
  const organisation = oneLine(doc.organisationName);
  const version = options.versionLabel?.trim() ?? '';
  const shortHash = options.hash?.trim().slice(0, 12) ?? '';
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: organisation, style: 'organisation' },
    { text: metaParts(doc, options).join('  ·  '), style: 'meta' },
    rule([0, 12, 0, 14]),
    ...doc.introduction.flatMap(block),
  ];
  if (doc.sections.length > 1) {
    content.push({
      toc: {
        title: { text: 'Contents', style: 'contentsTitle' },
        textStyle: 'contentsEntry',
        numberStyle: 'contentsEntry',
        textMargin: [0, 0.5, 0, 0.5],
        outlines: true,
      },
      margin: [0, 4, 0, 4],
    });
  }
  for (const section of doc.sections) {
    content.push(
      {
        text: oneLine(section.title),
        style: 'heading',
        headlineLevel: SECTION_LEVEL,
        tocItem: true,
        id: `section-${section.id}`,
      },
      ...section.blocks.flatMap(block),
    );
  }
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: {
      title: doc.audienceName === null ? title : `${title} — ${oneLine(doc.audienceName)}`,
      author: organisation,
      subject: `Privacy notice of ${organisation}`,
      creator: 'Ropa Desk',
    },
    displayTitle: true,
    content,
    styles: NOTICE_PDF_STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.3, color: INK },
    runningHeader: { text: `${organisation} — ${title}`, fromPage: 2 },
    runningFooter: {
      text: [organisation, title, version].filter((part) => part !== '').join('  ·  '),
      ...(shortHash === '' ? {} : { detail: `SHA-256 ${shortHash}` }),
      pageLabel: 'Page {page} of {pages}',
    },
    keepHeadingsWithNext: true,
  };
}
