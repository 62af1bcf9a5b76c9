/**
 * What a worker of the Article 30 PDF does: lays out a batch of activities and writes each page's
 * content stream, compressed. Kept apart from the assembly so a worker loads no more than this.
 */
import { TextMeasure } from './canvas';
import { compressedPage, type Deflate } from './content';
import { facesUse, openFaces, type Faces, type FacesMetrics, type FacesUse } from './fonts';
import { PAGE_HEIGHT } from './flow';
import { layoutActivities, type ActivityPages } from './pages';

/** The next batch of a part (worker N's run of activities, in order). */
export interface ChunkTask {
  part: number;
  activities: ActivityPages[];
  /**
   * The faces' metrics, from the coordinator, with a part's first batch: a worker needs nothing
   * else to lay text out.
   */
  metrics?: FacesMetrics;
}

export interface ChunkDone {
  /** The batch's pages' compressed content streams, one after another. */
  streams: Uint8Array;
  /** Bytes of each page's stream, in order. */
  streamLengths: number[];
  /** Pages each activity of the batch took, in order. */
  pageCounts: number[];
  /** Glyphs the worker has drawn so far, for the fonts' widths and text map. */
  glyphs: FacesUse;
}

/** Bytes one after another in one buffer, which moves to the coordinator without a copy. */
function packed(pieces: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.byteLength;
  }
  return bytes;
}

/**
 * In a worker: lays out and writes each batch it is given, with the faces its part's first
 * brought. Each activity's pages are compressed as soon as they are laid out, so only one
 * activity's display lists are alive at a time and the worker's heap stays small.
 */
export function chunkDrawer(deflate: Deflate): (task: ChunkTask) => ChunkDone {
  let faces: Faces | undefined;
  return (task) => {
    if (task.metrics !== undefined) faces = openFaces(task.metrics);
    const drawWith = faces;
    if (drawWith === undefined)
      throw new Error('The PDF worker was given pages to draw before its fonts.');
    const measure = new TextMeasure(drawWith);
    const streams: Uint8Array[] = [];
    const pageCounts = task.activities.map((activity) => {
      const { pages } = layoutActivities([activity], measure);
      for (const page of pages) streams.push(compressedPage(page, drawWith, PAGE_HEIGHT, deflate));
      return pages.length;
    });
    return {
      streams: packed(streams),
      streamLengths: streams.map((bytes) => bytes.byteLength),
      pageCounts,
      glyphs: facesUse(drawWith),
    };
  };
}

/** What a worker answers: the batch, or why it failed. */
export type TaskReply = { ok: true; done: ChunkDone } | { ok: false; message: string };
