/**
 * PDF bytes in Node, for the command line: pdfmake's Node API with the Roboto fonts shipped in
 * its package (the window uses the same fonts through the worker's virtual file system).
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import {
  toPdfmakeDefinition,
  type PortablePdfDefinition,
} from '../../shared/notice/render/portablePdf';

const robotoFolder = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
const ROBOTO = {
  normal: join(robotoFolder, 'Roboto-Regular.ttf'),
  bold: join(robotoFolder, 'Roboto-Medium.ttf'),
  italics: join(robotoFolder, 'Roboto-Italic.ttf'),
  bolditalics: join(robotoFolder, 'Roboto-MediumItalic.ttf'),
};
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
