/**
 * The Article 30 record's own worker: it reads the register from the database itself, works out
 * its checksum and hands the activities to two drawing workers in batches, so the window's
 * thread does nothing but show the progress. Answers as the PDF worker does (protocol.ts).
 */
import '../jitless';
import { registerChecksum } from '../../shared/register-file/format';
import type { ReportOptions } from '../../shared/reports';
import { makeRopaPdf, type RopaFonts } from '../../shared/reports/ropa-pdf';
import vfs from 'pdfmake/build/vfs_fonts';
import { database } from '../db/database';
import { snapshot } from '../db/repos/register';
import type { PdfResponse } from './protocol';
import { windowDeflate } from './deflate';
import { WindowPool } from './ropa-pool';

declare const self: DedicatedWorkerGlobalScope;

export interface RopaReportRequest {
  options: ReportOptions;
  /** When the report is made, as an ISO timestamp. */
  generatedAt: string;
}

const post = (message: PdfResponse, transfer: Transferable[] = []): void =>
  self.postMessage(message, transfer);

/** Roboto from pdfmake's font file system, the faces every report in the window is set in. */
function face(name: string): Uint8Array {
  const base64 = (vfs as Record<string, string | undefined>)[name];
  if (base64 === undefined) throw new Error(`the font ${name} is missing from the PDF engine`);
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

const fonts = (): RopaFonts => ({
  regular: face('Roboto-Regular.ttf'),
  bold: face('Roboto-Medium.ttf'),
  italic: face('Roboto-Italic.ttf'),
});

async function make({ options, generatedAt }: RopaReportRequest): Promise<void> {
  const register = await snapshot();
  // Closed at once: an open connection here would hold up a later upgrade of the database.
  database().close();
  const input = { register, checksum: await registerChecksum(register), generatedAt, options };
  const pool = new WindowPool();
  try {
    const bytes = await makeRopaPdf(input, pool, {
      fonts: fonts(),
      deflate: windowDeflate,
      onProgress: (progress) => post({ type: 'progress', ...progress }),
    });
    const buffer =
      bytes.buffer instanceof ArrayBuffer && bytes.byteLength === bytes.buffer.byteLength
        ? bytes.buffer
        : bytes.slice().buffer;
    post({ type: 'done', bytes: buffer }, [buffer]);
  } finally {
    pool.end(new Error('The PDF was finished.'));
  }
}

self.addEventListener('message', (event: MessageEvent<RopaReportRequest>) => {
  make(event.data).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
