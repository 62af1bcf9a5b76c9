/**
 * The Article 30 PDF in Node (the command line and the bench): two worker threads lay out and
 * write the batches side by side; once they have ended, this thread puts the document together.
 */
import { Worker } from 'node:worker_threads';
import type { ReportInput } from '../../shared/reports';
import {
  makeRopaPdf,
  type ChunkDone,
  type ChunkTask,
  type RopaPdfPool,
  type TaskReply,
} from '../../shared/reports/ropa-pdf';
import { nodeDeflate } from './node-deflate';
import { ropaFonts } from './roboto';

const WORKERS = 2;

/** Two threads, one per part: part N's batches all go to thread N, in order; ended once all are drawn. */
class ThreadPool implements RopaPdfPool {
  readonly size = WORKERS;
  private readonly workers: Worker[];

  constructor(spawn: () => Worker) {
    this.workers = Array.from({ length: WORKERS }, spawn);
  }

  chunk(task: ChunkTask): Promise<ChunkDone> {
    const worker = this.workers[task.part];
    if (worker === undefined) return Promise.reject(new Error('no PDF worker for this part'));
    return new Promise<ChunkDone>((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      worker.once('error', onError);
      worker.once('message', (reply: TaskReply) => {
        worker.off('error', onError);
        if (reply.ok) resolve(reply.done);
        else reject(new Error(reply.message));
      });
      worker.postMessage(task);
    });
  }

  async drawn(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** The command line's worker: the TypeScript module, loaded through tsx. */
const SOURCE_WORKER = new URL('./ropa-worker.mjs', import.meta.url);

/** The Article 30 record as PDF bytes; `worker` may name a bundled build of ropa-worker.ts. */
export async function ropaPdfBytes(
  input: ReportInput,
  worker: URL = SOURCE_WORKER,
): Promise<Uint8Array> {
  // A small young generation: each batch's garbage is swept often instead of growing the heap.
  const pool = new ThreadPool(
    () => new Worker(worker, { resourceLimits: { maxYoungGenerationSizeMb: 2 } }),
  );
  try {
    return await makeRopaPdf(input, pool, { fonts: ropaFonts(), deflate: nodeDeflate });
  } finally {
    await pool.close();
  }
}
