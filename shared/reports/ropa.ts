/**
 * The Article 30 record of processing activities: the controller, DPO and representative block,
 * then each activity with every column of the ICO's documentation template for controllers, in
 * its order and under its headings, linked records written out by name.
 */
import type { Content } from 'pdfmake/interfaces';
import type { Activity } from '../domain/activity';
import {
  activityStatusLabels,
  art49ExceptionLabels,
  art9ConditionLabels,
  contractStatusLabels,
  dpiaScreeningLabels,
  dpiaStatusLabels,
  lawfulBasisLabels,
  legalFormLabels,
  recognisedLegitimateInterestLabels,
  schedule1ConditionLabels,
  specialCategoryLabels,
  thirdPartyKindLabels,
  transferMechanismLabels,
} from '../domain/enums';
import type { Address, Contact, Organisation } from '../domain/organisation';
import type { Register } from '../domain/register';
import { liaStatusLabels, outcome } from '../lia/rules';
import { countryName } from '../reference/countries';
import { availableRights, rightLabels } from '../rights/derive';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import {
  contents,
  dateOrEmpty,
  emptyLine,
  fieldTable,
  heading,
  hasNotes,
  reportFrame,
  value,
  yesNo,
  type FieldRow,
  type ReportInput,
} from './frame';

export const ROPA_TITLE = 'Record of processing activities';

/** The ICO template's sections and columns, in its order and in its words. */
export const icoSections = [
  {
    section: 'Article 30 RoPA',
    columns: [
      'Business function',
      'Purpose of processing',
      'Name and contact details of joint controller (if applicable)',
      'Categories of individuals',
      'Categories of personal data',
      'Categories of recipients',
      'Link to contract with processor',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)',
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
      'Retention schedule (if possible)',
      'General description of technical and organisational security measures (if possible)',
    ],
  },
  {
    section: 'Privacy notices',
    columns: [
      'Article 6 lawful basis for processing personal data',
      'Article 9 condition for processing special category data',
      'Legitimate interests for the processing (if applicable)',
      'Link to record of legitimate interests assessment (if applicable)',
      'Rights available to individuals',
      'Existence of automated decision-making, including profiling (if applicable)',
      'The source of the personal data (if applicable)',
    ],
  },
  { section: 'Consent', columns: ['Link to record of consent'] },
  { section: 'Access requests', columns: ['Location of personal data'] },
  {
    section: 'DPIA',
    columns: [
      'Data Protection Impact Assessment required?',
      'Data Protection Impact Assessment progress',
      'Link to Data Protection Impact Assessment',
    ],
  },
  {
    section: 'Personal data breaches',
    columns: ['Has a personal data breach occurred?', 'Link to record of personal data breach'],
  },
  {
    section: 'DPA 2018 – special category or criminal conviction and offence data',
    columns: [
      'Data Protection Act 2018 Schedule 1 Condition for processing',
      'GDPR Article 6 lawful basis for processing',
      'Link to retention and erasure policy document',
      'Is personal data retained and erased in accordance with the policy document?',
      'Reasons for not adhering to policy document (if applicable)',
    ],
  },
] as const;

const NOT_APPLICABLE = 'Not applicable';

/** "The end of the year" → "the end of the year", to run on from another phrase; "UK…" stays. */
const sentenceCase = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

function addressLines(address: Address): string[] {
  return [
    address.line1,
    address.line2,
    address.town,
    address.county,
    address.postcode,
    address.country,
  ].filter((part) => part.trim() !== '');
}

function contactRows(who: string, contact: Contact): FieldRow[] {
  return [
    { label: `${who}: name`, value: value(contact.name) },
    { label: `${who}: address`, value: value(contact.address) },
    { label: `${who}: email`, value: value(contact.email) },
    { label: `${who}: telephone`, value: value(contact.phone) },
  ];
}

function organisationBlock(organisation: Organisation): Content {
  const rows: FieldRow[] = [
    { section: 'Controller' },
    { label: 'Name', value: value(organisation.name) },
    { label: 'Address', value: value(addressLines(organisation.registeredAddress).join(', ')) },
    { label: 'Email', value: value(organisation.email) },
    { label: 'Telephone', value: value(organisation.phone) },
    { label: 'Legal form', value: value(legalFormLabels[organisation.legalForm]) },
    { label: 'Company number', value: value(organisation.companyNumber) },
    ...(organisation.charityNumber === ''
      ? []
      : [{ label: 'Charity number', value: value(organisation.charityNumber) }]),
    { label: 'ICO registration number', value: value(organisation.icoRegistrationNumber) },
    { section: 'Data protection officer' },
    ...(organisation.dpo.appointed
      ? contactRows('DPO', organisation.dpo.contact)
      : [
          {
            label: 'Data protection officer',
            value: value(`None appointed. ${organisation.dpo.reasonNotRequired.trim()}`),
          },
        ]),
    { section: 'Representative' },
    ...(organisation.representative.needed
      ? contactRows('Representative', organisation.representative.contact)
      : [
          {
            label: 'Representative',
            value: value('Not needed: the controller is established in the UK.'),
          },
        ]),
  ];
  return fieldTable(rows);
}

const hasSpecialOrCriminal = (activity: Activity): boolean =>
  activity.specialCategories.length > 0 || activity.criminalOffenceData;

/** The 30 values of one activity, in the order of `icoSections`' columns. */
function icoValues(register: Register, activity: Activity): Content[] {
  const parties = new Map(register.thirdParties.map((party) => [party.id, party]));
  const recipients = activity.recipientIds.flatMap((id) => parties.get(id) ?? []);
  const processors = recipients.filter(
    (party) => party.kind === 'processor' || party.kind === 'sub-processor',
  );
  const transfers = register.transfers.filter((t) => t.activityIds.includes(activity.id));
  const partyName = (id: string): string => parties.get(id)?.name ?? 'Unknown recipient';
  const lias = register.lias.filter((lia) => lia.activityIds.includes(activity.id));
  const breaches = register.breaches.filter((b) => b.activityIds.includes(activity.id));
  const special = hasSpecialOrCriminal(activity);
  const basis = activity.lawfulBasis === null ? '' : lawfulBasisLabels[activity.lawfulBasis];
  const basisLine = [basis, activity.lawfulBasisDetail.trim()].filter((s) => s !== '').join('. ');
  const interest = [
    activity.recognisedInterest === null
      ? ''
      : `Recognised legitimate interest: ${recognisedLegitimateInterestLabels[activity.recognisedInterest]}`,
    activity.legitimateInterest,
  ];
  const isLegitimateInterests =
    activity.lawfulBasis === 'legitimate-interests' ||
    activity.lawfulBasis === 'recognised-legitimate-interest';
  const rights = availableRights(activity.lawfulBasis, activity.automatedDecisions.exists);
  const retention = activity.retention;
  return [
    value(activity.businessFunction),
    value(activity.purposes.length > 0 ? activity.purposes : activity.description),
    value(activity.jointController || NOT_APPLICABLE),
    value(activity.dataSubjects.join('; ')),
    value([
      activity.personalData.join('; '),
      activity.specialCategories.length > 0
        ? `Special category data: ${activity.specialCategories.map((c) => specialCategoryLabels[c]).join('; ')}`
        : '',
      activity.criminalOffenceData ? 'Criminal offence data' : '',
    ]),
    value([
      ...recipients.map((party) => `${party.name} (${thirdPartyKindLabels[party.kind]})`),
      ...activity.recipientCategories,
    ]),
    value(
      processors.length === 0
        ? NOT_APPLICABLE
        : processors.map((party) =>
            [
              `${party.name}: ${contractStatusLabels[party.contract.status]}`,
              party.contract.reference,
              party.contract.document,
            ]
              .filter((s) => s.trim() !== '')
              .join(' — '),
          ),
    ),
    value(
      transfers.length === 0
        ? NOT_APPLICABLE
        : transfers.map(
            (t) => `${t.destinations.map(countryName).join(', ')} (${partyName(t.thirdPartyId)})`,
          ),
    ),
    value(
      transfers.length === 0
        ? NOT_APPLICABLE
        : transfers.map((t) => {
            const mechanism =
              t.mechanism === null
                ? 'No safeguard chosen yet'
                : transferMechanismLabels[t.mechanism];
            const exception =
              t.art49Exception === null ? '' : ` (${art49ExceptionLabels[t.art49Exception]})`;
            return `${partyName(t.thirdPartyId)}: ${mechanism}${exception}`;
          }),
    ),
    value(
      [retention.period, retention.trigger && `from ${sentenceCase(retention.trigger)}`]
        .filter((s) => s.trim() !== '')
        .join(', '),
    ),
    value(activity.securityMeasures),
    value(basisLine),
    value(
      activity.art9Condition !== null
        ? art9ConditionLabels[activity.art9Condition]
        : activity.specialCategories.length > 0
          ? ''
          : NOT_APPLICABLE,
    ),
    value(isLegitimateInterests ? interest : NOT_APPLICABLE),
    value(
      lias.length > 0
        ? lias.map(
            (lia) =>
              `${lia.title} — ${liaStatusLabels[outcome(lia.path, lia.answers).status]} (revision ${lia.revision})`,
          )
        : isLegitimateInterests
          ? ''
          : NOT_APPLICABLE,
    ),
    value(rights.map((right) => rightLabels[right]).join('; ')),
    value(
      activity.automatedDecisions.exists ? `Yes. ${activity.automatedDecisions.details}` : 'No',
    ),
    value([activity.collectedFromIndividual ? 'The individual' : '', ...activity.sources]),
    value(activity.consentRecord || (activity.lawfulBasis === 'consent' ? '' : NOT_APPLICABLE)),
    value([...activity.locations, ...activity.systems.map((s) => `System: ${s}`)]),
    value(
      [dpiaScreeningLabels[activity.dpia.screening], activity.dpia.notes.trim()]
        .filter((s) => s !== '')
        .join('. '),
    ),
    value(dpiaStatusLabels[activity.dpia.status]),
    value(activity.dpia.link || (activity.dpia.screening === 'required' ? '' : NOT_APPLICABLE)),
    value(breaches.length === 0 ? 'No breach recorded' : `Yes: ${breaches.length} recorded`),
    value(breaches.length === 0 ? NOT_APPLICABLE : breaches.map((b) => b.title)),
    value(
      special
        ? [
            activity.schedule1Condition === null
              ? ''
              : (schedule1ConditionLabels[activity.schedule1Condition] ?? ''),
            activity.criminalDataAuthority,
            activity.appropriatePolicyDocument &&
              `Appropriate policy document: ${activity.appropriatePolicyDocument}`,
          ]
        : NOT_APPLICABLE,
    ),
    value(special ? basis : NOT_APPLICABLE),
    value(retention.policyDocument),
    value(yesNo(retention.followsPolicy)),
    value(
      retention.notFollowingReason || (retention.followsPolicy === false ? '' : NOT_APPLICABLE),
    ),
  ];
}

function activitySection(register: Register, activity: Activity, input: ReportInput): Content[] {
  const values = icoValues(register, activity);
  let index = 0;
  const rows: FieldRow[] = icoSections.flatMap(({ section, columns }) => [
    { section },
    ...columns.map((label) => {
      index += 1;
      return { label: `${index}. ${label}`, value: values[index - 1] ?? value('') };
    }),
  ]);
  if (hasNotes(input.options, activity.internalNotes)) {
    rows.push(
      { section: 'Internal' },
      { label: 'Internal notes', value: value(activity.internalNotes) },
    );
  }
  const meta = [
    activityStatusLabels[activity.status],
    activity.owner && `Owner: ${activity.owner}`,
    activity.lastReviewed && `Last reviewed ${dateOrEmpty(activity.lastReviewed)}`,
    activity.nextReview && `Next review ${dateOrEmpty(activity.nextReview)}`,
  ].filter((s) => s !== '' && s !== null);
  return [
    // Each activity starts a page, so a printed record can be filed or replaced one by one.
    heading(activity.name, `activity-${activity.id}`, true),
    { text: meta.join('  ·  '), style: 'note' },
    fieldTable(rows, 190),
  ];
}

export function ropaReport(input: ReportInput): PortablePdfDefinition {
  const { register } = input;
  const activities = [...register.activities].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const content: Content[] = [
    heading('Controller, data protection officer and representative', 'controller'),
    register.organisation === null
      ? emptyLine('The organisation has not been described yet.')
      : organisationBlock(register.organisation),
  ];
  if (activities.length === 0) {
    content.push(heading('Processing activities'), emptyLine('No activities recorded yet.'));
  } else {
    content.splice(0, 0, contents());
    content.push(...activities.flatMap((activity) => activitySection(register, activity, input)));
  }
  return reportFrame(input, {
    title: ROPA_TITLE,
    scope: `The Article 30 record: ${activities.length} ${activities.length === 1 ? 'activity' : 'activities'}, each with every column of the ICO's documentation template for controllers.`,
    orientation: 'portrait',
    content,
  });
}
