/** A worker thread of the Article 30 PDF in Node: draws chunks and finishes the document. */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import PDFDocument from 'pdfkit';
import {
  taskRunner,
  type ChunkTask,
  type FinishTask,
  type KitDocument,
  type RopaFonts,
  type TaskReply,
} from '../../shared/reports/ropa-pdf';
import { ROBOTO } from './roboto';

const fonts: RopaFonts = {
  regular: readFileSync(ROBOTO.normal),
  bold: readFileSync(ROBOTO.bold),
  italic: readFileSync(ROBOTO.italics),
};

const newDocument = (): KitDocument =>
  new PDFDocument({ size: 'A4', autoFirstPage: false, compress: true }) as unknown as KitDocument;

const reply = (message: TaskReply, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer);

/**
 * Each part of the work leaves much garbage that V8, left to itself, lets pile up into hundreds
 * of MB: the thread collects it between parts. A worker cannot be started with --expose-gc, so
 * the flag is set here and the collector taken from a fresh context, where it then appears.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const run = taskRunner(newDocument, fonts, gc);

parentPort?.on('message', (task: ChunkTask | FinishTask) => {
  run(task).then(
    (done) => {
      reply({ ok: true, done }, [done.bytes.buffer as ArrayBuffer]);
      gc();
    },
    (error: unknown) =>
      reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
