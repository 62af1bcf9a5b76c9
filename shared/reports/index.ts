/** The PDF reports: their kinds, titles and builders (document definitions, as data). */
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import { AUDIT_PACK_TITLE, auditPackReport } from './audit-pack';
import type { ReportInput } from './frame';
import { FUNDER_TITLE, funderChoices, funderReport, type FunderSubjectResolved } from './funder';
import { LIA_TITLE, liaReport } from './lia';
import { RETENTION_TITLE, retentionReport } from './retention';
import { ROPA_TITLE } from './ropa';
import { THIRD_PARTIES_TITLE, thirdPartiesReport } from './third-parties';
import { TRANSFERS_TITLE, transfersReport } from './transfers';

export {
  checksumStamp,
  defaultReportOptions,
  generatedOn,
  type ReportInput,
  type ReportOptions,
} from './frame';
export { funderChoices, type FunderChoice } from './funder';
export {
  auditPackReport,
  funderReport,
  liaReport,
  retentionReport,
  thirdPartiesReport,
  transfersReport,
};

export const reportKinds = [
  'ropa',
  'third-parties',
  'transfers',
  'retention',
  'lia',
  'funder',
  'audit-pack',
] as const;
export type ReportKind = (typeof reportKinds)[number];

export const isReportKind = (value: string): value is ReportKind =>
  (reportKinds as readonly string[]).includes(value);

export const reportTitles: Record<ReportKind, string> = {
  ropa: ROPA_TITLE,
  'third-parties': THIRD_PARTIES_TITLE,
  transfers: TRANSFERS_TITLE,
  retention: RETENTION_TITLE,
  lia: LIA_TITLE,
  funder: FUNDER_TITLE,
  'audit-pack': AUDIT_PACK_TITLE,
};

/** What a report is about beyond the register: the LIA for 'lia', the funder for 'funder'. */
export interface ReportSubject {
  liaId?: string;
  funderId?: string;
  /** One of the programmes named on the funder's activities; left out, all its work. */
  programme?: string;
}

export class ReportSubjectError extends Error {}

/** The funder and programme a pack is for, or a ReportSubjectError saying what is wrong. */
export function resolveFunderSubject(
  input: ReportInput,
  subject: ReportSubject | undefined,
): FunderSubjectResolved {
  const id = subject?.funderId ?? '';
  if (id === '') throw new ReportSubjectError('choose the funder the pack is for');
  const party = input.register.thirdParties.find((p) => p.id === id);
  if (party === undefined)
    throw new ReportSubjectError(`there is no third party with the id “${id}”`);
  if (party.type !== 'funder') {
    throw new ReportSubjectError(
      `“${party.name}” is not a funder: set its type to Funder, or choose a funder`,
    );
  }
  const wanted = subject?.programme?.trim() ?? '';
  if (wanted === '') return { funder: party, programme: null };
  const programmes = funderChoices(input.register).find((c) => c.id === id)?.programmes ?? [];
  const programme = programmes.find(
    (p) => p.toLocaleLowerCase('en-GB') === wanted.toLocaleLowerCase('en-GB'),
  );
  if (programme === undefined) {
    throw new ReportSubjectError(
      programmes.length === 0
        ? `no activity funded by ${party.name} names a programme; leave the programme out`
        : `no activity funded by ${party.name} names the programme “${wanted}”: its programmes are ${programmes.join(', ')}`,
    );
  }
  return { funder: party, programme };
}

/** The reports pdfmake draws; the Article 30 record has an engine of its own (ropa-pdf). */
export type DefinitionReportKind = Exclude<ReportKind, 'ropa'>;

export const definitionReportKinds = reportKinds.filter(
  (kind): kind is DefinitionReportKind => kind !== 'ropa',
);

export const reportBuilders: Record<
  DefinitionReportKind,
  (input: ReportInput, subject?: ReportSubject) => PortablePdfDefinition
> = {
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
  funder: (input, subject) => funderReport(input, resolveFunderSubject(input, subject)),
  'audit-pack': auditPackReport,
};
