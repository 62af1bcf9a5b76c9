/** Article 30(1): what the record of each processing activity must say, and the controller. */
import type { Activity } from '../../domain/activity';
import type { Rule } from '../types';
import { activeActivities, activityRecord, defineRule, isBlank, quoted } from '../helpers';

/** A rule for one Article 30 field left empty on an active activity. */
const missingField = (
  id: string,
  basis: string,
  title: string,
  field: string,
  isMissing: (activity: Activity) => boolean,
  message: (name: string) => string,
): Rule =>
  defineRule({ id, severity: 'medium', basis, title }, ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      if (isMissing(activity))
        report(activityRecord(activity), field, message(quoted(activity.name)));
    }
  });

export const organisationMissing = defineRule(
  {
    id: 'art30.controller-missing',
    severity: 'medium',
    basis: 'UK GDPR Art 30(1)(a)',
    title: 'The controller’s name and contact details are not recorded',
  },
  ({ register }, report) => {
    if (register.organisation === null) {
      report(
        { kind: 'organisation', id: '', name: 'Organisation' },
        null,
        'The register does not record who the controller is: fill in the organisation’s profile.',
      );
    }
  },
);

export const purposesMissing = missingField(
  'art30.purposes-missing',
  'UK GDPR Art 30(1)(b)',
  'No purposes',
  'purposes',
  (a) => a.purposes.length === 0,
  (name) => `${name} does not say why the data is processed.`,
);

export const dataSubjectsMissing = missingField(
  'art30.data-subjects-missing',
  'UK GDPR Art 30(1)(c)',
  'No categories of data subjects',
  'dataSubjects',
  (a) => a.dataSubjects.length === 0,
  (name) => `${name} does not say whose data it processes.`,
);

export const personalDataMissing = missingField(
  'art30.personal-data-missing',
  'UK GDPR Art 30(1)(c)',
  'No categories of personal data',
  'personalData',
  (a) => a.personalData.length === 0,
  (name) => `${name} does not say what personal data it processes.`,
);

export const recipientsMissing = missingField(
  'art30.recipients-missing',
  'UK GDPR Art 30(1)(d)',
  'No recipients',
  'recipientCategories',
  (a) => a.recipientIds.length === 0 && a.recipientCategories.length === 0,
  (name) =>
    `${name} does not say who receives the data: name the recipients, or record that no one outside the organisation does.`,
);

export const retentionMissing = missingField(
  'art30.retention-missing',
  'UK GDPR Art 30(1)(f)',
  'No retention period',
  'retention.period',
  (a) => isBlank(a.retention.period),
  (name) => `${name} does not say how long the data is kept.`,
);

export const securityMissing = missingField(
  'art30.security-missing',
  'UK GDPR Art 30(1)(g), Art 32(1)',
  'No security measures',
  'securityMeasures',
  (a) => isBlank(a.securityMeasures),
  (name) => `${name} does not describe the security measures that protect the data.`,
);

/** Words that say data is kept with no end. */
const INDEFINITE =
  /\b(indefinite(ly)?|forever|for ever|permanent(ly)?|in perpetuity|no limit|unlimited)\b/i;

export const retentionIndefinite = missingField(
  'retention.indefinite',
  'UK GDPR Art 5(1)(e)',
  'Data kept indefinitely',
  'retention.period',
  (a) => INDEFINITE.test(a.retention.period),
  (name) =>
    `${name} keeps data indefinitely: set a period, or the event that ends it, and say why that long.`,
);

export const art30Rules: Rule[] = [
  organisationMissing,
  purposesMissing,
  dataSubjectsMissing,
  personalDataMissing,
  recipientsMissing,
  retentionMissing,
  securityMissing,
  retentionIndefinite,
];
