/**
 * The Article 30 record's drawing workers, started from the report's own worker (workers may
 * start workers): two draw a part each, and end once every batch is drawn.
 */
import type { ChunkDone, ChunkTask, RopaPdfPool, TaskReply } from '../../shared/reports/ropa-pdf';

const WORKERS = 2;

const spawn = (): Worker =>
  new Worker(new URL('./ropa.worker.ts', import.meta.url), { type: 'module', name: 'ropa-pdf' });

/** Two workers draw a part each, batch by batch. */
export class WindowPool implements RopaPdfPool {
  readonly size = WORKERS;
  private readonly workers: Worker[] = Array.from({ length: WORKERS }, spawn);
  private readonly pending = new Set<(error: Error) => void>();

  private run(worker: Worker | undefined, task: ChunkTask): Promise<ChunkDone> {
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
      worker.postMessage(task);
    });
  }

  /** Part N's batches all go to worker N, which holds the part's document open between them. */
  chunk(task: ChunkTask): Promise<ChunkDone> {
    return this.run(this.workers[task.part], task);
  }

  drawn(): Promise<void> {
    for (const worker of this.workers) worker.terminate();
    return Promise.resolve();
  }

  /** Ends both workers; whatever they were doing rejects with `reason`. */
  end(reason: Error): void {
    for (const worker of this.workers) worker.terminate();
    for (const reject of this.pending) reject(reason);
    this.pending.clear();
  }
}
