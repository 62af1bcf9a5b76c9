/**
 * The label of every editable activity field, by its path in the record. One list serves the
 * form's labels, the "to confirm" summary and the validation summary, so they always agree.
 */
export const fieldLabels: Record<string, string> = {
  name: 'Name',
  businessFunction: 'Business function',
  description: 'Description',
  owner: 'Owner',
  status: 'Status',
  audienceIds: 'Privacy notice audiences',
  funderIds: 'Funders',
  programmes: 'Programmes',
  purposes: 'Purposes of processing',
  dataSubjects: 'Categories of individuals (data subjects)',
  personalData: 'Categories of personal data',
  specialCategories: 'Special category data',
  criminalOffenceData: 'Criminal offence data',
  art9Condition: 'Article 9 condition',
  schedule1Condition: 'DPA 2018 Schedule 1 condition',
  appropriatePolicyDocument: 'Appropriate policy document',
  criminalDataAuthority: 'Authority for criminal offence data',
  sources: 'Sources of the data',
  collectedFromIndividual: 'All collected from the individual',
  lawfulBasis: 'Lawful basis (Article 6)',
  legitimateInterest: 'The legitimate interest',
  recognisedInterest: 'Recognised legitimate interest',
  lawfulBasisDetail: 'Lawful basis detail',
  recipientIds: 'Named recipients',
  recipientCategories: 'Categories of recipients',
  jointController: 'Joint controller',
  'retention.period': 'Retention period',
  'retention.trigger': 'What starts the retention period',
  'retention.justification': 'Why that long',
  'retention.disposal': 'How it is disposed of',
  'retention.policyDocument': 'Retention and erasure policy document',
  'retention.followsPolicy': 'Retained and erased as the policy says?',
  'retention.notFollowingReason': 'Why the policy is not followed',
  securityMeasures: 'Security measures',
  systems: 'Systems',
  locations: 'Where the data is held',
  'automatedDecisions.exists': 'Automated decisions or profiling',
  'automatedDecisions.details': 'About the automated decisions',
  'dpia.screening': 'DPIA screening',
  'dpia.status': 'DPIA progress',
  'dpia.link': 'Link to the DPIA',
  consentRecord: 'Where consent is recorded',
  'marketing.electronic': 'Sends electronic direct marketing',
  'marketing.channels': 'Marketing channels',
  'marketing.basis': 'Basis for electronic marketing',
  'marketing.optOut': 'How people opt out',
  requirement: 'Statutory or contractual requirement',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review',
  internalNotes: 'Internal notes',
};

/** A readable name for a path, including ones the list does not know (e.g. from a template). */
export function labelFor(path: string): string {
  const known = fieldLabels[path];
  if (known) return known;
  // 'purposes.2' is an item of a list field: name the field.
  const parent = path.replace(/\.\d+$/, '');
  return fieldLabels[parent] ?? path;
}

/** A field is to confirm when its path, or a record it sits in, is listed (e.g. 'retention'). */
export function isToConfirm(toConfirm: readonly string[], path: string): boolean {
  return toConfirm.some((flag) => flag === path || path.startsWith(`${flag}.`));
}
