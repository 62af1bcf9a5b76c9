/** The closed vocabularies of the register, with the labels a person reads. */

export const lawfulBases = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
  'recognised-legitimate-interest',
] as const;
export type LawfulBasis = (typeof lawfulBases)[number];

export const lawfulBasisLabels: Record<LawfulBasis, string> = {
  consent: 'Consent — Art 6(1)(a)',
  contract: 'Contract — Art 6(1)(b)',
  'legal-obligation': 'Legal obligation — Art 6(1)(c)',
  'vital-interests': 'Vital interests — Art 6(1)(d)',
  'public-task': 'Public task — Art 6(1)(e)',
  'legitimate-interests': 'Legitimate interests — Art 6(1)(f)',
  'recognised-legitimate-interest': 'Recognised legitimate interest — Art 6(1)(ea)',
};

/** DUAA 2025 Annex 1 recognised legitimate interests. */
export const recognisedLegitimateInterests = [
  'public-interest-request',
  'national-security-defence',
  'emergencies',
  'crime',
  'safeguarding',
] as const;
export type RecognisedLegitimateInterest = (typeof recognisedLegitimateInterests)[number];
export const recognisedLegitimateInterestLabels: Record<RecognisedLegitimateInterest, string> = {
  'public-interest-request': 'Disclosure on request for a public-interest task',
  'national-security-defence': 'National security, public security and defence',
  emergencies: 'Emergencies',
  crime: 'Detecting, investigating or preventing crime',
  safeguarding: 'Safeguarding vulnerable individuals',
};

export const activityStatuses = ['draft', 'active', 'retired'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];
export const activityStatusLabels: Record<ActivityStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  retired: 'Retired',
};

export const specialCategories = [
  'racial-ethnic-origin',
  'political-opinions',
  'religious-philosophical-beliefs',
  'trade-union-membership',
  'genetic',
  'biometric',
  'health',
  'sex-life-orientation',
] as const;
export type SpecialCategory = (typeof specialCategories)[number];
export const specialCategoryLabels: Record<SpecialCategory, string> = {
  'racial-ethnic-origin': 'Racial or ethnic origin',
  'political-opinions': 'Political opinions',
  'religious-philosophical-beliefs': 'Religious or philosophical beliefs',
  'trade-union-membership': 'Trade union membership',
  genetic: 'Genetic data',
  biometric: 'Biometric data (for identification)',
  health: 'Health',
  'sex-life-orientation': 'Sex life or sexual orientation',
};

export const art9Conditions = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Art9Condition = (typeof art9Conditions)[number];
export const art9ConditionLabels: Record<Art9Condition, string> = {
  a: '9(2)(a) Explicit consent',
  b: '9(2)(b) Employment, social security and social protection law',
  c: '9(2)(c) Vital interests (person cannot consent)',
  d: '9(2)(d) Not-for-profit body — members and regular contacts',
  e: '9(2)(e) Made manifestly public by the person',
  f: '9(2)(f) Legal claims or judicial acts',
  g: '9(2)(g) Substantial public interest',
  h: '9(2)(h) Health or social care',
  i: '9(2)(i) Public health',
  j: '9(2)(j) Archiving, research or statistics',
};
/** Article 9 conditions that need a DPA 2018 Schedule 1 condition as well. */
export const art9NeedsSchedule1: ReadonlySet<Art9Condition> = new Set(['b', 'g', 'h', 'i', 'j']);

export const schedule1Conditions = [
  'p1-1',
  'p1-2',
  'p1-3',
  'p1-4',
  ...[6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28].map(
    (n) => `p2-${n}` as const,
  ),
  'p3',
] as const;
export type Schedule1Condition = (typeof schedule1Conditions)[number];
export const schedule1ConditionLabels: Record<Schedule1Condition, string> = {
  'p1-1': 'Para 1 — Employment, social security and social protection',
  'p1-2': 'Para 2 — Health or social care purposes',
  'p1-3': 'Para 3 — Public health',
  'p1-4': 'Para 4 — Research etc',
  'p2-6': 'Para 6 — Statutory and government purposes',
  'p2-7': 'Para 7 — Administration of justice and parliamentary purposes',
  'p2-8': 'Para 8 — Equality of opportunity or treatment',
  'p2-9': 'Para 9 — Racial and ethnic diversity at senior levels',
  'p2-10': 'Para 10 — Preventing or detecting unlawful acts',
  'p2-11': 'Para 11 — Protecting the public',
  'p2-12': 'Para 12 — Regulatory requirements',
  'p2-13': 'Para 13 — Journalism in connection with unlawful acts and dishonesty',
  'p2-14': 'Para 14 — Preventing fraud',
  'p2-15': 'Para 15 — Suspicion of terrorist financing or money laundering',
  'p2-16': 'Para 16 — Support for individuals with a particular disability or medical condition',
  'p2-17': 'Para 17 — Counselling',
  'p2-18': 'Para 18 — Safeguarding of children and individuals at risk',
  'p2-19': 'Para 19 — Safeguarding of economic well-being of certain individuals',
  'p2-20': 'Para 20 — Insurance',
  'p2-21': 'Para 21 — Occupational pensions',
  'p2-22': 'Para 22 — Political parties',
  'p2-23': 'Para 23 — Elected representatives responding to requests',
  'p2-24': 'Para 24 — Disclosure to elected representatives',
  'p2-25': 'Para 25 — Informing elected representatives about prisoners',
  'p2-26': 'Para 26 — Publication of legal judgments',
  'p2-27': 'Para 27 — Anti-doping in sport',
  'p2-28': 'Para 28 — Standards of behaviour in sport',
  p3: 'Part 3 — Criminal offence data condition',
};

export const thirdPartyKinds = [
  'processor',
  'sub-processor',
  'joint-controller',
  'independent-controller',
  'public-authority',
] as const;
export type ThirdPartyKind = (typeof thirdPartyKinds)[number];
export const thirdPartyKindLabels: Record<ThirdPartyKind, string> = {
  processor: 'Processor',
  'sub-processor': 'Sub-processor',
  'joint-controller': 'Joint controller',
  'independent-controller': 'Independent controller',
  'public-authority': 'Public authority',
};

export const thirdPartyTypes = [
  'funder',
  'partner',
  'stakeholder',
  'it-company',
  'webhost',
  'marketing-consultancy',
  'email-marketing-platform',
  'accountant',
  'bookkeeper',
  'accounting-package',
  'solicitor',
  'courier',
  'payment-processor',
  'social-media-platform',
  'crm',
  'email-and-office-software',
  'business-buyer',
  'regulator',
  'other',
] as const;
export type ThirdPartyType = (typeof thirdPartyTypes)[number];
export const thirdPartyTypeLabels: Record<ThirdPartyType, string> = {
  funder: 'Funder',
  partner: 'Partner',
  stakeholder: 'Stakeholder',
  'it-company': 'IT company',
  webhost: 'Webhost',
  'marketing-consultancy': 'Marketing consultancy',
  'email-marketing-platform': 'Email marketing platform',
  accountant: 'Accountant',
  bookkeeper: 'Bookkeeper',
  'accounting-package': 'Accounting package',
  solicitor: 'Solicitor',
  courier: 'Courier',
  'payment-processor': 'Payment processor',
  'social-media-platform': 'Social media platform',
  crm: 'CRM',
  'email-and-office-software': 'Email and office software',
  'business-buyer': 'Buyer in a sale of the business',
  regulator: 'Regulator',
  other: 'Other',
};

export const contractStatuses = [
  'not-needed',
  'missing',
  'requested',
  'in-place',
  'expired',
] as const;
export type ContractStatus = (typeof contractStatuses)[number];
export const contractStatusLabels: Record<ContractStatus, string> = {
  'not-needed': 'Not needed',
  missing: 'Missing',
  requested: 'Requested',
  'in-place': 'In place',
  expired: 'Expired',
};

export const dpiaScreenings = ['not-screened', 'not-required', 'required'] as const;
export type DpiaScreening = (typeof dpiaScreenings)[number];
export const dpiaScreeningLabels: Record<DpiaScreening, string> = {
  'not-screened': 'Not screened yet',
  'not-required': 'Screened — not required',
  required: 'Screened — required',
};

export const dpiaStatuses = ['not-applicable', 'not-started', 'in-progress', 'completed'] as const;
export type DpiaStatus = (typeof dpiaStatuses)[number];
export const dpiaStatusLabels: Record<DpiaStatus, string> = {
  'not-applicable': 'Not applicable',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

export const marketingChannels = ['email', 'sms', 'phone', 'post', 'social-media'] as const;
export type MarketingChannel = (typeof marketingChannels)[number];
export const marketingChannelLabels: Record<MarketingChannel, string> = {
  email: 'Email',
  sms: 'Text message',
  phone: 'Phone calls',
  post: 'Post',
  'social-media': 'Social media (custom audiences)',
};

export const marketingBases = [
  'consent',
  'soft-opt-in-commercial',
  'soft-opt-in-charitable',
] as const;
export type MarketingBasis = (typeof marketingBases)[number];
export const marketingBasisLabels: Record<MarketingBasis, string> = {
  consent: 'Consent',
  'soft-opt-in-commercial': 'Soft opt-in — existing customers (PECR reg 22(3))',
  'soft-opt-in-charitable': 'Soft opt-in — charitable purpose (PECR reg 22(3A))',
};

export const legalForms = [
  'cic',
  'charitable-company',
  'cio',
  'charitable-trust',
  'company',
  'llp',
  'partnership',
  'sole-trader',
  'unincorporated-association',
  'public-body',
  'other',
] as const;
export type LegalForm = (typeof legalForms)[number];
export const legalFormLabels: Record<LegalForm, string> = {
  cic: 'Community interest company (CIC)',
  'charitable-company': 'Charitable company',
  cio: 'Charitable incorporated organisation (CIO)',
  'charitable-trust': 'Charitable trust',
  company: 'Private limited company',
  llp: 'Limited liability partnership',
  partnership: 'Partnership',
  'sole-trader': 'Sole trader',
  'unincorporated-association': 'Unincorporated association',
  'public-body': 'Public body',
  other: 'Other',
};

export const transferMechanisms = [
  'adequacy',
  'uk-us-data-bridge',
  'idta',
  'uk-addendum',
  'bcrs',
  'art49-exception',
  'legacy-eu-sccs',
] as const;
export type TransferMechanism = (typeof transferMechanisms)[number];
export const transferMechanismLabels: Record<TransferMechanism, string> = {
  adequacy: 'UK adequacy regulations',
  'uk-us-data-bridge': 'UK–US data bridge (DPF certified)',
  idta: 'International data transfer agreement (IDTA)',
  'uk-addendum': 'UK Addendum to the EU SCCs',
  bcrs: 'Binding corporate rules',
  'art49-exception': 'Article 49 exception',
  'legacy-eu-sccs': 'Legacy EU SCCs (no longer valid)',
};

/** The Article 49 exceptions a restricted transfer may rely on when nothing else covers it. */
export const art49Exceptions = [
  'explicit-consent',
  'contract-with-individual',
  'contract-in-individual-interest',
  'important-public-interest',
  'legal-claims',
  'vital-interests',
  'public-register',
  'compelling-legitimate-interests',
] as const;
export type Art49Exception = (typeof art49Exceptions)[number];
export const art49ExceptionLabels: Record<Art49Exception, string> = {
  'explicit-consent': 'Explicit consent, Art 49(1)(a)',
  'contract-with-individual': 'Contract with the individual, Art 49(1)(b)',
  'contract-in-individual-interest': 'Contract in the individual’s interest, Art 49(1)(c)',
  'important-public-interest': 'Important reasons of public interest, Art 49(1)(d)',
  'legal-claims': 'Legal claims, Art 49(1)(e)',
  'vital-interests': 'Vital interests, Art 49(1)(f)',
  'public-register': 'Public register, Art 49(1)(g)',
  'compelling-legitimate-interests': 'Compelling legitimate interests (rare), Art 49(1)',
};

export const traStatuses = ['not-needed', 'not-started', 'in-progress', 'completed'] as const;
export type TraStatus = (typeof traStatuses)[number];
export const traStatusLabels: Record<TraStatus, string> = {
  'not-needed': 'Not needed',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};
