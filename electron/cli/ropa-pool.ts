/**
 * The Article 30 PDF in Node (the command line and the bench): two worker threads draw the
 * chunks side by side and one of them finishes the document.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
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
 * A chunk's drawing needs little memory at a time but leaves much garbage; a small heap makes
 * the thread collect it as it goes rather than grow (chunks are cut by size, so one fits).
 */
const CHUNK_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

/**
 * Two threads for the chunks; the document is finished in a fresh third one once they have
 * ended, so the memory the chunks' drawing held is given back before the merge needs its own.
 */
class ThreadPool implements RopaPdfPool {
  readonly size = WORKERS;
  private workers: Worker[];
  private idle: Worker[];

  constructor(private readonly spawn: (limits?: ResourceLimits) => Worker) {
    this.workers = Array.from({ length: WORKERS }, () => spawn(CHUNK_LIMITS));
    this.idle = [...this.workers];
  }

  private run(task: ChunkTask | FinishTask, transfer: ArrayBuffer[] = []): Promise<ChunkDone> {
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
      worker.postMessage(task, transfer);
    });
  }

  chunk(task: ChunkTask): Promise<ChunkDone> {
    return this.run(task);
  }

  async finish(task: FinishTask): Promise<Uint8Array> {
    await this.close();
    const fresh = this.spawn();
    this.workers = [fresh];
    this.idle = [fresh];
    // The chunks move to the finishing thread rather than being copied there.
    return (
      await this.run(
        task,
        task.chunks.map((chunk) => chunk.bytes.buffer as ArrayBuffer),
      )
    ).bytes;
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
  const pool = new ThreadPool((resourceLimits) => new Worker(worker, { resourceLimits }));
  try {
    return await makeRopaPdf(input, pool);
  } finally {
    await pool.close();
  }
}
