/**
 * The third-party register: who receives or processes data, in what role, and where the
 * contract, the Article 28 checklist and the due diligence stand.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { contractStatusLabels, thirdPartyKindLabels, thirdPartyTypeLabels } from '../domain/enums';
import type { ThirdParty } from '../domain/third-party';
import { describeChecklist } from '../processors/article28';
import { countryName } from '../reference/countries';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import {
  dateOrEmpty,
  emptyLine,
  gridTable,
  hasNotes,
  internalNotesContent,
  MUTED,
  reportFrame,
  spanningRow,
  value,
  type ReportInput,
} from './frame';
import type { ReportBody } from './body';

export const THIRD_PARTIES_TITLE = 'Third-party register';

const HEADERS = [
  'Third party',
  'Role',
  'Services and data shared',
  'Countries',
  'Contract',
  'Article 28 terms',
  'Due diligence',
] as const;
const WIDTHS = [95, 70, 145, 60, 95, 100, '*'];

const isProcessor = (party: ThirdParty): boolean =>
  party.kind === 'processor' || party.kind === 'sub-processor';

function contractCell(party: ThirdParty): Content {
  const { contract } = party;
  return {
    stack: [
      { text: contractStatusLabels[contract.status], bold: true },
      ...[
        contract.reference,
        contract.signedOn && `Signed ${dateOrEmpty(contract.signedOn)}`,
        contract.expiresOn && `Expires ${dateOrEmpty(contract.expiresOn)}`,
        contract.document,
      ]
        .filter((line): line is string => line !== null && line.trim() !== '')
        .map((line) => ({ text: line, color: MUTED })),
    ],
  };
}

function dueDiligenceCell(party: ThirdParty): Content {
  const { dueDiligence } = party;
  return value([
    dueDiligence.certifications.join(', '),
    dueDiligence.checkedOn === null ? '' : `Checked ${dateOrEmpty(dueDiligence.checkedOn)}`,
    dueDiligence.notes,
  ]);
}

function rows(party: ThirdParty, input: ReportInput): TableCell[][] {
  const row: TableCell[] = [
    {
      stack: [
        { text: party.name, bold: true },
        ...(party.website === '' ? [] : [{ text: party.website, color: MUTED }]),
      ],
    },
    value([thirdPartyKindLabels[party.kind], thirdPartyTypeLabels[party.type]]),
    value([
      party.services,
      party.dataShared.length === 0 ? '' : `Data shared: ${party.dataShared.join('; ')}`,
    ]),
    value(party.countries.map(countryName).join(', ')),
    contractCell(party),
    value(isProcessor(party) ? describeChecklist(party.article28) : 'Not a processor'),
    dueDiligenceCell(party),
  ];
  return hasNotes(input.options, party.internalNotes)
    ? [row, spanningRow(HEADERS.length, internalNotesContent(party.internalNotes))]
    : [row];
}

/** The third-party table without its frame; every third party unless `parties` narrows it. */
export function thirdPartiesBody(
  input: ReportInput,
  parties: readonly ThirdParty[] = input.register.thirdParties,
): ReportBody {
  const sorted = [...parties].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const processors = sorted.filter(isProcessor).length;
  return {
    scope:
      sorted.length === 0
        ? undefined
        : `${sorted.length} third parties, ${processors} of them processors or sub-processors. The Article 28 column says which of the contract terms a processor contract must contain have been confirmed.`,
    content:
      sorted.length === 0
        ? [emptyLine('No third parties recorded yet.')]
        : [
            gridTable(
              HEADERS,
              WIDTHS,
              sorted.flatMap((party) => rows(party, input)),
            ),
          ],
  };
}

export function thirdPartiesReport(input: ReportInput): PortablePdfDefinition {
  return reportFrame(input, {
    title: THIRD_PARTIES_TITLE,
    orientation: 'landscape',
    ...thirdPartiesBody(input),
  });
}
