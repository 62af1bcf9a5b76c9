/** The PDF reports: their kinds, titles and builders (document definitions, as data). */
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import type { ReportInput } from './frame';
import { LIA_TITLE, liaReport } from './lia';
import { RETENTION_TITLE, retentionReport } from './retention';
import { ROPA_TITLE, ropaReport } from './ropa';
import { THIRD_PARTIES_TITLE, thirdPartiesReport } from './third-parties';
import { TRANSFERS_TITLE, transfersReport } from './transfers';

export {
  checksumStamp,
  defaultReportOptions,
  generatedOn,
  type ReportInput,
  type ReportOptions,
} from './frame';
export { liaReport, ropaReport, retentionReport, thirdPartiesReport, transfersReport };

export const reportKinds = ['ropa', 'third-parties', 'transfers', 'retention', 'lia'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const isReportKind = (value: string): value is ReportKind =>
  (reportKinds as readonly string[]).includes(value);

export const reportTitles: Record<ReportKind, string> = {
  ropa: ROPA_TITLE,
  'third-parties': THIRD_PARTIES_TITLE,
  transfers: TRANSFERS_TITLE,
  retention: RETENTION_TITLE,
  lia: LIA_TITLE,
};

/** What a report is about beyond the register: the LIA's id for 'lia'. */
export interface ReportSubject {
  liaId?: string;
}

export class ReportSubjectError extends Error {}

export const reportBuilders: Record<
  ReportKind,
  (input: ReportInput, subject?: ReportSubject) => PortablePdfDefinition
> = {
  ropa: ropaReport,
  'third-parties': thirdPartiesReport,
  transfers: transfersReport,
  retention: retentionReport,
  lia: (input, subject) => {
    const lia = input.register.lias.find((l) => l.id === subject?.liaId);
    if (lia === undefined) {
      throw new ReportSubjectError(
        `there is no legitimate interests assessment with the id “${subject?.liaId ?? ''}”`,
      );
    }
    return liaReport(input, lia);
  },
};
