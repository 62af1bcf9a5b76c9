/**
 * The Article 30 record as a PDF, made fast enough for a register of thousands of activities:
 * the activities are cut into chunks that two workers lay out (fixed column widths, each word
 * measured once) and draw with pdfkit at the same time; one worker then lays out the front
 * (title, contents, controller block), merges everything with pdf-lib and stamps the page
 * numbers and the checksum. The coordinator here holds only one chunk's text per worker.
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
import { TextMeasure, type NewKitDocument, type RopaFonts } from './canvas';
import { drawPages, kitDocument } from './draw';
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

export interface ChunkTask {
  type: 'chunk';
  activities: ActivityPages[];
}

export interface ChunkDone {
  bytes: Uint8Array;
  /** Pages each activity of the chunk took, in order. */
  pageCounts: number[];
}

export interface FinishTask {
  type: 'finish';
  front: FrontInput;
  chunks: ChunkDone[];
  furniture: Furniture;
  info: DocumentInfo;
}

/** In a worker: one chunk of activities as a PDF of its own. */
export async function runChunk(
  task: ChunkTask,
  newDocument: NewKitDocument,
  fonts: RopaFonts,
): Promise<ChunkDone> {
  const doc = kitDocument(newDocument, fonts);
  const { pages, pageCounts } = layoutActivities(task.activities, new TextMeasure(doc));
  return { bytes: await drawPages(doc, pages), pageCounts };
}

/** In a worker: the front, then the whole document merged, stamped, linked and bookmarked. */
export async function runFinish(
  task: FinishTask,
  newDocument: NewKitDocument,
  fonts: RopaFonts,
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
  const frontBytes = await drawPages(doc, front.pages);
  return mergeParts({
    parts: [frontBytes, ...task.chunks.map((chunk) => chunk.bytes)],
    furniture: task.furniture,
    info: task.info,
    bookmarks: [CONTROLLER_TITLE, ...task.front.activityNames].map((title, index) => ({
      title,
      page: targets[index] ?? 1,
    })),
    links: front.contents.map((entry, index) => ({ entry, page: targets[index] ?? 1 })),
    font: fonts.regular,
  });
}

/** In a worker: whichever task came, answered as a chunk (the finished document has no page counts). */
export const runTask = (
  task: ChunkTask | FinishTask,
  newDocument: NewKitDocument,
  fonts: RopaFonts,
): Promise<ChunkDone> =>
  task.type === 'chunk'
    ? runChunk(task, newDocument, fonts)
    : runFinish(task, newDocument, fonts).then((bytes) => ({ bytes, pageCounts: [] }));

/** What a worker answers: the chunk (or the document), or why it failed. */
export type TaskReply = { ok: true; done: ChunkDone } | { ok: false; message: string };

/** Two workers (or as many as the host has) that run tasks; `finish` runs in any one of them. */
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
  /** Lets the host's event loop breathe between chunks (the window's main thread). */
  pause?: () => Promise<void>;
}

/** Characters of text a chunk holds at most, whatever its count: a worker's heap stays small. */
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

/** Activities per chunk: small enough to spread over the workers, large enough to share fonts. */
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
  { onProgress, pause = async () => {} }: RopaPdfOptions = {},
): Promise<Uint8Array> {
  onProgress?.({ stage: 'composing', fraction: 0 });
  const activities = sortedActivities(input.register);
  const size = chunkSize(activities.length);
  const chunks: ChunkDone[] = [];
  let cursor = 0;
  let drawn = 0;
  /** The next chunk: up to `size` activities, and no more text than a worker lays out at ease. */
  const nextChunk = (): ActivityPages[] => {
    const chunk: ActivityPages[] = [];
    let characters = 0;
    while (cursor < activities.length && chunk.length < size) {
      const activity = activities[cursor];
      if (activity === undefined) break;
      const pages: ActivityPages = {
        id: activity.id,
        name: activity.name,
        meta: activityMeta(activity),
        rows: activityRows(input.register, activity, input.options),
      };
      const weight = textWeight(pages);
      if (chunk.length > 0 && characters + weight > CHUNK_CHARACTERS) break;
      chunk.push(pages);
      characters += weight;
      cursor += 1;
    }
    return chunk;
  };
  const lane = async (): Promise<void> => {
    while (cursor < activities.length) {
      const index = chunks.length;
      const slice = nextChunk();
      chunks.push({ bytes: new Uint8Array(), pageCounts: [] });
      await pause();
      chunks[index] = await pool.chunk({ type: 'chunk', activities: slice });
      drawn += slice.length;
      onProgress?.({ stage: 'rendering', fraction: drawn / activities.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, pool.size) }, lane));
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
