/**
 * The Article 30 PDF in Node (the command line and the bench): two worker threads draw the
 * chunks side by side and one of them finishes the document.
 */
import { Worker } from 'node:worker_threads';
import type { ReportInput } from '../../shared/reports';
import {
  makeRopaPdf,
  type ChunkDone,
  type ChunkTask,
  type FinishTask,
  type RopaPdfPool,
  type TaskReply,
} from '../../shared/reports/ropa-pdf';

const WORKERS = 2;

/**
 * Two threads draw a part each; the document is finished in a fresh third one once they have
 * ended, so the memory the drawing held is given back before the merge needs its own.
 */
class ThreadPool implements RopaPdfPool {
  readonly size = WORKERS;
  private workers: Worker[];

  constructor(private readonly spawn: () => Worker) {
    this.workers = Array.from({ length: WORKERS }, spawn);
  }

  private run(
    worker: Worker | undefined,
    task: ChunkTask | FinishTask,
    transfer: ArrayBuffer[] = [],
  ): Promise<ChunkDone> {
    if (worker === undefined) return Promise.reject(new Error('no PDF worker for this part'));
    return new Promise<ChunkDone>((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      worker.once('error', onError);
      worker.once('message', (reply: TaskReply) => {
        worker.off('error', onError);
        if (reply.ok) resolve(reply.done);
        else reject(new Error(reply.message));
      });
      worker.postMessage(task, transfer);
    });
  }

  /** Part N's batches all go to thread N, which holds the part's document open between them. */
  chunk(task: ChunkTask): Promise<ChunkDone> {
    return this.run(this.workers[task.part], task);
  }

  async finish(task: FinishTask): Promise<Uint8Array> {
    await this.close();
    const fresh = this.spawn();
    this.workers = [fresh];
    // The parts move to the finishing thread rather than being copied there.
    const transfer = task.chunks.map((chunk) => chunk.bytes.buffer as ArrayBuffer);
    return (await this.run(fresh, task, transfer)).bytes;
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** The command line's worker: the TypeScript module, loaded through tsx. */
const SOURCE_WORKER = new URL('./ropa-worker.mjs', import.meta.url);

/** The Article 30 record as PDF bytes; `worker` may name a bundled build of ropa-worker.ts. */
export async function ropaPdfBytes(
  input: ReportInput,
  worker: URL = SOURCE_WORKER,
): Promise<Uint8Array> {
  const pool = new ThreadPool(() => new Worker(worker));
  try {
    return await makeRopaPdf(input, pool);
  } finally {
    await pool.close();
  }
}
