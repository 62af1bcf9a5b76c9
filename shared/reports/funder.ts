/**
 * The funder assurance pack: what a funder asks before it trusts an organisation with its
 * participants — who the organisation is, what it collects for the funded work and why, how
 * long it keeps it (the funder's own periods included), who else sees it, where it goes, how
 * it is protected, how people's rights are met — and a statement to sign on its own page.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Activity } from '../domain/activity';
import {
  art9ConditionLabels,
  contractStatusLabels,
  lawfulBasisLabels,
  legalFormLabels,
  schedule1ConditionLabels,
  specialCategoryLabels,
  thirdPartyKindLabels,
  thirdPartyTypeLabels,
  transferMechanismLabels,
  traStatusLabels,
} from '../domain/enums';
import type { Organisation } from '../domain/organisation';
import type { Register } from '../domain/register';
import type { ThirdParty } from '../domain/third-party';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import { countryName } from '../reference/countries';
import {
  contents,
  dateOrEmpty,
  emptyLine,
  fieldTable,
  gridTable,
  hasNotes,
  heading,
  internalNotesContent,
  MUTED,
  organisationName,
  reportDay,
  reportFrame,
  spanningRow,
  value,
  type FieldRow,
  type ReportInput,
} from './frame';
import { nameList, rightsSection, statementPage } from './funder-rights';
import { endsPage } from './page-end';

export const FUNDER_TITLE = 'Funder assurance pack';

export const funderTitle = (funder: ThirdParty): string =>
  `Data protection assurance for ${funder.name}`;

export interface FunderChoice {
  id: string;
  name: string;
  /** The programmes named on the funder's activities, sorted, each once. */
  programmes: string[];
}

const byName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, 'en-GB');

const sameProgramme = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

/** The funders a pack can be made for, with the programmes recorded on their activities. */
export function funderChoices(register: Register): FunderChoice[] {
  return register.thirdParties
    .filter((party) => party.type === 'funder')
    .sort(byName)
    .map((funder) => {
      const programmes = new Map<string, string>();
      for (const activity of register.activities) {
        if (!activity.funderIds.includes(funder.id)) continue;
        for (const programme of activity.programmes) {
          const key = programme.trim().toLocaleLowerCase('en-GB');
          if (key !== '' && !programmes.has(key)) programmes.set(key, programme.trim());
        }
      }
      return {
        id: funder.id,
        name: funder.name,
        programmes: [...programmes.values()].sort((a, b) => a.localeCompare(b, 'en-GB')),
      };
    });
}

/** The activities that concern the funder's work, narrowed to one programme when given. */
export function funderActivities(
  register: Register,
  funderId: string,
  programme: string | null,
): Activity[] {
  return register.activities
    .filter(
      (activity) =>
        activity.funderIds.includes(funderId) &&
        (programme === null || activity.programmes.some((p) => sameProgramme(p, programme))),
    )
    .sort(byName);
}

function organisationBlock(organisation: Organisation | null, today: string): Content {
  if (organisation === null) return emptyLine('The organisation has not been described yet.');
  const { dpo, registeredAddress: address } = organisation;
  const renewal = organisation.icoRenewalDate;
  const rows: FieldRow[] = [
    { section: 'Organisation' },
    { label: 'Name', value: value(organisation.name) },
    { label: 'Legal form', value: value(legalFormLabels[organisation.legalForm]) },
    {
      label: 'Registered address',
      value: value(
        [address.line1, address.line2, address.town, address.county, address.postcode]
          .filter((part) => part.trim() !== '')
          .join(', '),
      ),
    },
    { label: 'Company number', value: value(organisation.companyNumber) },
    ...(organisation.charityNumber === ''
      ? []
      : [{ label: 'Charity number', value: value(organisation.charityNumber) }]),
    { label: 'Website', value: value(organisation.website) },
    { section: 'Registration with the Information Commissioner' },
    { label: 'ICO registration number', value: value(organisation.icoRegistrationNumber) },
    {
      label: 'Registration renewal',
      value: value(
        renewal === null
          ? ''
          : `${dateOrEmpty(renewal)}${renewal < today ? ' (this date has passed)' : ''}`,
      ),
    },
    { section: 'Data protection contact' },
    ...(dpo.appointed
      ? [
          { label: 'Data protection officer', value: value(dpo.contact.name) },
          { label: 'Email', value: value(dpo.contact.email) },
          { label: 'Telephone', value: value(dpo.contact.phone) },
        ]
      : [
          {
            label: 'Data protection officer',
            value: value(`None appointed. ${dpo.reasonNotRequired.trim()}`),
          },
          { label: 'Contact for data protection', value: value(organisation.email) },
          { label: 'Telephone', value: value(organisation.phone) },
        ]),
  ];
  return fieldTable(rows, 160);
}

const nameCell = (activity: Activity): TableCell => ({ text: activity.name, bold: true });

function activitiesTable(activities: Activity[], input: ReportInput): Content {
  const rows = activities.flatMap((activity): TableCell[][] => {
    const row: TableCell[] = [
      nameCell(activity),
      value([activity.description, ...activity.purposes.map((p) => `• ${p}`)]),
      activity.programmes.length === 0
        ? { text: 'All programmes', color: MUTED }
        : value(activity.programmes),
    ];
    return hasNotes(input.options, activity.internalNotes)
      ? [row, spanningRow(3, internalNotesContent(activity.internalNotes))]
      : [row];
  });
  return gridTable(
    ['Activity', 'What it is and what it is for', 'Programmes'],
    [105, '*', 95],
    rows,
  );
}

function sensitiveCell(activity: Activity): Content {
  const lines = [
    ...activity.specialCategories.map((c) => specialCategoryLabels[c]),
    activity.criminalOffenceData ? 'Criminal offence data' : '',
  ].filter((line) => line !== '');
  return lines.length === 0 ? { text: 'None', color: MUTED } : value(lines);
}

const dataTable = (activities: Activity[]): Content =>
  gridTable(
    ['Activity', 'About whom', 'Personal data', 'Special category and criminal offence data'],
    [105, 100, '*', 120],
    activities.map((a) => [
      nameCell(a),
      value(a.dataSubjects),
      value([
        a.personalData.join('; '),
        a.sources.length === 0 ? '' : `From: ${a.sources.join('; ')}`,
      ]),
      sensitiveCell(a),
    ]),
  );

function basisCell(activity: Activity, register: Register): Content {
  if (activity.lawfulBasis === null) return value('');
  const lias = register.lias.filter((l) => l.activityIds.includes(activity.id));
  const detail = activity.lawfulBasisDetail.trim();
  const interest = activity.legitimateInterest.trim();
  const stack: Content[] = [{ text: lawfulBasisLabels[activity.lawfulBasis], bold: true }];
  if (detail !== '') stack.push({ text: detail });
  if (interest !== '') stack.push({ text: `The interest: ${interest}`, margin: [0, 2, 0, 0] });
  for (const lia of lias) {
    stack.push({
      text: `Legitimate interests assessment: ${lia.title} (${lia.status === 'completed' ? 'completed' : 'draft'})`,
      color: MUTED,
      margin: [0, 2, 0, 0],
    });
  }
  return { stack };
}

function conditionsCell(activity: Activity): Content {
  if (activity.specialCategories.length === 0 && !activity.criminalOffenceData) {
    return { text: 'Not applicable: no special category or criminal offence data', color: MUTED };
  }
  return value([
    activity.art9Condition === null
      ? ''
      : `Article 9: ${art9ConditionLabels[activity.art9Condition]}`,
    activity.schedule1Condition === null
      ? ''
      : `Schedule 1: ${schedule1ConditionLabels[activity.schedule1Condition] ?? ''}`,
    activity.criminalDataAuthority,
    activity.appropriatePolicyDocument === ''
      ? ''
      : `Appropriate policy document: ${activity.appropriatePolicyDocument}`,
  ]);
}

const basesTable = (activities: Activity[], register: Register): Content =>
  gridTable(
    ['Activity', 'Lawful basis', 'Conditions for special category and criminal offence data'],
    [105, '*', 150],
    activities.map((a) => [nameCell(a), basisCell(a, register), conditionsCell(a)]),
  );

const retentionTable = (activities: Activity[]): Content =>
  gridTable(
    [
      'Activity',
      'Kept for',
      'Starting from',
      'Why, including the funder’s stipulations',
      'Disposal',
    ],
    [90, 80, 75, '*', 85],
    activities.map((a) => [
      nameCell(a),
      value(a.retention.period),
      value(a.retention.trigger),
      value(a.retention.justification),
      value(a.retention.disposal),
    ]),
  );

function recipientsContent(
  activities: Activity[],
  funder: ThirdParty,
  register: Register,
): Content[] {
  const ids = new Set(activities.flatMap((a) => a.recipientIds).filter((id) => id !== funder.id));
  const parties = register.thirdParties.filter((p) => ids.has(p.id)).sort(byName);
  const categories = [...new Set(activities.flatMap((a) => a.recipientCategories))];
  const content: Content[] =
    parties.length === 0
      ? [emptyLine(`No one but ${funder.name} receives the data of these activities.`)]
      : [
          gridTable(
            ['Recipient', 'Role', 'Receives data in', 'Contract'],
            [120, 105, '*', 105],
            parties.map((party) => [
              { text: party.name, bold: true },
              value([thirdPartyKindLabels[party.kind], thirdPartyTypeLabels[party.type]]),
              value(
                nameList(
                  activities.filter((a) => a.recipientIds.includes(party.id)).map((a) => a.name),
                ),
              ),
              value([
                contractStatusLabels[party.contract.status],
                party.contract.signedOn === null
                  ? ''
                  : `Signed ${dateOrEmpty(party.contract.signedOn)}`,
              ]),
            ]),
          ),
        ];
  if (categories.length > 0) {
    content.push({ text: `Also shared with: ${categories.join('; ')}.`, style: 'paragraph' });
  }
  return content;
}

function transfersContent(activities: Activity[], register: Register): Content {
  const ids = new Set(activities.map((a) => a.id));
  const transfers = register.transfers.filter((t) => t.activityIds.some((id) => ids.has(id)));
  if (transfers.length === 0) {
    return emptyLine('No transfers of these activities’ data outside the UK are recorded.');
  }
  const partyName = (id: string): string =>
    register.thirdParties.find((p) => p.id === id)?.name ?? 'Unknown recipient';
  return gridTable(
    ['Recipient', 'Destinations', 'Safeguard', 'Transfer risk assessment'],
    [115, 95, '*', 115],
    transfers
      .sort((a, b) => partyName(a.thirdPartyId).localeCompare(partyName(b.thirdPartyId), 'en-GB'))
      .map((transfer) => {
        const tra = register.tras.find((t) => t.transferId === transfer.id);
        return [
          { text: partyName(transfer.thirdPartyId), bold: true },
          value(transfer.destinations.map(countryName).join(', ')),
          value(
            transfer.mechanism === null
              ? 'No safeguard chosen yet'
              : transferMechanismLabels[transfer.mechanism],
          ),
          value(
            tra === undefined
              ? traStatusLabels[transfer.traStatus]
              : tra.status === 'completed'
                ? 'Completed'
                : 'In progress',
          ),
        ];
      }),
  );
}

const securityTable = (activities: Activity[]): Content =>
  gridTable(
    ['Activity', 'Security measures', 'Systems and where the data is held'],
    [105, '*', 130],
    activities.map((a) => [
      nameCell(a),
      value(a.securityMeasures),
      value([...new Set([...a.systems, ...a.locations])]),
    ]),
  );

export interface FunderSubjectResolved {
  funder: ThirdParty;
  /** The programme as recorded on the activities, or null for all the funder's work. */
  programme: string | null;
}

export function funderReport(
  input: ReportInput,
  { funder, programme }: FunderSubjectResolved,
): PortablePdfDefinition {
  const { register } = input;
  const today = reportDay(input.generatedAt);
  const activities = funderActivities(register, funder.id, programme);
  const work = `work funded by ${funder.name}${programme === null ? '' : ` under the programme “${programme}”`}`;
  const content: Content[] = [
    ...(activities.length === 0 ? [] : [contents()]),
    heading('The organisation', 'organisation'),
    organisationBlock(register.organisation, today),
  ];
  if (activities.length === 0) {
    content.push(
      heading('Processing for this funder', 'activities'),
      emptyLine(
        `No processing activity in the register is linked to ${funder.name}${programme === null ? '' : ` for ${programme}`}. Link the activities that serve this funder’s work (the activity’s funders and programmes) and make the pack again.`,
      ),
    );
  } else {
    content.push(
      heading('The processing for this work', 'activities'),
      activitiesTable(activities, input),
      heading('What we collect about participants', 'data'),
      dataTable(activities),
      heading('Lawful bases', 'lawful-bases'),
      basesTable(activities, register),
      heading('How long we keep it', 'retention'),
      retentionTable(activities),
      heading('Who else receives the data', 'recipients'),
      ...recipientsContent(activities, funder, register),
      heading('Transfers outside the UK', 'transfers'),
      transfersContent(activities, register),
      heading('How the data is protected', 'security'),
      securityTable(activities),
    );
  }
  content.push(
    ...endsPage(rightsSection(register, activities, today)),
    statementPage(organisationName(register), funder.name, work, today),
  );
  return reportFrame(input, {
    title: funderTitle(funder),
    subtitle: programme === null ? undefined : `Programme: ${programme}`,
    scope:
      activities.length === 0
        ? `Prepared for ${funder.name}. No processing activities are linked to this funder yet.`
        : `Prepared for ${funder.name}: the ${activities.length === 1 ? 'processing activity that serves' : `${activities.length} processing activities that serve`} the ${work}, as recorded in our register of processing on the date above.`,
    orientation: 'portrait',
    content,
  });
}
