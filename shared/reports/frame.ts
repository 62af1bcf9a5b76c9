/**
 * What every report shares: the title block, the running header and footer (page X of Y and
 * the register's checksum, so a printed copy can be matched to the data), the optional
 * "CONFIDENTIAL" marking, and the small building blocks the report builders lay out.
 */
import type { Content, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import type { Register } from '../domain/register';
import type { AdequacyList } from '../reference/adequacy';
import type { ReviewIntervals } from '../reviews/schedule';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import { longDate } from '../util/long-date';
import { ukDay } from '../util/uk-day';
import {
  A4_LONG,
  A4_SHORT,
  ACCENT,
  CONFIDENTIAL_RED,
  INK,
  MUTED,
  PORTRAIT_MARGINS,
  RULE,
  SHADE,
} from './look';

export interface ReportOptions {
  /** Mark the title page and every page's header "CONFIDENTIAL". */
  confidential: boolean;
  /** Include the internal notes kept on records; left out unless asked for. */
  includeInternalNotes: boolean;
}

export const defaultReportOptions: ReportOptions = {
  confidential: false,
  includeInternalNotes: false,
};

export interface ReportInput {
  register: Register;
  /** registerChecksum(register): "sha256:" and 64 hex digits. */
  checksum: string;
  /** When the report is made, as an ISO timestamp; shown in UK time. */
  generatedAt: string;
  options: ReportOptions;
  /** The adequacy list transfers are judged by; the shipped baseline when left out. */
  adequacy?: AdequacyList;
  /** How often records are reviewed (Settings), for the audit pack's checks; defaults when left out. */
  reviewIntervals?: ReviewIntervals;
}

/** The colours and page geometry, for the reports that take them from here. */
export * from './look';
const NOTES_FILL = '#f7f9fb';

/** Headline levels: pdfmake moves any of them to the next page rather than end a page with it. */
export const SECTION_LEVEL = 1;
export const SUBHEADING_LEVEL = 2;

const LANDSCAPE_MARGINS: [number, number, number, number] = [40, 56, 40, 62];

export type Orientation = 'portrait' | 'landscape';

/** The width text can take on a page of this orientation. */
export const textWidth = (orientation: Orientation): number =>
  orientation === 'portrait'
    ? A4_SHORT - PORTRAIT_MARGINS[0] - PORTRAIT_MARGINS[2]
    : A4_LONG - LANDSCAPE_MARGINS[0] - LANDSCAPE_MARGINS[2];

const REPORT_STYLES: StyleDictionary = {
  confidential: {
    fontSize: 9,
    bold: true,
    color: CONFIDENTIAL_RED,
    characterSpacing: 1.5,
    margin: [0, 0, 0, 8],
  },
  title: { fontSize: 22, bold: true, color: ACCENT, lineHeight: 1.1 },
  subtitle: { fontSize: 14, color: INK, margin: [0, 4, 0, 0] },
  organisation: { fontSize: 13, bold: true, color: INK, margin: [0, 8, 0, 2] },
  meta: { fontSize: 9.5, color: MUTED },
  contentsTitle: { fontSize: 11, bold: true, color: ACCENT, margin: [0, 4, 0, 6] },
  contentsEntry: { fontSize: 9.5, color: INK, lineHeight: 1.1 },
  heading: { fontSize: 13.5, bold: true, color: ACCENT, margin: [0, 16, 0, 6] },
  subheading: { fontSize: 11, bold: true, color: INK, margin: [0, 10, 0, 4] },
  paragraph: { margin: [0, 0, 0, 7] },
  label: { bold: true, color: INK },
  tableHeader: { bold: true, color: '#ffffff', fillColor: ACCENT, fontSize: 8.5 },
  tableSection: { bold: true, color: ACCENT, fillColor: SHADE, fontSize: 9 },
  empty: { color: MUTED, italics: true },
  note: { fontSize: 9, color: MUTED, margin: [0, 0, 0, 8] },
};

/** The 12 hex digits of the checksum a person compares by eye. */
export const shortChecksum = (checksum: string): string =>
  checksum.replace(/^sha256:/, '').slice(0, 12);

export const checksumStamp = (checksum: string): string =>
  `${shortChecksum(checksum)} (SHA-256 of the register)`;

/** "25 November 2026 at 14:05", in UK time whatever the machine's zone. */
export function generatedOn(generatedAt: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(generatedAt));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${longDate(`${part('year')}-${part('month')}-${part('day')}`)} at ${part('hour')}:${part('minute')}`;
}

/** The UK calendar day the report is made on, as YYYY-MM-DD. */
export const reportDay = (generatedAt: string): string => ukDay(generatedAt);

export const organisationName = (register: Register): string =>
  register.organisation?.name.trim() || 'Organisation not yet described';

/** A value, or a muted "Not recorded" where the register says nothing. */
export function value(text: string | readonly string[] | null | undefined): Content {
  const lines = (typeof text === 'string' ? [text] : (text ?? []))
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return { text: 'Not recorded', style: 'empty' };
  return { text: lines.join('\n') };
}

export const yesNo = (flag: boolean | null): string =>
  flag === null ? 'Not known' : flag ? 'Yes' : 'No';

export const dateOrEmpty = (date: string | null): string => (date === null ? '' : longDate(date));

/** A section heading; with an id it is listed in the contents and the PDF's bookmarks. */
export const heading = (text: string, id?: string, newPage = false): Content => ({
  text,
  style: 'heading',
  headlineLevel: SECTION_LEVEL,
  ...(id === undefined ? {} : { tocItem: true, id }),
  ...(newPage ? { pageBreak: 'before' as const } : {}),
});

export const subheading = (text: string): Content => ({
  text,
  style: 'subheading',
  headlineLevel: SUBHEADING_LEVEL,
});

/** The line a report shows in place of an empty list. */
export const emptyLine = (text: string): Content => ({
  text,
  style: 'empty',
  margin: [0, 4, 0, 8],
});

const tableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3.5,
  paddingBottom: () => 3.5,
};

/**
 * Whether every row surely fits on one page, so rows can be kept whole: pdfmake drops a row
 * that is kept whole but taller than a page, so a table with a long answer lets rows split.
 * The length of a row as JSON bounds its text generously.
 */
const MAX_WHOLE_ROW = 1500;
const rowsFitOnAPage = (rows: readonly TableCell[][]): boolean =>
  rows.every((row) => JSON.stringify(row).length <= MAX_WHOLE_ROW);

/** Label and value rows, with optional shaded section rows spanning both columns. */
export type FieldRow = { section: string } | { label: string; value: Content };

const labelCell = (label: string): TableCell => ({ text: label, style: 'label', fontSize: 9 });

/**
 * Label and value rows as tables, one per section: a section's shaded title row repeats at the
 * top of a page the section runs onto, and never ends a page alone.
 */
export function fieldTable(rows: readonly FieldRow[], labelWidth = 170): Content {
  const groups: { section: string | null; rows: TableCell[][] }[] = [];
  for (const row of rows) {
    if ('section' in row) groups.push({ section: row.section, rows: [] });
    else {
      const cells = [labelCell(row.label), row.value];
      const last = groups.at(-1);
      if (last === undefined) groups.push({ section: null, rows: [cells] });
      else last.rows.push(cells);
    }
  }
  return {
    stack: groups.map((group, index): Content => ({
      table: {
        widths: [labelWidth, '*'],
        headerRows: group.section === null ? 0 : 1,
        keepWithHeaderRows: group.section === null ? 0 : 1,
        dontBreakRows: rowsFitOnAPage(group.rows),
        body: [
          ...(group.section === null
            ? []
            : [[{ text: group.section, style: 'tableSection', colSpan: 2 }, {}] as TableCell[]]),
          ...group.rows,
        ],
      },
      layout: tableLayout,
      // Sections join up into one table: each after the first draws no top line of its own.
      margin: [0, index === 0 ? 0 : -0.5, 0, 0],
    })),
    fontSize: 9.5,
    margin: [0, 2, 0, 10],
  };
}

/** A table with a header row repeated on every page; rows are never split across pages. */
export function gridTable(
  headers: readonly string[],
  widths: readonly (number | string)[],
  rows: readonly TableCell[][],
): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: rowsFitOnAPage(rows),
      widths: [...widths],
      body: [headers.map((text) => ({ text, style: 'tableHeader' })), ...rows],
    },
    layout: tableLayout,
    fontSize: 8.5,
    lineHeight: 1.2,
    margin: [0, 2, 0, 10],
  };
}

/** A row in a grid that spans every column: internal notes under the record they belong to. */
export function spanningRow(columns: number, content: Content): TableCell[] {
  return [
    { stack: [content], colSpan: columns, fillColor: NOTES_FILL },
    ...Array.from({ length: columns - 1 }, (): TableCell => ({})),
  ];
}

export const internalNotesContent = (notes: string): Content => ({
  text: [{ text: 'Internal notes: ', bold: true }, notes.trim()],
  color: MUTED,
  italics: true,
});

export const hasNotes = (options: ReportOptions, notes: string): boolean =>
  options.includeInternalNotes && notes.trim() !== '';

export const contents = (): Content => ({
  toc: {
    title: { text: 'Contents', style: 'contentsTitle' },
    textStyle: 'contentsEntry',
    numberStyle: 'contentsEntry',
    textMargin: [0, 0.5, 0, 0.5],
    outlines: true,
  },
  margin: [0, 4, 0, 8],
});

export interface FrameSpec {
  title: string;
  /** A second line under the title, e.g. the assessment's name. */
  subtitle?: string;
  /** A sentence under the generation line saying what the report covers. */
  scope?: string;
  orientation: Orientation;
  content: Content[];
}

/** Wraps a report's content in the shared furniture. */
export function reportFrame(input: ReportInput, spec: FrameSpec): PortablePdfDefinition {
  const organisation = organisationName(input.register);
  const { confidential } = input.options;
  const width = textWidth(spec.orientation);
  const titleBlock: Content[] = [
    ...(confidential ? [{ text: 'CONFIDENTIAL', style: 'confidential' }] : []),
    { text: spec.title, style: 'title' },
    ...(spec.subtitle === undefined ? [] : [{ text: spec.subtitle, style: 'subtitle' }]),
    { text: organisation, style: 'organisation' },
    { text: `Generated on ${generatedOn(input.generatedAt)}`, style: 'meta' },
    {
      text: `Register checksum ${checksumStamp(input.checksum)}`,
      style: 'meta',
      margin: [0, 1, 0, 0],
    },
    ...(spec.scope === undefined
      ? []
      : [{ text: spec.scope, style: 'meta', margin: [0, 6, 0, 0] } as Content]),
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: RULE }],
      margin: [0, 12, 0, 10],
    },
  ];
  const headerText = `${organisation} — ${spec.title}`;
  return {
    pageSize: 'A4',
    pageOrientation: spec.orientation,
    pageMargins: spec.orientation === 'portrait' ? PORTRAIT_MARGINS : LANDSCAPE_MARGINS,
    info: {
      title: spec.subtitle === undefined ? spec.title : `${spec.title} — ${spec.subtitle}`,
      author: organisation,
      subject: `${spec.title} of ${organisation}`,
      creator: 'Ropa Desk',
    },
    displayTitle: true,
    content: [...titleBlock, ...spec.content],
    styles: REPORT_STYLES,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25, color: INK },
    runningHeader: {
      text: confidential ? `CONFIDENTIAL  ·  ${headerText}` : headerText,
      fromPage: 2,
    },
    runningFooter: {
      text: `${organisation}  ·  ${spec.title}`,
      detail: `Generated on ${generatedOn(input.generatedAt)}  ·  Register checksum ${checksumStamp(input.checksum)}`,
      pageLabel: 'Page {page} of {pages}',
    },
    keepHeadingsWithNext: true,
  };
}
