/** The Article 30 PDF made in this process (no worker threads) and read back with pdftotext. */
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { nodeDeflate } from '../../../../electron/cli/node-deflate';
import { ropaFonts } from '../../../../electron/cli/roboto';
import type { ReportInput } from '../../../../shared/reports';
import {
  chunkDrawer,
  makeRopaPdf,
  type RopaPdfOptions,
  type RopaPdfPool,
} from '../../../../shared/reports/ropa-pdf';

/** What the command line gives the engine: Roboto from disk and Node's zlib. */
export const engine = { fonts: ropaFonts(), deflate: nodeDeflate };

/** Runs the batches here, in turn, as two workers would run them side by side. */
export function inProcessPool(): RopaPdfPool {
  const workers = [chunkDrawer(engine.deflate), chunkDrawer(engine.deflate)];
  return {
    size: workers.length,
    chunk: async (task) => {
      const worker = workers[task.part];
      if (worker === undefined) throw new Error(`no worker for part ${task.part}`);
      return worker(task);
    },
    drawn: async () => undefined,
  };
}

export const ropaPdf = (
  input: ReportInput,
  options: Omit<RopaPdfOptions, 'fonts' | 'deflate'> = {},
): Promise<Uint8Array> => makeRopaPdf(input, inProcessPool(), { ...engine, ...options });

/** pdftotext's reading of the PDF: raw (in drawing order), or laid out as the lines on the page. */
export function pdfText(bytes: Uint8Array, mode: 'raw' | 'reading' = 'raw'): string {
  const result = spawnSync('pdftotext', [mode === 'raw' ? '-raw' : '-layout', '-', '-'], {
    input: bytes,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** The text of each page, in order (pdftotext ends each page with a form feed). */
export const pageTexts = (bytes: Uint8Array, mode: 'raw' | 'reading' = 'raw'): string[] =>
  pdfText(bytes, mode).split('\f').slice(0, -1);

export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether every word of `phrase` appears in `text` in order (a row split across pages is interrupted by the page's furniture). */
export function wordsInOrder(text: string, phrase: string): boolean {
  let from = 0;
  for (const word of oneLine(phrase).split(' ')) {
    const at = text.indexOf(word, from);
    if (at === -1) return false;
    from = at + word.length;
  }
  return true;
}
