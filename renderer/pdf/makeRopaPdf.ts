/**
 * The Article 30 record in the window: two workers draw the activities' chunks side by side and
 * one of them finishes the document. This thread only hands out chunks, between which it lets
 * the window breathe; cancelling ends both workers at once.
 */
import {
  makeRopaPdf,
  type ChunkDone,
  type ChunkTask,
  type FinishTask,
  type RopaPdfPool,
  type TaskReply,
} from '../../shared/reports/ropa-pdf';
import type { ReportInput } from '../../shared/reports';
import { isPdfCancelled, type MakePdfOptions } from './makePdf';

const WORKERS = 2;

const cancelled = (): DOMException => new DOMException('The PDF was cancelled.', 'AbortError');

const spawn = (): Worker =>
  new Worker(new URL('./ropa.worker.ts', import.meta.url), { type: 'module', name: 'ropa-pdf' });

/** Two workers draw a part each; the document is finished in a fresh one once they have ended. */
class WindowPool implements RopaPdfPool {
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

const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The Article 30 record of the register in `input`, as PDF bytes. */
export async function makeRopaPdfInWindow(
  input: ReportInput,
  { onProgress, signal }: MakePdfOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (signal?.aborted) throw cancelled();
  const pool = new WindowPool();
  const onAbort = (): void => pool.end(cancelled());
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const bytes = await makeRopaPdf(input, pool, {
      pause: async () => {
        await breathe();
        if (signal?.aborted) throw cancelled();
      },
      onProgress: (progress) => onProgress?.(progress),
    });
    return bytes.buffer instanceof ArrayBuffer
      ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : new Uint8Array(bytes);
  } catch (error) {
    if (isPdfCancelled(error)) throw error;
    throw new Error(
      `The PDF could not be made: ${error instanceof Error ? error.message.replace(/\.$/, '') : String(error)}. Try again; if it fails again, export the ICO spreadsheet instead and report the problem.`,
      { cause: error },
    );
  } finally {
    signal?.removeEventListener('abort', onAbort);
    pool.end(cancelled());
  }
}
