/**
 * One report being made: reads the register, has the worker build and draw the PDF (so the
 * window stays responsive), reports progress, and can be cancelled at any point.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { registerChecksum } from '../../../shared/register-file/format';
import type { ReportKind, ReportOptions, ReportSubject } from '../../../shared/reports';
import { getAdequacy } from '../../db/repos/adequacy';
import { snapshot } from '../../db/repos/register';
import { getReviewIntervals } from '../../db/repos/review-intervals';
import { isPdfCancelled, makeReport, type PdfProgress } from '../../pdf/makePdf';
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
    try {
      const [register, adequacy, reviewIntervals] = await Promise.all([
        snapshot(),
        getAdequacy(),
        getReviewIntervals(),
      ]);
      const checksum = await registerChecksum(register);
      if (abort.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      const input = {
        register,
        checksum,
        generatedAt: new Date().toISOString(),
        options,
        adequacy: adequacy.list,
        reviewIntervals,
      };
      const making = {
        signal: abort.signal,
        onProgress: (progress: PdfProgress) => setRun({ state: 'making', progress }),
      };
      // The Article 30 record can run to thousands of pages: it has a faster engine of its own.
      const bytes =
        kind === 'ropa'
          ? await makeRopaPdfInWindow(input, making)
          : await makeReport({ kind, subject, input }, making);
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
