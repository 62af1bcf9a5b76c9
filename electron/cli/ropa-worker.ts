/** A worker thread of the Article 30 PDF in Node: draws chunks and finishes the document. */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import PDFDocument from 'pdfkit';
import {
  runTask,
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

parentPort?.on('message', (task: ChunkTask | FinishTask) => {
  runTask(task, newDocument, fonts).then(
    (done) => reply({ ok: true, done }, [done.bytes.buffer as ArrayBuffer]),
    (error: unknown) =>
      reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
