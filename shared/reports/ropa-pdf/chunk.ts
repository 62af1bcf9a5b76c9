/**
 * What a worker of the Article 30 PDF does: lays out a batch of activities and writes each page's
 * content stream, compressed. Kept apart from the assembly so a worker loads no more than this.
 */
import { TextMeasure, type Page } from './canvas';
import { compressed, pageContent, type Deflate } from './content';
import { facesUse, openFaces, type Faces, type FacesMetrics, type FacesUse } from './fonts';
import { PAGE_HEIGHT } from './flow';
import { layoutActivities, type ActivityPages } from './pages';

/** The next batch of a part (worker N's run of activities, in order). */
export interface ChunkTask {
  part: number;
  activities: ActivityPages[];
  /** The faces' metrics, from the coordinator: a worker needs nothing else to lay text out. */
  metrics: FacesMetrics;
}

export interface ChunkDone {
  /** The batch's pages' compressed content streams, one after another. */
  streams: Uint8Array;
  /** Bytes of each page's stream, in order. */
  streamLengths: number[];
  /** Pages each activity of the batch took, in order. */
  pageCounts: number[];
  /** Glyphs the batch drew, for the fonts' subsets. */
  glyphs: FacesUse;
}

/** Each page's compressed content stream, one after another, with their lengths. */
function packedPages(
  pages: readonly Page[],
  faces: Faces,
  deflate: Deflate,
): Pick<ChunkDone, 'streams' | 'streamLengths'> {
  const each = pages.map((page) => compressed(pageContent(page, faces, PAGE_HEIGHT), deflate));
  const streams = new Uint8Array(each.reduce((sum, bytes) => sum + bytes.byteLength, 0));
  let offset = 0;
  for (const bytes of each) {
    streams.set(bytes, offset);
    offset += bytes.byteLength;
  }
  return { streams, streamLengths: each.map((bytes) => bytes.byteLength) };
}

/** In a worker: lays out and writes a batch. Nothing is kept from one batch to the next. */
export function drawChunk(task: ChunkTask, deflate: Deflate): ChunkDone {
  const faces = openFaces(task.metrics);
  const { pages, pageCounts } = layoutActivities(task.activities, new TextMeasure(faces));
  return { ...packedPages(pages, faces, deflate), pageCounts, glyphs: facesUse(faces) };
}

/** What a worker answers: the batch, or why it failed. */
export type TaskReply = { ok: true; done: ChunkDone } | { ok: false; message: string };
