/**
 * The ICO audit preparation pack: one document an organisation can hand an auditor — the
 * compliance summary, the Article 30 record, processors and contracts, transfers and TRAs,
 * every LIA, DPIA screening, the retention schedule, the privacy notices in force with their
 * history, and a summary of the audit trail — composed from the registers' own report bodies.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { partitionFindings } from '../checks/accepted';
import { runChecks, severities, summarise, type Finding, type Severity } from '../checks';
import type { Lia } from '../domain/assessments';
import { dpiaScreeningLabels, dpiaStatusLabels } from '../domain/enums';
import type { Register } from '../domain/register';
import { screeningOutcome } from '../dpia/screening';
import { liaStatusLabels, outcome } from '../lia/rules';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import { UK_ADEQUACY_BASELINE } from '../reference/adequacy';
import { longDate } from '../util/long-date';
import { auditTrailContent, noticesContent } from './audit-records';
import type { ReportBody } from './body';
import {
  contents,
  emptyLine,
  fieldTable,
  gridTable,
  MUTED,
  reportDay,
  reportFrame,
  SECTION_LEVEL,
  subheading,
  value,
  type Orientation,
  type ReportInput,
} from './frame';
import { liaBody } from './lia';
import { endsPage } from './page-end';
import { retentionBody } from './retention';
import { ropaBody, ropaScope, sortedActivities } from './ropa';
import { thirdPartiesBody } from './third-parties';
import { transfersBody } from './transfers';

export const AUDIT_PACK_TITLE = 'ICO audit preparation pack';

/** Up to this many activities, LIAs or notices each get a line in the contents. */
const MAX_CONTENTS_ENTRIES = 30;

const severityNames: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** A part of the pack: always on a new page, in the contents, in the orientation its tables need. */
function part(text: string, id: string, orientation: Orientation): Content {
  return {
    text,
    style: 'heading',
    headlineLevel: SECTION_LEVEL,
    tocItem: true,
    id,
    pageBreak: 'before',
    pageOrientation: orientation,
  };
}

const scopeNote = (scope: string | undefined): Content[] =>
  scope === undefined ? [] : [{ text: scope, style: 'note' }];

const fromBody = (body: ReportBody): Content[] => [...scopeNote(body.scope), ...body.content];

function findingsTable(findings: readonly Finding[]): Content {
  return gridTable(
    ['Record', 'Finding', 'Basis'],
    [120, '*', 110],
    findings.map((finding): TableCell[] => [
      { text: finding.record.name, bold: true },
      finding.message,
      { text: finding.basis, color: MUTED },
    ]),
  );
}

function complianceSummary(input: ReportInput, today: string): Content[] {
  const findings = runChecks({
    register: input.register,
    today,
    adequacy: input.adequacy ?? UK_ADEQUACY_BASELINE,
    reviewIntervals: input.reviewIntervals,
  });
  const { open, accepted, expired } = partitionFindings(
    findings,
    input.register.acceptedRisks,
    today,
  );
  const counts = summarise(open);
  const content: Content[] = [
    {
      text: `The compliance checks run over the register on ${longDate(today)}, by the UK GDPR, the Data Protection Act 2018, PECR and the ICO's guidance. Each finding names the record to put right.`,
      style: 'paragraph',
    },
    fieldTable([
      ...severities.map((severity) => ({
        label: `${severityNames[severity]} severity`,
        value: value(String(counts[severity])),
      })),
      { label: 'Open findings', value: { text: String(counts.total), bold: true } },
      {
        label: 'Accepted as known risks',
        value: value(
          accepted.length === 0
            ? 'None'
            : `${accepted.length} ${accepted.length === 1 ? 'finding is' : 'findings are'} accepted as known risks and left out of the counts above`,
        ),
      },
      ...(expired.length === 0
        ? []
        : [
            {
              label: 'Expired acceptances',
              value: value(
                `${expired.length} ${expired.length === 1 ? 'acceptance has' : 'acceptances have'} expired; those findings count again`,
              ),
            },
          ]),
    ]),
  ];
  if (open.length === 0) content.push(emptyLine('No open findings.'));
  for (const severity of severities) {
    const these = open.filter((f) => f.severity === severity);
    if (these.length === 0) continue;
    content.push(
      subheading(`${severityNames[severity]} severity (${these.length})`),
      findingsTable(these),
    );
  }
  return content;
}

const liaDecision = (lia: Lia): string => liaStatusLabels[outcome(lia.path, lia.answers).status];

function liasContent(input: ReportInput): Content[] {
  const { register } = input;
  const lias = [...register.lias].sort((a, b) =>
    a.title.localeCompare(b.title, 'en-GB', { numeric: true }),
  );
  if (lias.length === 0) return [emptyLine('No legitimate interests assessments recorded yet.')];
  const names = (lia: Lia): string[] =>
    register.activities.filter((a) => lia.activityIds.includes(a.id)).map((a) => a.name);
  const listed = lias.length <= MAX_CONTENTS_ENTRIES;
  return [
    {
      text: `${lias.length} ${lias.length === 1 ? 'assessment' : 'assessments'}; each follows in full, with the three-part test question by question.`,
      style: 'note',
    },
    ...endsPage([
      gridTable(
        ['Assessment', 'Processing covered', 'Status', 'Decision'],
        [130, '*', 100, 105],
        lias.map((lia) => [
          { text: lia.title, bold: true },
          value(names(lia)),
          `${lia.status === 'completed' ? 'Completed' : 'Draft'}, revision ${lia.revision}`,
          { text: liaDecision(lia), bold: true },
        ]),
      ),
    ]),
    ...lias.flatMap((lia): Content[] => [
      {
        text: lia.title,
        style: 'heading',
        headlineLevel: SECTION_LEVEL,
        pageBreak: 'before',
        ...(listed ? { tocItem: true, tocMargin: [12, 0, 0, 0], id: `lia-${lia.id}` } : {}),
      },
      ...endsPage(liaBody(input, lia, true)),
    ]),
  ];
}

function dpiaContent(register: Register): Content[] {
  const activities = sortedActivities(register);
  if (activities.length === 0) return [emptyLine('No activities recorded yet.')];
  return [
    {
      text: 'Each activity screened against the ICO’s list of processing that always needs a data protection impact assessment.',
      style: 'note',
    },
    gridTable(
      ['Activity', 'Screening', 'Screening items answered yes', 'DPIA'],
      [115, 95, '*', 105],
      activities.map((activity) => {
        const { dpia } = activity;
        const result = screeningOutcome(dpia.answers);
        return [
          { text: activity.name, bold: true },
          value([
            dpiaScreeningLabels[dpia.screening],
            result.complete ? '' : 'Checklist not complete',
          ]),
          {
            stack: [
              value(result.reasons.length === 0 ? 'None' : result.reasons.map((r) => `• ${r}`)),
              ...(dpia.notes.trim() === ''
                ? []
                : [{ text: dpia.notes.trim(), color: MUTED, margin: [0, 2, 0, 0] } as Content]),
            ],
          },
          value([dpiaStatusLabels[dpia.status], dpia.link]),
        ];
      }),
    ),
  ];
}

export function auditPackReport(input: ReportInput): PortablePdfDefinition {
  const { register } = input;
  const today = reportDay(input.generatedAt);
  const activityCount = register.activities.length;
  // Each part starts a page, so each ends without a bottom margin (see page-end.ts).
  const parts: Content[][] = [
    [contents()],
    [
      part('Compliance summary', 'compliance-summary', 'portrait'),
      ...complianceSummary(input, today),
    ],
    [
      part('Article 30 record of processing', 'article-30', 'portrait'),
      { text: ropaScope(activityCount), style: 'note' },
      ...ropaBody(input, {
        nested: true,
        activitiesInContents: activityCount <= MAX_CONTENTS_ENTRIES,
      }),
    ],
    [
      part('Processors, other third parties and contracts', 'third-parties', 'landscape'),
      ...fromBody(thirdPartiesBody(input)),
    ],
    [
      part('International transfers and transfer risk assessments', 'transfers', 'landscape'),
      ...fromBody(transfersBody(input)),
    ],
    [part('Legitimate interests assessments', 'lias', 'portrait'), ...liasContent(input)],
    [part('DPIA screening', 'dpia', 'portrait'), ...dpiaContent(register)],
    [part('Retention schedule', 'retention', 'landscape'), ...fromBody(retentionBody(input))],
    [
      part('Privacy notices', 'notices', 'portrait'),
      ...noticesContent(register, register.noticeVersions.length <= MAX_CONTENTS_ENTRIES),
    ],
    [part('Audit trail', 'audit-trail', 'portrait'), ...auditTrailContent(register)],
  ];
  const content = parts.flatMap(endsPage);
  return reportFrame(input, {
    title: AUDIT_PACK_TITLE,
    scope: `Prepared for an audit by the Information Commissioner's Office: the compliance checks on ${longDate(today)}, the Article 30 record, processors and contracts, transfers, legitimate interests assessments, DPIA screening, retention, privacy notices and the audit trail.`,
    orientation: 'portrait',
    content,
  });
}
