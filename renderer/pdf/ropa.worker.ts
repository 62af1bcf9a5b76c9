/**
 * A worker of the Article 30 PDF: draws a chunk of activities with pdfkit, or finishes the
 * document (front, merge, page numbers). Two run side by side (makeRopaPdf.ts).
 */
import '../jitless';
import PDFDocument from 'pdfkit/js/pdfkit.standalone.js';
import vfs from 'pdfmake/build/vfs_fonts';
import {
  taskRunner,
  type ChunkDone,
  type ChunkTask,
  type FinishTask,
  type KitDocument,
  type TaskReply,
} from '../../shared/reports/ropa-pdf';

declare const self: DedicatedWorkerGlobalScope;

/** Roboto from pdfmake's font file system, the faces every report in the window is set in. */
function face(name: string): Uint8Array {
  const base64 = (vfs as Record<string, string | undefined>)[name];
  if (base64 === undefined) throw new Error(`the font ${name} is missing from the PDF engine`);
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

const newDocument = (): KitDocument =>
  new PDFDocument({ size: 'A4', autoFirstPage: false, compress: true }) as KitDocument;

let run: ((task: ChunkTask | FinishTask) => Promise<ChunkDone>) | undefined;

function reply(message: TaskReply, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

self.addEventListener('message', (event: MessageEvent<ChunkTask | FinishTask>) => {
  run ??= taskRunner(newDocument, {
    regular: face('Roboto-Regular.ttf'),
    bold: face('Roboto-Medium.ttf'),
    italic: face('Roboto-Italic.ttf'),
  });
  run(event.data).then(
    (done) => reply({ ok: true, done }, [done.bytes.buffer]),
    (error: unknown) =>
      reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
