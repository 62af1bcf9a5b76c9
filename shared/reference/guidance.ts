/**
 * Short help for every field of the Activity, Organisation, Third party and Transfer forms,
 * keyed by field path, with the ICO Article 30 template column each one fills. The record
 * types below make a missing field a compile error, so help never falls behind the schema.
 */
import type { Activity } from '../domain/activity';
import type { Organisation } from '../domain/organisation';
import type { ThirdParty } from '../domain/third-party';
import type { Transfer } from '../domain/transfer';

/** The ICO "Documentation template for controllers" columns, numbered as the ICO numbers them. */
export const icoRopaColumns: Readonly<Record<number, string>> = {
  1: 'Business function',
  2: 'Purpose of processing',
  3: 'Name and contact details of joint controller (if applicable)',
  4: 'Categories of individuals',
  5: 'Categories of personal data',
  6: 'Categories of recipients',
  7: 'Link to contract with processor',
  8: 'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  9: 'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  10: 'Retention schedule (if possible)',
  11: 'General description of technical and organisational security measures (if possible)',
  12: 'Article 6 lawful basis for processing personal data',
  13: 'Article 9 condition for processing special category data',
  14: 'Legitimate interests for the processing (if applicable)',
  15: 'Link to record of legitimate interests assessment (if applicable)',
  16: 'Rights available to individuals',
  17: 'Existence of automated decision-making, including profiling (if applicable)',
  18: 'The source of the personal data (if applicable)',
  19: 'Link to record of consent',
  20: 'Location of personal data',
  21: 'Data Protection Impact Assessment required?',
  22: 'Data Protection Impact Assessment progress',
  23: 'Link to Data Protection Impact Assessment',
  24: 'Has a personal data breach occurred?',
  25: 'Link to record of personal data breach',
  26: 'Data Protection Act 2018 Schedule 1 Condition for processing',
  27: 'GDPR Article 6 lawful basis for processing',
  28: 'Link to retention and erasure policy document',
  29: 'Is personal data retained and erased in accordance with the policy document?',
  30: 'Reasons for not adhering to policy document (if applicable)',
};

export interface FieldHelp {
  /** One or two plain sentences, in our own words. */
  help: string;
  /** ICO template columns this field fills; empty when it fills none. */
  icoColumns: readonly number[];
  /** True for the controller details at the top of the ICO template (not a numbered column). */
  controllerDetails?: true;
}

/** 'retention' → 'retention.period' | 'retention.trigger' | … */
type SubPaths<T, K extends keyof T> = K extends string
  ? `${K}.${Extract<keyof T[K], string>}`
  : never;
type Stamps = 'id' | 'createdAt' | 'updatedAt';

export type ActivityField =
  | Exclude<keyof Activity, Stamps>
  | SubPaths<Activity, 'retention' | 'automatedDecisions' | 'dpia' | 'marketing'>;
export type OrganisationField =
  | Exclude<keyof Organisation, Stamps>
  | SubPaths<Organisation, 'registeredAddress' | 'dpo' | 'representative' | 'complaints'>;
export type ThirdPartyField =
  Exclude<keyof ThirdParty, Stamps> | SubPaths<ThirdParty, 'contract' | 'dueDiligence'>;
export type TransferField = Exclude<keyof Transfer, Stamps>;

const h = (help: string, ...icoColumns: number[]): FieldHelp => ({ help, icoColumns });
const top = (help: string): FieldHelp => ({ help, icoColumns: [], controllerDetails: true });

const TO_CONFIRM =
  'Fields still to be checked by someone who knows the facts. Remove a field from the list once it is confirmed.';
const NOTES =
  'Private working notes. They never appear in a privacy notice or a report for the ICO.';

export const activityGuidance: Readonly<Record<ActivityField, FieldHelp>> = {
  name: h(
    'A short name people in your organisation recognise, such as “Payroll” or “Email newsletter”.',
  ),
  businessFunction: h(
    'The part of the organisation that carries out the processing, such as Finance or Marketing.',
    1,
  ),
  description: h(
    'A sentence or two on what happens to the data, for readers who do not know the activity.',
  ),
  purposes: h(
    'Why you use the data, one purpose per line. Be specific: “deliver online orders”, not “business purposes”.',
    2,
  ),
  dataSubjects: h('Whose data it is: customers, clients, staff, volunteers, website visitors.', 4),
  personalData: h(
    'The kinds of personal data used, such as name, email address or purchase history.',
    5,
  ),
  specialCategories: h(
    'Tick any special category data (Article 9): health, ethnic origin, religion, sexual orientation and the rest. It needs an extra condition.',
    5,
    13,
  ),
  criminalOffenceData: h(
    'Whether the activity uses data about criminal convictions or offences, such as DBS check results (Article 10).',
    5,
  ),
  sources: h(
    'Where the data comes from if not only from the person: a referrer, a platform, a public register.',
    18,
  ),
  collectedFromIndividual: h(
    'Yes when all the data comes straight from the person. If any comes from elsewhere, the notice must say what and from where (Article 14).',
    18,
  ),
  lawfulBasis: h(
    'The Article 6 basis you rely on. Choose one per purpose; it decides which rights people have.',
    12,
    27,
  ),
  lawfulBasisDetail: h(
    'Explain how the basis applies, naming the contract, the law or the consent relied on.',
    12,
  ),
  legitimateInterest: h(
    'For legitimate interests: the interest itself, in words people understand. Keep a legitimate interests assessment to back it up.',
    14,
  ),
  recognisedInterest: h(
    'For the recognised legitimate interest basis added by the Data (Use and Access) Act 2025: which listed purpose applies. No balancing test is needed.',
    12,
  ),
  art9Condition: h(
    'For special category data: the Article 9(2) condition you rely on, such as explicit consent or employment law.',
    13,
  ),
  schedule1Condition: h(
    'Where Article 9 or Article 10 needs it, the DPA 2018 Schedule 1 condition relied on.',
    26,
  ),
  appropriatePolicyDocument: h(
    'Where the Schedule 1 condition needs one: where your appropriate policy document is kept.',
    28,
  ),
  criminalDataAuthority: h(
    'For criminal offence data: the official authority or the Schedule 1 condition that permits it.',
    26,
  ),
  jointController: h(
    'If another organisation decides the purposes with you, its name and contact details.',
    3,
  ),
  recipientIds: h(
    'The third parties that receive the data. Each processor’s contract status comes from its record.',
    6,
    7,
  ),
  recipientCategories: h(
    'Recipients described by type where no single organisation is named, such as “the police on request”.',
    6,
  ),
  retention: h(
    'How long the data is kept and why: the ICO expects a retention schedule for each activity.',
    10,
  ),
  'retention.period': h(
    'How long the data is kept, in plain words: “6 years”, “until the person unsubscribes”.',
    10,
  ),
  'retention.trigger': h(
    'The event that starts the clock, such as the end of the financial year or the end of a case.',
    10,
  ),
  'retention.justification': h(
    'Why that long: a law, HMRC guidance, a funder’s condition or a limitation period.',
    10,
  ),
  'retention.disposal': h(
    'How the data is disposed of when the period ends: deleted, anonymised or shredded.',
    10,
  ),
  'retention.policyDocument': h(
    'Where your retention and erasure policy for this data is kept.',
    28,
  ),
  'retention.followsPolicy': h(
    'Whether the data really is kept and erased as the policy says.',
    29,
  ),
  'retention.notFollowingReason': h('If it is not, why not and what you are doing about it.', 30),
  securityMeasures: h(
    'A general description of how the data is protected: access control, encryption, backups, training.',
    11,
  ),
  systems: h('The systems and apps that hold or handle the data.', 20),
  locations: h('Where the data is held, so it can be found for a subject access request.', 20),
  automatedDecisions: h(
    'Whether any decision with legal or similarly significant effects is made about people without human involvement, including profiling.',
    17,
  ),
  'automatedDecisions.exists': h(
    'Tick only if a decision about a person is made by automated means alone.',
    17,
  ),
  'automatedDecisions.details': h(
    'What the decision is, the logic involved, its effects and the safeguards offered.',
    17,
  ),
  dpia: h(
    'Data protection impact assessment: screen the activity against the ICO list and record the outcome.',
    21,
    22,
    23,
  ),
  'dpia.screening': h('Whether you have screened the activity and whether a DPIA is required.', 21),
  'dpia.answers': h(
    'The ICO screening checklist: answer each item. Any "yes" means a DPIA is needed before the processing starts.',
    21,
  ),
  'dpia.notes': h(
    'Why a DPIA is or is not needed, in a sentence or two, for whoever reviews it.',
    21,
  ),
  'dpia.status': h('How far the DPIA has got.', 22),
  'dpia.link': h('Where the DPIA document is kept.', 23),
  consentRecord: h(
    'Where consent is relied on: where the record of who consented, when, how and to what is kept.',
    19,
  ),
  marketing: h(
    'Electronic direct marketing (PECR): the channels used and whether each rests on consent or a soft opt-in.',
  ),
  'marketing.electronic': h(
    'Tick if the activity sends marketing by email, text or another electronic channel.',
  ),
  'marketing.channels': h(
    'The channels used. Email and text marketing to individuals need consent or a soft opt-in.',
  ),
  'marketing.basis': h(
    'Consent, or a soft opt-in: existing customers (any organisation) or charitable purpose (registered charities only, from 5 February 2026).',
  ),
  'marketing.optOut': h(
    'How people can refuse when their details are collected and in every message afterwards.',
  ),
  requirement: h(
    'Whether people must give the data by law or contract, and what happens if they do not. The privacy notice must say so.',
  ),
  audienceIds: h('The privacy notices (audiences) that must describe this activity.'),
  funderIds: h(
    'The funders whose programmes this activity serves, to show each funder how its data is handled.',
  ),
  programmes: h('Named funded programmes or projects this activity belongs to.'),
  owner: h('The person accountable for this activity and for keeping its record up to date.'),
  status: h(
    'Draft while the record is incomplete, active while the processing happens, retired when it stops.',
  ),
  lastReviewed: h('When this record was last checked against what really happens.'),
  nextReview: h('When it should next be checked; at least once a year is good practice.'),
  internalNotes: h(NOTES),
  toConfirm: h(TO_CONFIRM),
};

export const organisationGuidance: Readonly<Record<OrganisationField, FieldHelp>> = {
  name: top('The controller’s full legal name, as registered.'),
  legalForm: top(
    'The kind of organisation. Only a registered charity may use PECR’s charitable-purpose soft opt-in.',
  ),
  registeredAddress: top(
    'The registered office address, as Companies House or the Charity Commission holds it.',
  ),
  'registeredAddress.line1': top('The first line of the registered address.'),
  'registeredAddress.line2': top('The second line, if any.'),
  'registeredAddress.town': top('Town or city.'),
  'registeredAddress.county': top('County, if you use one.'),
  'registeredAddress.postcode': top('The UK postcode, such as PL25 3BA.'),
  'registeredAddress.country': top('The country of the registered address.'),
  companyNumber: top('The Companies House number: 8 characters, such as 08896465 or SC123456.'),
  charityNumber: top(
    'The charity registration number, if the organisation is a registered charity.',
  ),
  icoRegistrationNumber: top(
    'The reference from paying the ICO data protection fee, such as ZA065060.',
  ),
  icoRenewalDate: top('When the ICO fee is next due, so the registration does not lapse.'),
  email: top('The email address people use to contact you about their data.'),
  phone: top('A UK phone number for data protection contacts.'),
  website: top('The website where your privacy notice is published.'),
  dpo: top(
    'A data protection officer is required for public authorities and for large-scale monitoring or special category processing (Article 37).',
  ),
  'dpo.appointed': top('Tick if you have formally appointed a DPO.'),
  'dpo.contact': top('The DPO’s contact details; they must be published in your privacy notice.'),
  'dpo.reasonNotRequired': top(
    'If you have no DPO, record why one is not required; it shows you considered it.',
  ),
  representative: top(
    'Only a controller outside the UK that serves people in the UK needs a UK representative (Article 27).',
  ),
  'representative.needed': top('Tick if the organisation needs a UK (or EU) representative.'),
  'representative.contact': top('The representative’s name and contact details.'),
  complaints: top(
    'From 19 June 2026 every controller must run a data protection complaints process.',
  ),
  'complaints.process': top(
    'How people complain to you, how you acknowledge and investigate, and how you tell them the outcome.',
  ),
  'complaints.contact': top('Where complaints go: an email address, a form or a named role.'),
  'complaints.acknowledgeWithinDays': top(
    'How quickly you acknowledge a complaint; the law allows at most 30 days.',
  ),
  socialMedia: top(
    'Your social media accounts, so notices and reports can list where you collect data.',
  ),
  audiences: top(
    'The groups of people you publish a privacy notice for, such as customers, clients or subscribers.',
  ),
  toConfirm: top(TO_CONFIRM),
};

export const thirdPartyGuidance: Readonly<Record<ThirdPartyField, FieldHelp>> = {
  name: h('The organisation’s name. Name the real supplier, not just the type.', 6),
  kind: h(
    'Its role: a processor acts only on your instructions; an independent controller decides for itself how it uses the data.',
    3,
    6,
  ),
  type: h('What sort of organisation it is, used to group recipients in notices and reports.', 6),
  services: h('What it does for you or why you share data with it.'),
  dataShared: h('The personal data it receives or can see.'),
  countries: h(
    'Every country where it processes the data. Outside the UK, check whether a restricted transfer needs a safeguard.',
    8,
  ),
  contact: h(
    'Its contact details, needed in the record for a joint controller or representative.',
    3,
  ),
  website: h('Its website or privacy notice address.'),
  contract: h('Processors must work under a written contract with the Article 28(3) terms.', 7),
  'contract.status': h(
    'Whether the contract is in place, requested, missing or not needed (for an independent controller).',
    7,
  ),
  'contract.reference': h(
    'Where the contract is, or the name of the provider’s data processing terms.',
    7,
  ),
  'contract.signedOn': h('When the contract was signed or accepted.', 7),
  'contract.expiresOn': h('When it ends, if it has an end date.', 7),
  'contract.document': h(
    'Where the signed contract or accepted terms are kept: a file path or a link to the provider’s terms.',
    7,
  ),
  article28: h(
    'Check the contract clause by clause against Article 28(3). "Not known yet" counts as not checked.',
    7,
  ),
  subProcessors: h(
    'The organisations the processor uses to process your data, and where. Providers publish a list.',
  ),
  dueDiligence: h(
    'What you checked before choosing it: security certifications such as ISO 27001 or Cyber Essentials, when you checked, and anything else you found.',
  ),
  'dueDiligence.certifications': h(
    'Security certifications you have seen evidence of, e.g. ISO 27001, Cyber Essentials, SOC 2.',
  ),
  'dueDiligence.checkedOn': h('When you last checked them; certificates expire.'),
  'dueDiligence.notes': h(
    'Anything else you checked: where it stores data, its breach history, its sub-processor list.',
  ),
  reviewDate: h('When you will next check this supplier and its contract.'),
  internalNotes: h(NOTES),
  toConfirm: h(TO_CONFIRM),
};

export const transferGuidance: Readonly<Record<TransferField, FieldHelp>> = {
  thirdPartyId: h('The third party that receives the data outside the UK.', 8),
  activityIds: h('The activities whose data is transferred.', 8),
  destinations: h('The countries the data goes to.', 8),
  mechanism: h(
    'What makes the transfer lawful: UK adequacy, the UK–US data bridge, the IDTA, the UK Addendum, BCRs or an Article 49 exception.',
    9,
  ),
  recipientCertified: h(
    'For the US: whether the recipient is on the Data Privacy Framework List with the UK Extension. For Canada or Japan: whether it is within the partial adequacy.',
    9,
  ),
  art49Exception: h(
    'If an Article 49 exception is relied on, which one. They are for occasional transfers only.',
    9,
  ),
  supplementaryMeasures: h(
    'Extra protection beyond the contract, such as encryption with keys kept in the UK.',
    9,
  ),
  traStatus: h(
    'A transfer risk assessment is needed before relying on the IDTA, the Addendum or BCRs.',
    9,
  ),
  reviewDate: h('When the transfer and its safeguard will next be checked.'),
  internalNotes: h(NOTES),
  toConfirm: h(TO_CONFIRM),
};

export type GuidanceEntity = 'activity' | 'organisation' | 'thirdParty' | 'transfer';

const byEntity: Record<GuidanceEntity, Readonly<Record<string, FieldHelp>>> = {
  activity: activityGuidance,
  organisation: organisationGuidance,
  thirdParty: thirdPartyGuidance,
  transfer: transferGuidance,
};

/** Help for a field path of an entity; undefined for a path that has none. */
export function guidanceFor(entity: GuidanceEntity, path: string): FieldHelp | undefined {
  const table = byEntity[entity];
  return Object.hasOwn(table, path) ? table[path] : undefined;
}
