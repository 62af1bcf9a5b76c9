/**
 * The ICO's "Documentation template for controllers" as data: the contact block, the 30 columns
 * with their published headings and sections, and one row of readable text per activity.
 */
import type { Activity } from '../domain/activity';
import {
  art49ExceptionLabels,
  art9ConditionLabels,
  contractStatusLabels,
  dpiaStatusLabels,
  lawfulBasisLabels,
  recognisedLegitimateInterestLabels,
  schedule1ConditionLabels,
  specialCategoryLabels,
  thirdPartyKindLabels,
  thirdPartyTypeLabels,
  transferMechanismLabels,
} from '../domain/enums';
import type { Contact, Organisation } from '../domain/organisation';
import type { Register } from '../domain/register';
import type { ThirdParty } from '../domain/third-party';
import { countryName } from '../reference/countries';
import { deriveRights, type RightEntry } from '../rights/derive';

export const icoSections = [
  'Article 30 RoPA',
  'Privacy notices',
  'Consent',
  'Access requests',
  'DPIA',
  'Personal data breaches',
  'DPA 2018 – special category or criminal conviction and offence data',
] as const;
export type IcoSection = (typeof icoSections)[number];

export interface IcoColumn {
  section: IcoSection;
  heading: string;
}

const section = (name: IcoSection, headings: readonly string[]): IcoColumn[] =>
  headings.map((heading) => ({ section: name, heading }));

/** The 30 columns in the ICO's order, headings exactly as published. */
export const icoColumns: readonly IcoColumn[] = [
  ...section('Article 30 RoPA', [
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
  ]),
  ...section('Privacy notices', [
    'Article 6 lawful basis for processing personal data',
    'Article 9 condition for processing special category data',
    'Legitimate interests for the processing (if applicable)',
    'Link to record of legitimate interests assessment (if applicable)',
    'Rights available to individuals',
    'Existence of automated decision-making, including profiling (if applicable)',
    'The source of the personal data (if applicable)',
  ]),
  ...section('Consent', ['Link to record of consent']),
  ...section('Access requests', ['Location of personal data']),
  ...section('DPIA', [
    'Data Protection Impact Assessment required?',
    'Data Protection Impact Assessment progress',
    'Link to Data Protection Impact Assessment',
  ]),
  ...section('Personal data breaches', [
    'Has a personal data breach occurred?',
    'Link to record of personal data breach',
  ]),
  ...section('DPA 2018 – special category or criminal conviction and offence data', [
    'Data Protection Act 2018 Schedule 1 Condition for processing',
    'GDPR Article 6 lawful basis for processing',
    'Link to retention and erasure policy document',
    'Is personal data retained and erased in accordance with the policy document?',
    'Reasons for not adhering to policy document (if applicable)',
  ]),
];

/** Consecutive runs of columns under one section, for the merged header row. */
export function icoSectionSpans(): { section: IcoSection; first: number; count: number }[] {
  return icoSections.map((name) => ({
    section: name,
    first: icoColumns.findIndex((column) => column.section === name),
    count: icoColumns.filter((column) => column.section === name).length,
  }));
}

export const icoTopBlockHeadings = [
  'Controller',
  'Data Protection Officer',
  'Representative',
] as const;
export const icoTopBlockFields = ['Name', 'Address', 'Email', 'Telephone'] as const;

export interface IcoTopBlock {
  title: string;
  /** One row per field: the field's name, then the controller's, DPO's and representative's. */
  rows: [field: string, controller: string, dpo: string, representative: string][];
}

const lines = (items: readonly string[]): string =>
  items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('\n');

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

function controllerAddress(organisation: Organisation): string {
  const a = organisation.registeredAddress;
  return [a.line1, a.line2, a.town, a.county, a.postcode, a.country]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}

const contactValues = (contact: Contact): string[] => [
  contact.name,
  contact.address,
  contact.email,
  contact.phone,
];

/** The contact block above the table: who the controller, DPO and representative are. */
export function icoTopBlock(register: Register): IcoTopBlock {
  const org = register.organisation;
  const controller = org
    ? [org.name, controllerAddress(org), org.email, org.phone]
    : ['No organisation recorded', '', '', ''];
  let dpo = ['', '', '', ''];
  let representative = ['', '', '', ''];
  if (org) {
    const reason = org.dpo.reasonNotRequired.trim();
    dpo = org.dpo.appointed
      ? contactValues(org.dpo.contact)
      : [`Not appointed${reason === '' ? '' : `: ${reason}`}`, '', '', ''];
    representative = org.representative.needed
      ? contactValues(org.representative.contact)
      : ['Not needed', '', '', ''];
  }
  return {
    title: 'Documentation template for controllers',
    rows: icoTopBlockFields.map((field, index) => [
      field,
      controller[index] ?? '',
      dpo[index] ?? '',
      representative[index] ?? '',
    ]),
  };
}

/** "Mailchimp (Processor, Email marketing platform)". */
const partyDescription = (party: ThirdParty): string =>
  `${party.name} (${thirdPartyKindLabels[party.kind]}, ${thirdPartyTypeLabels[party.type]})`;

/** Lower-cases a sentence's first letter unless it starts an acronym ("HMRC"). */
const midSentence = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;

function retentionText(activity: Activity): string {
  const { period, trigger } = activity.retention;
  if (period.trim() === '') return '';
  return trigger.trim() === '' ? period : `${period} from ${midSentence(trigger.trim())}`;
}

function lawfulBasisText(activity: Activity): string {
  if (activity.lawfulBasis === null) return '';
  const recognised =
    activity.lawfulBasis === 'recognised-legitimate-interest' && activity.recognisedInterest
      ? `: ${recognisedLegitimateInterestLabels[activity.recognisedInterest]}`
      : '';
  return lines([
    `${lawfulBasisLabels[activity.lawfulBasis]}${recognised}`,
    activity.lawfulBasisDetail,
  ]);
}

const rightName = (entry: RightEntry): string =>
  entry.right === 'automated-decisions'
    ? 'Rights in relation to automated decision-making'
    : `Right ${midSentence(entry.label)}`;

function rightsText(activity: Activity): string {
  const rights = deriveRights(activity.lawfulBasis, activity.automatedDecisions.exists);
  if (rights === null) return 'Depends on the lawful basis, which is not recorded yet';
  return lines(
    rights
      .filter((entry) => entry.availability !== 'no')
      .map((entry) => `${rightName(entry)}${entry.availability === 'limited' ? ' (limited)' : ''}`),
  );
}

function personalDataText(activity: Activity): string {
  const special = activity.specialCategories.map((c) => specialCategoryLabels[c]);
  return lines([
    ...activity.personalData,
    special.length > 0 ? `Special category data: ${special.join(', ')}` : '',
    activity.criminalOffenceData ? 'Criminal offence data' : '',
  ]);
}

function contractText(party: ThirdParty): string {
  const where = party.contract.document.trim() || party.contract.reference.trim();
  return `${party.name}: ${contractStatusLabels[party.contract.status]}${where === '' ? '' : ` — ${where}`}`;
}

function dpiaRequiredText(activity: Activity): string {
  switch (activity.dpia.screening) {
    case 'required':
      return 'Yes';
    case 'not-required':
      return 'No';
    case 'not-screened':
      return 'Not screened yet';
  }
}

function followsPolicyText(activity: Activity): string {
  const follows = activity.retention.followsPolicy;
  return follows === null ? '' : yesNo(follows);
}

/** One row of 30 strings per activity, in the columns' order, linked records written out. */
export function icoRows(register: Register): string[][] {
  const parties = new Map(register.thirdParties.map((party) => [party.id, party]));
  return register.activities.map((activity) => {
    const recipients = activity.recipientIds
      .map((id) => parties.get(id))
      .filter((party) => party !== undefined);
    const processors = recipients.filter(
      (party) => party.kind === 'processor' || party.kind === 'sub-processor',
    );
    const transfers = register.transfers.filter((t) => t.activityIds.includes(activity.id));
    const partyName = (id: string): string => parties.get(id)?.name ?? 'Unknown recipient';
    const lias = register.lias.filter((lia) => lia.activityIds.includes(activity.id));
    const breaches = register.breaches.filter((b) => b.activityIds.includes(activity.id));
    const sensitive = activity.specialCategories.length > 0 || activity.criminalOffenceData;
    const row = [
      activity.businessFunction,
      // The ICO sheet has no column for the activity's name, so it heads the purpose.
      lines([activity.name, ...activity.purposes]),
      activity.jointController,
      lines(activity.dataSubjects),
      personalDataText(activity),
      lines([...recipients.map(partyDescription), ...activity.recipientCategories]),
      lines(processors.map(contractText)),
      lines(
        transfers.map(
          (t) => `${t.destinations.map(countryName).join(', ')} — ${partyName(t.thirdPartyId)}`,
        ),
      ),
      lines(
        transfers.map((t) => {
          const mechanism =
            t.mechanism === null ? 'No safeguard recorded' : transferMechanismLabels[t.mechanism];
          const exception =
            t.mechanism === 'art49-exception' && t.art49Exception
              ? ` (${art49ExceptionLabels[t.art49Exception]})`
              : '';
          return `${partyName(t.thirdPartyId)}: ${mechanism}${exception}`;
        }),
      ),
      retentionText(activity),
      activity.securityMeasures,
      lawfulBasisText(activity),
      activity.art9Condition === null ? '' : art9ConditionLabels[activity.art9Condition],
      activity.legitimateInterest,
      lines(lias.map((lia) => lia.title)),
      rightsText(activity),
      activity.automatedDecisions.exists
        ? lines(['Yes', activity.automatedDecisions.details])
        : 'No',
      lines(activity.sources),
      activity.consentRecord,
      lines(activity.locations),
      dpiaRequiredText(activity),
      dpiaStatusLabels[activity.dpia.status],
      activity.dpia.link,
      yesNo(breaches.length > 0),
      lines(breaches.map((breach) => breach.title)),
      lines([
        activity.schedule1Condition === null
          ? ''
          : (schedule1ConditionLabels[activity.schedule1Condition] ?? ''),
        activity.criminalDataAuthority,
      ]),
      sensitive && activity.lawfulBasis !== null ? lawfulBasisLabels[activity.lawfulBasis] : '',
      activity.retention.policyDocument,
      followsPolicyText(activity),
      activity.retention.notFollowingReason,
    ];
    return row.map((cell) => cell.trim());
  });
}
