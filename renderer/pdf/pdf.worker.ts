/**
 * The PDF worker: turns a document definition into PDF bytes off the main thread, so a long
 * report never freezes the window. The only module that loads pdfmake in the window. It
 * answers one request with progress messages, then `done` (the bytes, transferred) or `failed`.
 */
import '../jitless';
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import {
  toPdfmakeDefinition,
  type PortablePdfDefinition,
} from '../../shared/notice/render/portablePdf';
import { reportBuilders } from '../../shared/reports';
import type { PdfRequest, PdfResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

// vfs_fonts registers itself only on a global pdfMake, which a bundled worker lacks.
pdfMake.addVirtualFileSystem(vfs);
// A definition never needs the network: images are embedded, fonts come from the vfs.
pdfMake.setUrlAccessPolicy(() => false);

function post(message: PdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

/** pdfmake reports progress per object written; a message per 5% is plenty for a bar. */
function progressReporter(): (fraction: number) => void {
  let last = 0;
  return (fraction) => {
    if (fraction - last < 0.05 && fraction < 1) return;
    last = fraction;
    post({ type: 'progress', stage: 'rendering', fraction: Math.min(1, fraction) });
  };
}

function definitionFor(request: PdfRequest): PortablePdfDefinition {
  if (request.type === 'make') return request.definition;
  post({ type: 'progress', stage: 'composing', fraction: 0 });
  return reportBuilders[request.kind](request.input, request.subject);
}

async function make(request: PdfRequest): Promise<void> {
  const definition = definitionFor(request);
  post({ type: 'progress', stage: 'started', fraction: 0 });
  pdfMake.setProgressCallback(progressReporter());
  const blob = await pdfMake.createPdf(toPdfmakeDefinition(definition)).getBlob();
  const bytes = await blob.arrayBuffer();
  post({ type: 'progress', stage: 'done', fraction: 1 });
  post({ type: 'done', bytes }, [bytes]);
}

self.addEventListener('message', (event: MessageEvent<PdfRequest>) => {
  if (event.data.type !== 'make' && event.data.type !== 'report') {
    post({ type: 'failed', message: 'The PDF worker received a request it does not know.' });
    return;
  }
  make(event.data).catch((error: unknown) => {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
