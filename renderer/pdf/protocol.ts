/** The messages between the window and the PDF worker; both sides import these types. */
import type { PortablePdfDefinition } from '../../shared/notice/render/portablePdf';

export interface PdfRequest {
  type: 'make';
  definition: PortablePdfDefinition;
}

export type PdfStage = 'started' | 'rendering' | 'done';

export interface PdfProgress {
  stage: PdfStage;
  /** 0 to 1 while pages are drawn; pdfmake reports nothing finer during layout. */
  fraction: number;
}

export type PdfResponse =
  | ({ type: 'progress' } & PdfProgress)
  | { type: 'done'; bytes: ArrayBuffer }
  | { type: 'failed'; message: string };
