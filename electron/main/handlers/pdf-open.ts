/**
 * 'pdf:open': writes a PDF made in the window to a temporary folder and opens it in the
 * system's PDF viewer, where the person prints it (the window itself shows no PDFs).
 */
import { join } from 'node:path';
import type { OpenPdfRequest, OpenPdfResponse } from '../../../shared/ipc/contract';
import { writeFileAtomic, type AtomicFs } from './atomic-write';
import { safeSuggestedName } from './file-save';
import { describeSaveError } from './fs-errors';

export interface OpenPdfDeps {
  /** A folder of Ropa Desk's own under the system's temporary folder. */
  folder: string;
  fs: AtomicFs;
  mkdir(path: string): Promise<void>;
  /** shell.openPath: resolves to '' on success, or to an error message. */
  openPath(path: string): Promise<string>;
}

const PDF_MAGIC = '%PDF-';

/** The name as the save dialog would clean it, always ending in .pdf. */
export const pdfFileName = (name: string): string =>
  safeSuggestedName(`${name.replace(/\.pdf$/i, '')}.pdf`);

export async function openPdf(
  request: OpenPdfRequest,
  deps: OpenPdfDeps,
): Promise<OpenPdfResponse> {
  const head = new TextDecoder().decode(request.data.subarray(0, PDF_MAGIC.length));
  if (head !== PDF_MAGIC) {
    return { status: 'failed', message: 'That is not a PDF, so it was not opened.' };
  }
  const path = join(deps.folder, pdfFileName(request.name));
  try {
    await deps.mkdir(deps.folder);
    await writeFileAtomic(path, request.data, deps.fs);
  } catch (error) {
    return {
      status: 'failed',
      message: `The PDF could not be prepared for printing: ${describeSaveError(error, path)} Or save the PDF and print it from there.`,
    };
  }
  const error = await deps.openPath(path);
  if (error === '') return { status: 'opened', path };
  return {
    status: 'failed',
    message: `No PDF viewer opened it (${error}). Save the PDF and open it in your PDF viewer to print it; a copy is at ${path}.`,
  };
}
