/**
 * The funder pack's closing parts: how people's rights are met (the rights each lawful basis
 * gives, how to ask and complain, and how requests fared in the last 12 months), and the
 * statement of accuracy with lines to sign, on a page of its own.
 */
import type { Column, Content } from 'pdfmake/interfaces';
import type { Activity } from '../domain/activity';
import { lawfulBasisLabels, type LawfulBasis } from '../domain/enums';
import type { Register } from '../domain/register';
import { rightsClock } from '../logs/rights-clock';
import { addMonths } from '../reviews/months';
import { deriveRights, type RightAvailability } from '../rights/derive';
import { longDate } from '../util/long-date';
import {
  emptyLine,
  fieldTable,
  gridTable,
  heading,
  MUTED,
  RULE,
  subheading,
  value,
  type FieldRow,
} from './frame';

/** Names as one line; a long list is cut short so a row stays readable on a page. */
export function nameList(names: readonly string[], max = 12): string {
  if (names.length <= max) return names.join('; ');
  return `${names.slice(0, max).join('; ')} and ${names.length - max} more`;
}

const availabilityLabels: Record<RightAvailability, string> = {
  yes: 'Yes',
  limited: 'Limited',
  no: 'No',
};

function rightsByBasis(activities: Activity[]): Content[] {
  const bases = [
    ...new Set(activities.flatMap((a) => (a.lawfulBasis === null ? [] : [a.lawfulBasis]))),
  ];
  const content: Content[] = bases.flatMap((basis: LawfulBasis): Content[] => {
    const relying = activities.filter((a) => a.lawfulBasis === basis);
    const entries =
      deriveRights(
        basis,
        relying.some((a) => a.automatedDecisions.exists),
      ) ?? [];
    return [
      subheading(lawfulBasisLabels[basis]),
      { text: `For ${nameList(relying.map((a) => a.name))}.`, style: 'note' },
      gridTable(
        ['Right', 'Applies', 'Note'],
        [150, 55, '*'],
        entries.map((entry) => [
          entry.label,
          { text: availabilityLabels[entry.availability], bold: entry.availability !== 'yes' },
          { text: entry.note, color: MUTED },
        ]),
      ),
    ];
  });
  const without = activities.filter((a) => a.lawfulBasis === null);
  if (without.length > 0) {
    content.push(
      emptyLine(
        `No lawful basis is recorded yet for ${nameList(without.map((a) => a.name))}, so the rights for ${without.length === 1 ? 'it' : 'them'} cannot be stated.`,
      ),
    );
  }
  return content;
}

function askingRows(register: Register): FieldRow[] {
  const organisation = register.organisation;
  if (organisation === null) return [];
  const contact = organisation.dpo.appointed ? organisation.dpo.contact.email : organisation.email;
  return [
    { label: 'To make a request', value: value(contact) },
    { label: 'Complaints process', value: value(organisation.complaints.process) },
    { label: 'Complaints contact', value: value(organisation.complaints.contact) },
    {
      label: 'Complaints acknowledged within',
      value: value(`${organisation.complaints.acknowledgeWithinDays} days`),
    },
    {
      label: 'The regulator',
      value: value(
        'Anyone may complain to the Information Commissioner’s Office: ico.org.uk/make-a-complaint, 0303 123 1113.',
      ),
    },
  ];
}

/** Requests received in the 12 months to `today` and how their deadlines were met. */
export function requestRecord(register: Register, today: string): string {
  const since = addMonths(today, -12);
  const requests = register.rightsRequests.filter(
    (r) => r.receivedOn > since && r.receivedOn <= today,
  );
  if (requests.length === 0) {
    return `No rights requests were received in the 12 months to ${longDate(today)}.`;
  }
  let onTime = 0;
  let late = 0;
  let pending = 0;
  let overdue = 0;
  for (const request of requests) {
    const clock = rightsClock(request, today);
    if (clock.state === 'closed') {
      if (clock.onTime === false) late += 1;
      else onTime += 1;
    } else if (clock.state === 'overdue') overdue += 1;
    else pending += 1;
  }
  const parts = [
    `${onTime} answered or closed on time`,
    late > 0 ? `${late} answered late` : '',
    pending > 0 ? `${pending} still open within the time allowed` : '',
    overdue > 0 ? `${overdue} open and overdue` : '',
  ].filter((part) => part !== '');
  return `${requests.length} rights ${requests.length === 1 ? 'request was' : 'requests were'} received in the 12 months to ${longDate(today)}: ${parts.join(', ')}.`;
}

export function rightsSection(
  register: Register,
  activities: Activity[],
  today: string,
): Content[] {
  const asking = askingRows(register);
  return [
    heading('People’s rights', 'rights'),
    ...(activities.length === 0
      ? []
      : [
          {
            text: 'The rights a person has depend on the lawful basis for the processing, as the ICO’s guidance sets out.',
            style: 'paragraph',
          } as Content,
          ...rightsByBasis(activities),
        ]),
    subheading('Asking and complaining'),
    asking.length === 0
      ? emptyLine('The organisation has not been described yet.')
      : fieldTable(asking, 160),
    subheading('Requests in the last 12 months'),
    { text: requestRecord(register, today), style: 'paragraph' },
  ];
}

const signatureLine = (label: string): Column => ({
  width: '*',
  stack: [
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.75, lineColor: RULE }],
      margin: [0, 34, 0, 3],
    },
    { text: label, fontSize: 8.5, color: MUTED },
  ],
});

/** The statement of accuracy, alone on the last page so it can be signed and returned. */
export function statementPage(
  organisation: string,
  funder: string,
  work: string,
  today: string,
): Content {
  return {
    stack: [
      heading('Statement of accuracy', 'statement', true),
      {
        text: `On behalf of ${organisation}, I confirm that, to the best of my knowledge, the information in this pack is accurate and complete as of ${longDate(today)}, and that it describes how we process personal data in connection with the ${work}.`,
        style: 'paragraph',
      },
      {
        text: `Prepared for ${funder}.`,
        style: 'paragraph',
      },
      {
        margin: [0, 16, 0, 0],
        stack: [
          { columns: [signatureLine('Name'), signatureLine('Role')], columnGap: 30 },
          { columns: [signatureLine('Signature'), signatureLine('Date')], columnGap: 30 },
        ],
      },
    ],
  };
}
