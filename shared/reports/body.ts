/** A report's body without its frame, so the packs can compose the registers' sections. */
import type { Content } from 'pdfmake/interfaces';

export interface ReportBody {
  /** A sentence saying what the section covers; none for an empty register. */
  scope: string | undefined;
  content: Content[];
}
