/**
 * One report being made: reads the register, has the worker build and draw the PDF (so the
 * window stays responsive), reports progress, and can be cancelled at any point.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { registerChecksum } from '../../../shared/register-file/format';
import type {
  DefinitionReportKind,
  ReportKind,
  ReportOptions,
  ReportSubject,
} from '../../../shared/reports';
import { getAdequacy } from '../../db/repos/adequacy';
import { snapshot } from '../../db/repos/register';
import { getReviewIntervals } from '../../db/repos/review-intervals';
import {
  isPdfCancelled,
  makeReport,
  type MakePdfOptions,
  type PdfProgress,
} from '../../pdf/makePdf';
import { makeRopaPdfInWindow } from '../../pdf/makeRopaPdf';

export type ReportRun =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'making'; progress: PdfProgress }
  | { state: 'ready'; bytes: Uint8Array<ArrayBuffer>; seconds: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

export interface ReportRequestInput {
  kind: ReportKind;
  subject: ReportSubject;
  options: ReportOptions;
}

/** The other reports: the register read here, then built and drawn in the PDF worker. */
async function makeDefinitionReport(
  kind: DefinitionReportKind,
  subject: ReportSubject,
  options: ReportOptions,
  signal: AbortSignal,
  making: MakePdfOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const [register, adequacy, reviewIntervals] = await Promise.all([
    snapshot(),
    getAdequacy(),
    getReviewIntervals(),
  ]);
  const checksum = await registerChecksum(register);
  if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
  const input = {
    register,
    checksum,
    generatedAt: new Date().toISOString(),
    options,
    adequacy: adequacy.list,
    reviewIntervals,
  };
  return makeReport({ kind, subject, input }, making);
}

export function useReportRun() {
  const [run, setRun] = useState<ReportRun>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setRun({ state: 'idle' }), []);
  // A report still being made when the screen closes is of no use to anyone: end its worker.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async ({ kind, subject, options }: ReportRequestInput) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const started = performance.now();
    setRun({ state: 'reading' });
    const making = {
      signal: abort.signal,
      onProgress: (progress: PdfProgress) => setRun({ state: 'making', progress }),
    };
    try {
      // The Article 30 record can run to thousands of pages: it has an engine of its own,
      // which reads the register in its worker rather than on this thread.
      const bytes =
        kind === 'ropa'
          ? await makeRopaPdfInWindow(options, making)
          : await makeDefinitionReport(kind, subject, options, abort.signal, making);
      setRun({ state: 'ready', bytes, seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      if (isPdfCancelled(error)) setRun({ state: 'cancelled' });
      else
        setRun({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  return { run, start, cancel, reset };
}
