/**
 * The retention schedule: for each activity, what data is kept, for how long, from when, why,
 * how it is disposed of, and the policy document it follows.
 */
import type { TableCell } from 'pdfmake/interfaces';
import type { Activity } from '../domain/activity';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import { emptyLine, gridTable, MUTED, reportFrame, value, yesNo, type ReportInput } from './frame';
import type { ReportBody } from './body';

export const RETENTION_TITLE = 'Retention schedule';

const HEADERS = [
  'Activity',
  'Personal data',
  'Retention period',
  'Starts from',
  'Justification',
  'Disposal',
  'Policy document',
] as const;
const WIDTHS = [85, 110, 100, 75, 135, 70, '*'];

function row(activity: Activity): TableCell[] {
  const { retention } = activity;
  return [
    { text: activity.name, bold: true },
    value(activity.personalData.join('; ')),
    value(retention.period),
    value(retention.trigger),
    value(retention.justification),
    value(retention.disposal),
    {
      stack: [
        value(retention.policyDocument),
        {
          text: `Followed: ${yesNo(retention.followsPolicy)}${
            retention.notFollowingReason.trim() === ''
              ? ''
              : ` — ${retention.notFollowingReason.trim()}`
          }`,
          color: MUTED,
          margin: [0, 2, 0, 0],
        },
      ],
    },
  ];
}

/** The retention table without its frame, with the sentence saying what it covers. */
export function retentionBody(input: ReportInput): ReportBody {
  const activities = [...input.register.activities].sort((a, b) =>
    a.name.localeCompare(b.name, 'en-GB'),
  );
  return {
    scope:
      activities.length === 0
        ? undefined
        : `How long the personal data of each of the ${activities.length} processing activities is kept, and why.`,
    content:
      activities.length === 0
        ? [emptyLine('No activities recorded yet.')]
        : [gridTable(HEADERS, WIDTHS, activities.map(row))],
  };
}

export function retentionReport(input: ReportInput): PortablePdfDefinition {
  return reportFrame(input, {
    title: RETENTION_TITLE,
    orientation: 'landscape',
    ...retentionBody(input),
  });
}
