/**
 * The Article 30 record as a PDF, made fast enough for a register of thousands of activities:
 * the activities are split into two runs, one per worker, which lays its run out batch by batch
 * (fixed column widths, each word measured once) and draws it with pdfkit into documents of up
 * to 1,000 activities, both at the same time; a third worker then lays out the front (title,
 * contents, controller block), merges everything with pdf-lib and stamps the page numbers and
 * the checksum. The coordinator here holds only the batch in hand for each worker.
 */
import type { ReportInput } from '../frame';
import { checksumStamp, generatedOn, organisationName } from '../frame';
import {
  activityMeta,
  activityRows,
  organisationRows,
  ROPA_TITLE,
  ropaScope,
  sortedActivities,
} from '../ropa';
import { TextMeasure, type KitDocument, type NewKitDocument, type RopaFonts } from './canvas';
import { documentBytes, drawPages, forgetShapedWords, kitDocument } from './draw';
import { mergeParts, type DocumentInfo, type Furniture } from './merge';
import {
  CONTROLLER_TITLE,
  contentsNumbers,
  layoutActivities,
  layoutFront,
  type ActivityPages,
  type FrontInput,
} from './pages';

export type { KitDocument, NewKitDocument, RopaFonts } from './canvas';

/**
 * The next batch of a part (worker N's run of activities, in order): batches go into one
 * document until `last` ends it, so fonts are read once per document and the merge has few
 * documents to read.
 */
export interface ChunkTask {
  type: 'chunk';
  part: number;
  activities: ActivityPages[];
  last: boolean;
}

export interface ChunkDone {
  /** The document once its last batch is drawn; empty before. */
  bytes: Uint8Array;
  /** Pages each activity of the batch (or of the whole part, for the finish) took, in order. */
  pageCounts: number[];
}

export interface FinishTask {
  type: 'finish';
  front: FrontInput;
  chunks: ChunkDone[];
  furniture: Furniture;
  info: DocumentInfo;
}

interface OpenPart {
  doc: KitDocument;
  measure: TextMeasure;
  bytes: Promise<Uint8Array>;
}

/** In a worker: draws the batches of its part into one document, which the last batch ends. */
export function chunkDrawer(
  newDocument: NewKitDocument,
  fonts: RopaFonts,
): (task: ChunkTask) => Promise<ChunkDone> {
  const open = new Map<number, OpenPart>();
  return async (task) => {
    let part = open.get(task.part);
    if (part === undefined) {
      const doc = kitDocument(newDocument, fonts);
      part = { doc, measure: new TextMeasure(doc), bytes: documentBytes(doc) };
      open.set(task.part, part);
    }
    const { pages, pageCounts } = layoutActivities(task.activities, part.measure);
    drawPages(part.doc, pages);
    forgetShapedWords(part.doc);
    part.measure.forgetWords();
    if (!task.last) return { bytes: new Uint8Array(), pageCounts };
    open.delete(task.part);
    part.doc.end();
    return { bytes: await part.bytes, pageCounts };
  };
}

/** In a worker: the front, then the whole document merged, stamped, linked and bookmarked. */
export async function runFinish(
  task: FinishTask,
  newDocument: NewKitDocument,
  fonts: RopaFonts,
  collect?: () => void,
): Promise<Uint8Array> {
  const doc = kitDocument(newDocument, fonts);
  const measure = new TextMeasure(doc);
  const front = layoutFront(task.front, measure);
  const starts: number[] = [];
  let page = front.pages.length + 1;
  for (const chunk of task.chunks) {
    for (const count of chunk.pageCounts) {
      starts.push(page);
      page += count;
    }
  }
  const targets = [front.controllerPage, ...starts];
  contentsNumbers(front, targets, measure);
  const frontBytes = documentBytes(doc);
  drawPages(doc, front.pages);
  doc.end();
  return mergeParts({
    // Moved out of the task, so each part can be let go once it has been read.
    parts: [await frontBytes, ...task.chunks.splice(0).map((chunk) => chunk.bytes)],
    furniture: task.furniture,
    info: task.info,
    bookmarks: [CONTROLLER_TITLE, ...task.front.activityNames].map((title, index) => ({
      title,
      page: targets[index] ?? 1,
    })),
    links: front.contents.map((entry, index) => ({ entry, page: targets[index] ?? 1 })),
    font: fonts.regular,
    ...(collect === undefined ? {} : { collect }),
  });
}

/** A worker's answer to whichever task comes (the finished document has no page counts). */
export function taskRunner(
  newDocument: NewKitDocument,
  fonts: RopaFonts,
  collect?: () => void,
): (task: ChunkTask | FinishTask) => Promise<ChunkDone> {
  const draw = chunkDrawer(newDocument, fonts);
  return (task) =>
    task.type === 'chunk'
      ? draw(task)
      : runFinish(task, newDocument, fonts, collect).then((bytes) => ({ bytes, pageCounts: [] }));
}

/** What a worker answers: the chunk (or the document), or why it failed. */
export type TaskReply = { ok: true; done: ChunkDone } | { ok: false; message: string };

/** Two workers (or as many as the host has): part N's batches all go to worker N. */
export interface RopaPdfPool {
  readonly size: number;
  chunk(task: ChunkTask): Promise<ChunkDone>;
  finish(task: FinishTask): Promise<Uint8Array>;
}

export interface RopaPdfProgress {
  stage: 'composing' | 'rendering' | 'merging';
  /** Of the activities drawn, while rendering. */
  fraction: number;
}

export interface RopaPdfOptions {
  onProgress?: (progress: RopaPdfProgress) => void;
}

/** Activities a worker draws into one document before starting the next. */
const DOCUMENT_ACTIVITIES = 1_000;

/** Characters of text a batch holds at most, whatever its count: a worker's heap stays small. */
const CHUNK_CHARACTERS = 400_000;

const textWeight = (pages: ActivityPages): number =>
  pages.rows.reduce(
    (sum, row) =>
      sum +
      ('section' in row
        ? row.section.length
        : row.label.length + row.lines.reduce((length, line) => length + line.length, 0)),
    pages.name.length + pages.meta.length,
  );

/** Activities per batch: small enough for smooth progress, large enough to share shaped words. */
export const chunkSize = (activities: number): number =>
  Math.min(100, Math.max(10, Math.ceil(activities / 8)));

function frontInput(input: ReportInput, names: string[]): FrontInput {
  const { register, options } = input;
  return {
    title: ROPA_TITLE,
    organisation: organisationName(register),
    confidential: options.confidential,
    generated: `Generated on ${generatedOn(input.generatedAt)}`,
    checksum: `Register checksum ${checksumStamp(input.checksum)}`,
    scope: ropaScope(names.length),
    controller: register.organisation === null ? null : organisationRows(register.organisation),
    activityNames: names,
  };
}

function furniture(input: ReportInput): Furniture {
  const organisation = organisationName(input.register);
  const header = `${organisation} — ${ROPA_TITLE}`;
  return {
    header: input.options.confidential ? `CONFIDENTIAL  ·  ${header}` : header,
    footer: `${organisation}  ·  ${ROPA_TITLE}`,
    detail: `Generated on ${generatedOn(input.generatedAt)}  ·  Register checksum ${checksumStamp(input.checksum)}`,
    pageLabel: 'Page {page} of {pages}',
  };
}

/** The Article 30 record of the register in `input`, as PDF bytes. */
export async function makeRopaPdf(
  input: ReportInput,
  pool: RopaPdfPool,
  { onProgress }: RopaPdfOptions = {},
): Promise<Uint8Array> {
  onProgress?.({ stage: 'composing', fraction: 0 });
  const activities = sortedActivities(input.register);
  const size = chunkSize(activities.length);
  const lanes = Math.max(1, pool.size);
  const perLane = Math.ceil(activities.length / lanes);
  let drawn = 0;
  /** The next batch from `cursor`: up to `size` activities, and no more text than lays out at ease. */
  const batchFrom = (cursor: number, end: number): ActivityPages[] => {
    const batch: ActivityPages[] = [];
    let characters = 0;
    for (let index = cursor; index < end && batch.length < size; index += 1) {
      const activity = activities[index];
      if (activity === undefined) break;
      const pages: ActivityPages = {
        id: activity.id,
        name: activity.name,
        meta: activityMeta(activity),
        rows: activityRows(input.register, activity, input.options),
      };
      const weight = textWeight(pages);
      if (batch.length > 0 && characters + weight > CHUNK_CHARACTERS) break;
      batch.push(pages);
      characters += weight;
    }
    return batch;
  };
  /**
   * Part `part`: a run of activities in order, drawn by one worker into documents of up to
   * DOCUMENT_ACTIVITIES each (the merge reads one at a time, so its peak follows their size).
   */
  const lane = async (part: number): Promise<ChunkDone[]> => {
    const end = Math.min(activities.length, (part + 1) * perLane);
    let cursor = part * perLane;
    const documents: ChunkDone[] = [];
    let pageCounts: number[] = [];
    while (cursor < end) {
      const batch = batchFrom(cursor, end);
      cursor += batch.length;
      const last = cursor >= end || pageCounts.length + batch.length >= DOCUMENT_ACTIVITIES;
      const done = await pool.chunk({ type: 'chunk', part, activities: batch, last });
      pageCounts.push(...done.pageCounts);
      drawn += batch.length;
      onProgress?.({ stage: 'rendering', fraction: drawn / activities.length });
      if (last) {
        documents.push({ bytes: done.bytes, pageCounts });
        pageCounts = [];
      }
    }
    return documents;
  };
  const parts = await Promise.all(Array.from({ length: lanes }, (_, part) => lane(part)));
  const chunks = parts.flat();
  onProgress?.({ stage: 'merging', fraction: 1 });
  const organisation = organisationName(input.register);
  return pool.finish({
    type: 'finish',
    front: frontInput(
      input,
      activities.map((activity) => activity.name),
    ),
    chunks,
    furniture: furniture(input),
    info: {
      title: ROPA_TITLE,
      author: organisation,
      subject: `${ROPA_TITLE} of ${organisation}`,
      createdAt: input.generatedAt,
    },
  });
}
