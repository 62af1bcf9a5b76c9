/**
 * The transfers register: each restricted transfer's recipient, destinations and mechanism,
 * the verdict on the day by the UK adequacy list, and where its transfer risk assessment stands.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { art49ExceptionLabels, traStatusLabels, transferMechanismLabels } from '../domain/enums';
import type { Tra } from '../domain/assessments';
import type { Transfer } from '../domain/transfer';
import type { Register } from '../domain/register';
import { countryName } from '../reference/countries';
import { UK_ADEQUACY_BASELINE } from '../reference/adequacy';
import { isTraOutcome, traOutcomeIds } from '../tra/outcome';
import { traOutcomeLabels } from '../tra/questions';
import { transferVerdict, transferVerdictLabels } from '../transfers/verdict';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import {
  dateOrEmpty,
  emptyLine,
  gridTable,
  hasNotes,
  internalNotesContent,
  MUTED,
  reportDay,
  reportFrame,
  spanningRow,
  value,
  type ReportInput,
} from './frame';
import type { ReportBody } from './body';

export const TRANSFERS_TITLE = 'International transfers register';

const HEADERS = [
  'Recipient',
  'Activities',
  'Destinations',
  'Mechanism',
  'Supplementary measures',
  'Verdict',
  'Transfer risk assessment',
] as const;
const WIDTHS = [95, 105, 70, 110, 120, 60, '*'];

function mechanismCell(transfer: Transfer): Content {
  return value([
    transfer.mechanism === null
      ? 'No safeguard chosen yet'
      : transferMechanismLabels[transfer.mechanism],
    transfer.art49Exception === null ? '' : art49ExceptionLabels[transfer.art49Exception],
    transfer.recipientCertified === null
      ? ''
      : transfer.recipientCertified
        ? 'Recipient certified'
        : 'Recipient not certified',
  ]);
}

function traCell(transfer: Transfer, tra: Tra | undefined): Content {
  if (tra === undefined) return value(traStatusLabels[transfer.traStatus]);
  const result = tra.answers[traOutcomeIds.outcome];
  const by = tra.answers[traOutcomeIds.completedBy];
  const on = tra.answers[traOutcomeIds.completedOn];
  return {
    stack: [
      { text: tra.status === 'completed' ? 'Completed' : 'In progress', bold: true },
      ...[
        isTraOutcome(result) ? traOutcomeLabels[result] : '',
        typeof by === 'string' && by.trim() !== '' ? `By ${by.trim()}` : '',
        typeof on === 'string' && on !== '' ? `On ${dateOrEmpty(on)}` : '',
        `Revision ${tra.revision}`,
      ]
        .filter((line) => line !== '')
        .map((line) => ({ text: line, color: MUTED })),
    ],
  };
}

function rows(register: Register, transfer: Transfer, input: ReportInput): TableCell[][] {
  const party = register.thirdParties.find((p) => p.id === transfer.thirdPartyId);
  const activities = register.activities.filter((a) => transfer.activityIds.includes(a.id));
  const tra = register.tras.find((t) => t.transferId === transfer.id);
  const verdict = transferVerdict(
    tra
      ? { ...transfer, traStatus: tra.status === 'completed' ? 'completed' : 'in-progress' }
      : transfer,
    input.adequacy ?? UK_ADEQUACY_BASELINE,
    reportDay(input.generatedAt),
  );
  const row: TableCell[] = [
    {
      stack: [
        { text: party?.name ?? 'Unknown recipient', bold: true },
        ...(transfer.reviewDate === null
          ? []
          : [{ text: `Review ${dateOrEmpty(transfer.reviewDate)}`, color: MUTED }]),
      ],
    },
    value(activities.map((a) => a.name)),
    value(transfer.destinations.map(countryName).join(', ')),
    mechanismCell(transfer),
    value(transfer.supplementaryMeasures),
    { text: transferVerdictLabels[verdict], bold: verdict !== 'covered' },
    traCell(transfer, tra),
  ];
  return hasNotes(input.options, transfer.internalNotes)
    ? [row, spanningRow(HEADERS.length, internalNotesContent(transfer.internalNotes))]
    : [row];
}

/** The transfers table without its frame, with the sentence saying what it covers. */
export function transfersBody(input: ReportInput): ReportBody {
  const { register } = input;
  const name = (t: Transfer): string =>
    register.thirdParties.find((p) => p.id === t.thirdPartyId)?.name ?? '';
  const transfers = [...register.transfers].sort((a, b) => name(a).localeCompare(name(b), 'en-GB'));
  return {
    scope:
      transfers.length === 0
        ? undefined
        : `${transfers.length} restricted ${transfers.length === 1 ? 'transfer' : 'transfers'} of personal data outside the UK. Verdicts are judged by the UK adequacy list on the day the report was generated.`,
    content:
      transfers.length === 0
        ? [emptyLine('No international transfers recorded yet.')]
        : [
            gridTable(
              HEADERS,
              WIDTHS,
              transfers.flatMap((t) => rows(register, t, input)),
            ),
          ],
  };
}

export function transfersReport(input: ReportInput): PortablePdfDefinition {
  return reportFrame(input, {
    title: TRANSFERS_TITLE,
    orientation: 'landscape',
    ...transfersBody(input),
  });
}
