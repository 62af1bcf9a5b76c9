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

class ThreadPool implements RopaPdfPool {
  readonly size = WORKERS;
  private readonly idle: Worker[];

  constructor(private readonly workers: Worker[]) {
    this.idle = [...workers];
  }

  private run(task: ChunkTask | FinishTask): Promise<ChunkDone> {
    const worker = this.idle.pop();
    if (worker === undefined) return Promise.reject(new Error('no idle PDF worker'));
    return new Promise<ChunkDone>((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      worker.once('error', onError);
      worker.once('message', (reply: TaskReply) => {
        worker.off('error', onError);
        this.idle.push(worker);
        if (reply.ok) resolve(reply.done);
        else reject(new Error(reply.message));
      });
      worker.postMessage(task);
    });
  }

  chunk(task: ChunkTask): Promise<ChunkDone> {
    return this.run(task);
  }

  async finish(task: FinishTask): Promise<Uint8Array> {
    return (await this.run(task)).bytes;
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
  const pool = new ThreadPool(Array.from({ length: WORKERS }, () => new Worker(worker)));
  try {
    return await makeRopaPdf(input, pool);
  } finally {
    await pool.close();
  }
}
