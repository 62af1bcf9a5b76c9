/**
 * The Article 30 record in the window: its own worker reads the register, works out the
 * checksum and has two more workers draw it, so this thread only shows the progress; cancelling
 * ends the worker, and the drawing workers with it.
 */
import type { ReportOptions } from '../../shared/reports';
import { runPdfWorker, type MakePdfOptions } from './makePdf';
import type { RopaReportRequest } from './ropa-report.worker';

const ropaReportWorker = (): Worker =>
  new Worker(new URL('./ropa-report.worker.ts', import.meta.url), {
    type: 'module',
    name: 'ropa-report',
  });

/** The Article 30 record of the register as it is now, as PDF bytes. */
export const makeRopaPdfInWindow = (
  options: ReportOptions,
  making: MakePdfOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  runPdfWorker(
    ropaReportWorker,
    { options, generatedAt: new Date().toISOString() } satisfies RopaReportRequest,
    making,
  );
