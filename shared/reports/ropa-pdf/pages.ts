/**
 * The Article 30 PDF's pages as display lists: each activity from a fresh page (heading, status
 * line, its table of the ICO's columns), and the front (title block, contents, controller block).
 */
import { ACCENT, ACTIVITY_LABEL_WIDTH, CONFIDENTIAL_RED, INK, MUTED } from '../look';
import type { RecordRow } from '../ropa';
import type { Page, TextMeasure } from './canvas';
import { Flow, LEFT, TEXT_WIDTH, type TextStyle } from './flow';

export interface ActivityPages {
  id: string;
  name: string;
  /** Status, owner and review dates, as under the heading. */
  meta: string;
  rows: RecordRow[];
}

const HEADING: TextStyle = { font: 'bold', size: 13.5, color: ACCENT };
const NOTE: TextStyle = { font: 'regular', size: 9, color: MUTED };
const CONTROLLER_LABEL_WIDTH = 170;

/** Activities one after another, each starting a page; how many pages each took. */
export function layoutActivities(
  activities: readonly ActivityPages[],
  measure: TextMeasure,
): { pages: Page[]; pageCounts: number[] } {
  const flow = new Flow(measure);
  const pageCounts: number[] = [];
  activities.forEach((activity, index) => {
    if (index > 0) flow.newPage();
    const first = flow.pageNumber;
    flow.paragraph(activity.name, HEADING, { bottom: 6 });
    if (activity.meta !== '') flow.paragraph(activity.meta, NOTE, { bottom: 8 });
    flow.table(activity.rows, ACTIVITY_LABEL_WIDTH);
    pageCounts.push(flow.pageNumber - first + 1);
  });
  return { pages: flow.pages, pageCounts };
}

export interface FrontInput {
  title: string;
  organisation: string;
  confidential: boolean;
  /** "Generated on 25 November 2026 at 12:00". */
  generated: string;
  /** "Register checksum 3f2a… (SHA-256 of the register)". */
  checksum: string;
  scope: string;
  /** The controller block; null when the organisation is not yet described. */
  controller: RecordRow[] | null;
  activityNames: string[];
}

export const CONTROLLER_TITLE = 'Controller, data protection officer and representative';

/** A contents line: where it is drawn, so its page number and link go there once known. */
export interface ContentsEntry {
  page: number;
  y: number;
  height: number;
}

export interface FrontLayout {
  pages: Page[];
  /** Entry 0 is the controller block, then one per activity, in order. */
  contents: ContentsEntry[];
  /** The page the controller block starts on. */
  controllerPage: number;
}

const CONTENTS_STYLE: TextStyle = { font: 'regular', size: 9.5, color: INK, spacing: 1.1 };
const CONTENTS_NUMBER_WIDTH = 40;

function titleBlock(flow: Flow, input: FrontInput): void {
  if (input.confidential) {
    flow.paragraph(
      'CONFIDENTIAL',
      // No letter spacing: text extraction and screen readers would read it letter by letter.
      { font: 'bold', size: 9, color: CONFIDENTIAL_RED },
      { bottom: 8 },
    );
  }
  flow.paragraph(input.title, { font: 'bold', size: 22, color: ACCENT, spacing: 1.1 });
  flow.paragraph(input.organisation, { font: 'bold', size: 13, color: INK }, { top: 8, bottom: 2 });
  const meta: TextStyle = { font: 'regular', size: 9.5, color: MUTED };
  flow.paragraph(input.generated, meta);
  flow.paragraph(input.checksum, meta, { top: 1 });
  flow.paragraph(input.scope, meta, { top: 6 });
  flow.y += 12;
  flow.rule(flow.y);
  flow.y += 10;
}

function contentsEntry(flow: Flow, text: string): ContentsEntry {
  const lines = flow.wrap(text, TEXT_WIDTH - CONTENTS_NUMBER_WIDTH, CONTENTS_STYLE);
  const lineHeight = flow.lineHeight(CONTENTS_STYLE) + 1;
  if (lines.length * lineHeight > flow.room()) flow.newPage();
  const entry = { page: flow.pageNumber, y: flow.y, height: lines.length * lineHeight };
  lines.forEach((line, index) => {
    flow.place(line, LEFT, flow.y + 0.5 + index * lineHeight, CONTENTS_STYLE);
  });
  flow.y += entry.height;
  return entry;
}

/** The title block, the contents (numbers left to draw) and the controller block. */
export function layoutFront(input: FrontInput, measure: TextMeasure): FrontLayout {
  const flow = new Flow(measure);
  titleBlock(flow, input);
  const hasActivities = input.activityNames.length > 0;
  const contents: ContentsEntry[] = [];
  if (hasActivities) {
    flow.paragraph('Contents', { font: 'bold', size: 11, color: ACCENT }, { top: 8, bottom: 6 });
    contents.push(contentsEntry(flow, CONTROLLER_TITLE));
    for (const name of input.activityNames) contents.push(contentsEntry(flow, name));
    flow.y += 8;
  }
  // The heading goes with the start of the block below it.
  if (flow.room() < 80) flow.newPage();
  flow.paragraph(CONTROLLER_TITLE, HEADING, { top: 16, bottom: 6 });
  const controllerPage = flow.pageNumber;
  if (input.controller === null) {
    flow.paragraph('The organisation has not been described yet.', {
      font: 'italic',
      size: 10,
      color: MUTED,
    });
  } else flow.table(input.controller, CONTROLLER_LABEL_WIDTH);
  if (!hasActivities) {
    flow.paragraph('Processing activities', HEADING, { top: 16, bottom: 6 });
    flow.paragraph('No activities recorded yet.', { font: 'italic', size: 10, color: MUTED });
  }
  return { pages: flow.pages, contents, controllerPage };
}

/** Each contents entry's page number, right-aligned on its first line. */
export function contentsNumbers(
  layout: FrontLayout,
  targets: readonly number[],
  measure: TextMeasure,
): void {
  layout.contents.forEach((entry, index) => {
    const text = String(targets[index] ?? '');
    const width = measure.width(text, CONTENTS_STYLE.font, CONTENTS_STYLE.size);
    layout.pages[entry.page - 1]?.push({
      op: 'text',
      text,
      x: LEFT + TEXT_WIDTH - width,
      y: entry.y + 0.5,
      font: CONTENTS_STYLE.font,
      size: CONTENTS_STYLE.size,
      color: CONTENTS_STYLE.color,
    });
  });
}
