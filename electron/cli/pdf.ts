/**
 * PDF bytes in Node, for the command line: pdfmake's Node API with the Roboto fonts shipped in
 * its package (the window uses the same fonts through the worker's virtual file system).
 */
import { resolve } from 'node:path';
import pdfmake from 'pdfmake';
import {
  toPdfmakeDefinition,
  type PortablePdfDefinition,
} from '../../shared/notice/render/portablePdf';
import { ROBOTO } from './roboto';

const fontFiles = new Set(Object.values(ROBOTO));

let configured = false;

/** Fonts once; no URL is ever fetched and no file read but the fonts. */
function configure(): void {
  if (configured) return;
  pdfmake.setFonts({ Roboto: ROBOTO });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontFiles.has(resolve(path)));
  configured = true;
}

export async function pdfBytes(definition: PortablePdfDefinition): Promise<Uint8Array> {
  configure();
  const buffer = await pdfmake.createPdf(toPdfmakeDefinition(definition)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
