/** The activity form's type, labels and field kit: one label list, so every summary agrees. */
import type { UseFormReturnType } from '@mantine/form';
import type { Activity } from '../../../shared/domain';
import { createFieldKit } from '../../components/fieldKit';

export type ActivityForm = UseFormReturnType<Activity>;

export interface SectionProps {
  form: ActivityForm;
}

/** The label of every editable activity field, by its path in the record. */
export const activityLabels: Record<string, string> = {
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
  'dpia.answers': 'DPIA screening checklist',
  'dpia.notes': 'Screening notes',
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

export const activityKit = createFieldKit<Activity>({
  entity: 'activity',
  labels: activityLabels,
});
