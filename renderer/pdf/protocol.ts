/** The messages between the window and the PDF worker; both sides import these types. */
import type { PortablePdfDefinition } from '../../shared/notice/render/portablePdf';
import type { DefinitionReportKind, ReportInput, ReportSubject } from '../../shared/reports';

/** A report built in the worker from the register, so even its layout never blocks the window. */
export interface ReportRequest {
  type: 'report';
  kind: DefinitionReportKind;
  input: ReportInput;
  subject: ReportSubject;
}

export type PdfRequest = { type: 'make'; definition: PortablePdfDefinition } | ReportRequest;

/**
 * 'composing': the report is being built from the register; 'started': pages are laid out;
 * 'merging': the Article 30 record's chunks are put together and numbered.
 */
export type PdfStage = 'composing' | 'started' | 'rendering' | 'merging' | 'done';

export interface PdfProgress {
  stage: PdfStage;
  /** 0 to 1 while pages are drawn; pdfmake reports nothing finer during layout. */
  fraction: number;
}

export type PdfResponse =
  | ({ type: 'progress' } & PdfProgress)
  | { type: 'done'; bytes: ArrayBuffer }
  | { type: 'failed'; message: string };
