/**
 * The ICO's "Documentation template for controllers": its sections, its 30 column headings in
 * its words and order, and each activity's 30 cells as text — one source for the PDF and xlsx.
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
import type { Register } from '../domain/register';
import type { ThirdParty } from '../domain/third-party';
import type { Transfer } from '../domain/transfer';
import { liaStatusLabels, outcome } from '../lia/rules';
import { countryName } from '../reference/countries';
import { deriveRights, type RightEntry } from '../rights/derive';

/** The template's sections and columns, in its order and in its words. */
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
export type IcoSection = (typeof icoSections)[number]['section'];

export interface IcoColumn {
  section: IcoSection;
  heading: string;
}

/** The 30 columns in the template's order. */
export const icoColumns: readonly IcoColumn[] = icoSections.flatMap(({ section, columns }) =>
  columns.map((heading) => ({ section, heading })),
);

/** Consecutive runs of columns under one section, for a merged header row. */
export function icoSectionSpans(): { section: IcoSection; first: number; count: number }[] {
  let first = 0;
  return icoSections.map(({ section, columns }) => {
    const span = { section, first, count: columns.length };
    first += columns.length;
    return span;
  });
}

export const NOT_APPLICABLE = 'Not applicable';

/** Items one to a line, blanks dropped. */
export const lines = (items: readonly string[]): string =>
  items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('\n');

/** "The end of the year" → "the end of the year", to run on from another phrase; "UK…" stays. */
const midSentence = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;

const yesNo = (flag: boolean | null): string => (flag === null ? '' : flag ? 'Yes' : 'No');

/** Lists and free text fall back to "Not applicable" only where the column cannot apply. */
const unless = (applies: boolean, text: string): string => (applies ? text : NOT_APPLICABLE);

function personalDataText(activity: Activity): string {
  const special = activity.specialCategories.map((c) => specialCategoryLabels[c]);
  return lines([
    ...activity.personalData,
    special.length > 0 ? `Special category data: ${special.join(', ')}` : '',
    activity.criminalOffenceData ? 'Criminal offence data' : '',
  ]);
}

/** "Mailchimp (Processor, Email marketing platform)". */
const recipientText = (party: ThirdParty): string =>
  `${party.name} (${thirdPartyKindLabels[party.kind]}, ${thirdPartyTypeLabels[party.type]})`;

/** "Mailchimp: In place — DPA-2024-07 — Data processing addendum". */
const contractText = (party: ThirdParty): string =>
  [
    `${party.name}: ${contractStatusLabels[party.contract.status]}`,
    party.contract.reference,
    party.contract.document,
  ]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' — ');

function safeguardText(transfer: Transfer, partyName: string): string {
  const mechanism =
    transfer.mechanism === null
      ? 'No safeguard chosen yet'
      : transferMechanismLabels[transfer.mechanism];
  const exception =
    transfer.mechanism === 'art49-exception' && transfer.art49Exception !== null
      ? ` (${art49ExceptionLabels[transfer.art49Exception]})`
      : '';
  return `${partyName}: ${mechanism}${exception}`;
}

function retentionText(activity: Activity): string {
  const period = activity.retention.period.trim();
  const trigger = activity.retention.trigger.trim();
  if (trigger === '') return period;
  return period === '' ? `From ${midSentence(trigger)}` : `${period} from ${midSentence(trigger)}`;
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

const dpiaAnswers = { required: 'Yes', 'not-required': 'No', 'not-screened': 'Not screened yet' };

/** The 30 cells of one activity, in `icoColumns`' order; lists hold one item per line. */
export function icoCells(register: Register, activity: Activity): string[] {
  const parties = new Map(register.thirdParties.map((party) => [party.id, party]));
  const partyName = (id: string): string => parties.get(id)?.name ?? 'Unknown recipient';
  const recipients = activity.recipientIds.flatMap((id) => parties.get(id) ?? []);
  const processors = recipients.filter(
    (party) => party.kind === 'processor' || party.kind === 'sub-processor',
  );
  const transfers = register.transfers.filter((t) => t.activityIds.includes(activity.id));
  const lias = register.lias.filter((lia) => lia.activityIds.includes(activity.id));
  const breaches = register.breaches.filter((b) => b.activityIds.includes(activity.id));
  const sensitive = activity.specialCategories.length > 0 || activity.criminalOffenceData;
  const onInterests =
    activity.lawfulBasis === 'legitimate-interests' ||
    activity.lawfulBasis === 'recognised-legitimate-interest';
  const { retention, dpia, automatedDecisions } = activity;
  const cells = [
    activity.businessFunction,
    activity.purposes.length > 0 ? lines(activity.purposes) : activity.description,
    activity.jointController || NOT_APPLICABLE,
    lines(activity.dataSubjects),
    personalDataText(activity),
    lines([...recipients.map(recipientText), ...activity.recipientCategories]),
    unless(processors.length > 0, lines(processors.map(contractText))),
    unless(
      transfers.length > 0,
      lines(
        transfers.map(
          (t) => `${t.destinations.map(countryName).join(', ')} (${partyName(t.thirdPartyId)})`,
        ),
      ),
    ),
    unless(
      transfers.length > 0,
      lines(transfers.map((t) => safeguardText(t, partyName(t.thirdPartyId)))),
    ),
    retentionText(activity),
    activity.securityMeasures,
    lawfulBasisText(activity),
    activity.art9Condition !== null
      ? art9ConditionLabels[activity.art9Condition]
      : unless(activity.specialCategories.length > 0, ''),
    unless(
      onInterests,
      lines([
        activity.recognisedInterest === null
          ? ''
          : `Recognised legitimate interest: ${recognisedLegitimateInterestLabels[activity.recognisedInterest]}`,
        activity.legitimateInterest,
      ]),
    ),
    unless(
      lias.length > 0 || onInterests,
      lines(
        lias.map(
          (lia) =>
            `${lia.title} — ${liaStatusLabels[outcome(lia.path, lia.answers).status]} (revision ${lia.revision})`,
        ),
      ),
    ),
    rightsText(activity),
    automatedDecisions.exists ? lines(['Yes', automatedDecisions.details]) : 'No',
    lines([activity.collectedFromIndividual ? 'The individual' : '', ...activity.sources]),
    activity.consentRecord || unless(activity.lawfulBasis === 'consent', ''),
    lines([...activity.locations, ...activity.systems.map((s) => `System: ${s}`)]),
    lines([dpiaAnswers[dpia.screening], dpia.notes]),
    dpiaStatusLabels[dpia.status],
    dpia.link || unless(dpia.screening === 'required', ''),
    yesNo(breaches.length > 0),
    unless(breaches.length > 0, lines(breaches.map((b) => b.title))),
    unless(
      sensitive,
      lines([
        activity.schedule1Condition === null
          ? ''
          : (schedule1ConditionLabels[activity.schedule1Condition] ?? ''),
        activity.criminalDataAuthority,
        activity.appropriatePolicyDocument &&
          `Appropriate policy document: ${activity.appropriatePolicyDocument}`,
      ]),
    ),
    unless(sensitive, activity.lawfulBasis === null ? '' : lawfulBasisLabels[activity.lawfulBasis]),
    retention.policyDocument,
    yesNo(retention.followsPolicy),
    retention.notFollowingReason || unless(retention.followsPolicy === false, ''),
  ];
  return cells.map((cell) => cell.trim());
}
