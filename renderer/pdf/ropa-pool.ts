/**
 * The Article 30 record's drawing workers, started from the report's own worker (workers may
 * start workers): two draw a part each, then a fresh one finishes the document.
 */
import type {
  ChunkDone,
  ChunkTask,
  FinishTask,
  RopaPdfPool,
  TaskReply,
} from '../../shared/reports/ropa-pdf';

const WORKERS = 2;

const spawn = (): Worker =>
  new Worker(new URL('./ropa.worker.ts', import.meta.url), { type: 'module', name: 'ropa-pdf' });

/** Two workers draw a part each; the document is finished in a fresh one once they have ended. */
export class WindowPool implements RopaPdfPool {
  readonly size = WORKERS;
  private workers: Worker[] = Array.from({ length: WORKERS }, spawn);
  private readonly pending = new Set<(error: Error) => void>();

  private run(
    worker: Worker | undefined,
    task: ChunkTask | FinishTask,
    transfer: Transferable[] = [],
  ): Promise<ChunkDone> {
    if (worker === undefined) return Promise.reject(new Error('no PDF worker for this part'));
    return new Promise<ChunkDone>((resolve, reject) => {
      const settle = (): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.pending.delete(reject);
      };
      const onMessage = (event: MessageEvent<TaskReply>): void => {
        settle();
        if (event.data.ok) resolve(event.data.done);
        else reject(new Error(event.data.message));
      };
      const onError = (event: ErrorEvent): void => {
        // A worker that cannot load (a blocked or missing script) lands here, not in a message.
        event.preventDefault();
        settle();
        reject(
          new Error(`the PDF engine did not start${event.message ? ` (${event.message})` : ''}`),
        );
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      this.pending.add(reject);
      worker.postMessage(task, transfer);
    });
  }

  /** Part N's batches all go to worker N, which holds the part's document open between them. */
  chunk(task: ChunkTask): Promise<ChunkDone> {
    return this.run(this.workers[task.part], task);
  }

  async finish(task: FinishTask): Promise<Uint8Array> {
    // The chunk workers' memory is given back before the merge needs its own.
    for (const worker of this.workers) worker.terminate();
    const fresh = spawn();
    this.workers = [fresh];
    // The parts move to the finishing worker rather than being copied there.
    const transfer = task.chunks.map((chunk) => chunk.bytes.buffer as ArrayBuffer);
    return (await this.run(fresh, task, transfer)).bytes;
  }

  /** Ends both workers; whatever they were doing rejects with `reason`. */
  end(reason: Error): void {
    for (const worker of this.workers) worker.terminate();
    for (const reject of this.pending) reject(reason);
    this.pending.clear();
  }
}
