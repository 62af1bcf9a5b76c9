/**
 * Makes a PDF in a worker: one worker per PDF, ended when the bytes arrive, on failure, or when
 * the caller's AbortSignal fires (which is how a long report is cancelled).
 */
import type { PortablePdfDefinition } from '../../shared/notice/render/portablePdf';
import type { PdfProgress, PdfRequest, PdfResponse, ReportRequest } from './protocol';

export type { PdfProgress, PdfStage } from './protocol';

export interface MakePdfOptions {
  onProgress?: (progress: PdfProgress) => void;
  /** Aborting ends the worker at once; the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

/** What every failure says before its reason. */
const FAILED = 'The PDF could not be made';

const cancelled = (): DOMException => new DOMException('The PDF was cancelled.', 'AbortError');

/** True for the rejection of a cancelled makePdf, which callers usually ignore. */
export const isPdfCancelled = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

const pdfWorker = (): Worker =>
  new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' });

export const makePdf = (
  definition: PortablePdfDefinition,
  options: MakePdfOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  runPdfWorker(pdfWorker, { type: 'make', definition } satisfies PdfRequest, options);

/** A report of `kind`, built and drawn in the worker from the register in `input`. */
export const makeReport = (
  report: Omit<ReportRequest, 'type'>,
  options: MakePdfOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  runPdfWorker(pdfWorker, { type: 'report', ...report } satisfies PdfRequest, options);

/**
 * Posts `request` to a fresh worker from `spawn`, which answers with PdfResponse messages:
 * progress, then the bytes or why it failed. The worker is ended when it answers or is cancelled.
 */
export function runPdfWorker(
  spawn: () => Worker,
  request: unknown,
  options: MakePdfOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const { onProgress, signal } = options;
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise((resolve, reject) => {
    const worker = spawn();
    const finish = (outcome: () => void): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const fail = (reason: string): void => finish(() => reject(new Error(`${FAILED}: ${reason}`)));
    function onAbort(): void {
      finish(() => reject(cancelled()));
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.addEventListener('message', (event: MessageEvent<PdfResponse>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress?.({ stage: message.stage, fraction: message.fraction });
          return;
        case 'done':
          finish(() => resolve(new Uint8Array(message.bytes)));
          return;
        case 'failed':
          fail(
            `${message.message.replace(/\.$/, '')}. Try again; if it fails again, save it in another format and report the problem.`,
          );
          return;
      }
    });
    worker.addEventListener('error', (event) => {
      // A worker that cannot load (a missing file, a blocked script) lands here, not in a message.
      event.preventDefault();
      fail(
        `the PDF engine did not start${event.message ? ` (${event.message})` : ''}. Reload the window (Ctrl+R) and try again.`,
      );
    });
    worker.addEventListener('messageerror', () =>
      fail('the PDF engine sent back something unreadable. Try again.'),
    );

    try {
      worker.postMessage(request);
    } catch (error) {
      // Only a definition that is not plain data (a function, say) fails to be cloned.
      fail(
        `the document definition is not plain data (${error instanceof Error ? error.message : String(error)}). This is a bug in the report: please report it.`,
      );
    }
  });
}
