/**
 * The Article 30 record as a PDF, made fast enough for a register of thousands of activities:
 * the activities are split into two runs, one per worker, which lays its run out batch by batch
 * (fixed column widths, each character's width looked up once) and writes each page's content
 * stream, compressed, both at the same time; the coordinator then lays out the front (title,
 * contents, controller block) and writes every page into one file as it stands, stamping the
 * page numbers and the checksum and embedding the glyphs the workers drew.
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
import { assemble, type Furniture } from './assemble';
import { TextMeasure } from './canvas';
import type { ChunkDone, ChunkTask } from './chunk';
import { compressedPage, type Deflate } from './content';
import { facesMetrics, readFontFiles } from './font-files';
import { includeUse, openFaces, type RopaFonts } from './fonts';
import { PAGE_HEIGHT } from './flow';
import {
  CONTROLLER_TITLE,
  contentsNumbers,
  layoutFront,
  type ActivityPages,
  type FrontInput,
} from './pages';

export type { Deflate } from './content';
export type { RopaFonts } from './fonts';
export { chunkDrawer, type ChunkDone, type ChunkTask, type TaskReply } from './chunk';

/** Two workers (or as many as the host has): part N's batches all go to worker N. */
export interface RopaPdfPool {
  readonly size: number;
  chunk(task: ChunkTask): Promise<ChunkDone>;
  /** Every batch is drawn: the workers can go, and their memory with them, before the assembly. */
  drawn(): Promise<void>;
}

export interface RopaPdfProgress {
  stage: 'composing' | 'rendering' | 'merging';
  /** Of the activities drawn, while rendering. */
  fraction: number;
}

export interface RopaPdfOptions {
  /** The faces, for the front, the furniture and the embedded fonts. */
  fonts: RopaFonts;
  deflate: Deflate;
  onProgress?: (progress: RopaPdfProgress) => void;
}

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

/**
 * Activities per batch: small enough for smooth progress and a small heap in each worker, large
 * enough to keep both workers busy between messages.
 */
export const chunkSize = (activities: number): number =>
  Math.min(40, Math.max(10, Math.ceil(activities / 8)));

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

/** The pages of each batch, split out of its packed streams (views, not copies). */
function* batchPages(done: ChunkDone): Generator<Uint8Array> {
  let offset = 0;
  for (const length of done.streamLengths) {
    yield done.streams.subarray(offset, offset + length);
    offset += length;
  }
}

/** The Article 30 record of the register in `input`, as PDF bytes. */
export async function makeRopaPdf(
  input: ReportInput,
  pool: RopaPdfPool,
  { fonts, deflate, onProgress }: RopaPdfOptions,
): Promise<Uint8Array> {
  onProgress?.({ stage: 'composing', fraction: 0 });
  const files = readFontFiles(fonts);
  const metrics = facesMetrics(files);
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
  /** Part `part`: a run of activities in order, drawn batch by batch by one worker. */
  const lane = async (part: number): Promise<ChunkDone[]> => {
    const end = Math.min(activities.length, (part + 1) * perLane);
    const batches: ChunkDone[] = [];
    for (let cursor = part * perLane; cursor < end;) {
      const batch = batchFrom(cursor, end);
      cursor += batch.length;
      batches.push(
        await pool.chunk({
          part,
          activities: batch,
          ...(batches.length === 0 ? { metrics } : {}),
        }),
      );
      drawn += batch.length;
      onProgress?.({ stage: 'rendering', fraction: drawn / activities.length });
    }
    return batches;
  };
  const batches = (
    await Promise.all(Array.from({ length: lanes }, (_, part) => lane(part)))
  ).flat();
  await pool.drawn();
  onProgress?.({ stage: 'merging', fraction: 1 });

  const faces = openFaces(metrics);
  for (const batch of batches) includeUse(faces, batch.glyphs);
  const measure = new TextMeasure(faces);
  const frontTask = frontInput(
    input,
    activities.map((activity) => activity.name),
  );
  const front = layoutFront(frontTask, measure);
  const starts: number[] = [];
  let page = front.pages.length + 1;
  for (const batch of batches) {
    for (const count of batch.pageCounts) {
      starts.push(page);
      page += count;
    }
  }
  const targets = [front.controllerPage, ...starts];
  contentsNumbers(front, targets, measure);
  const organisation = organisationName(input.register);
  return assemble({
    pages: [
      ...front.pages.map((frontPage) => compressedPage(frontPage, faces, PAGE_HEIGHT, deflate)),
      ...batches.flatMap((batch) => [...batchPages(batch)]),
    ],
    faces,
    files,
    furniture: furniture(input),
    info: {
      title: ROPA_TITLE,
      author: organisation,
      subject: `${ROPA_TITLE} of ${organisation}`,
      createdAt: input.generatedAt,
    },
    bookmarks: [CONTROLLER_TITLE, ...frontTask.activityNames].map((title, index) => ({
      title,
      page: targets[index] ?? 1,
    })),
    links: front.contents.map((entry, index) => ({ entry, page: targets[index] ?? 1 })),
    deflate,
  });
}
