/**
 * The Article 30 record in the window: its own worker reads the register, works out the
 * checksum and has two more workers draw it, so this thread only shows the progress; cancelling
 * ends the worker, and the drawing workers with it.
 */
import type { ReportOptions } from '../../shared/reports';
import type { MakePdfOptions } from './makePdf';
import type { RopaReportReply, RopaReportRequest } from './ropa-report.worker';

const cancelled = (): DOMException => new DOMException('The PDF was cancelled.', 'AbortError');

const failed = (reason: string): Error =>
  new Error(
    `The PDF could not be made: ${reason.replace(/\.$/, '')}. Try again; if it fails again, export the ICO spreadsheet instead and report the problem.`,
  );

/** The Article 30 record of the register as it is now, as PDF bytes. */
export function makeRopaPdfInWindow(
  options: ReportOptions,
  { onProgress, signal }: MakePdfOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (signal?.aborted) return Promise.reject(cancelled());
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ropa-report.worker.ts', import.meta.url), {
      type: 'module',
      name: 'ropa-report',
    });
    const finish = (outcome: () => void): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    function onAbort(): void {
      finish(() => reject(cancelled()));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<RopaReportReply>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress?.({ stage: message.stage, fraction: message.fraction });
          return;
        case 'done':
          finish(() => resolve(new Uint8Array(message.bytes)));
          return;
        case 'failed':
          finish(() => reject(failed(message.message)));
      }
    });
    worker.addEventListener('error', (event) => {
      // A worker that cannot load (a blocked or missing script) lands here, not in a message.
      event.preventDefault();
      finish(() =>
        reject(failed(`the PDF engine did not start${event.message ? ` (${event.message})` : ''}`)),
      );
    });
    const request: RopaReportRequest = { options, generatedAt: new Date().toISOString() };
    worker.postMessage(request);
  });
}
