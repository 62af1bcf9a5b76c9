/** Articles 9 and 10 with the DPA 2018: special category and criminal offence data. */
import type { Schedule1Condition } from '../../domain/enums';
import {
  art9ConditionLabels,
  art9NeedsSchedule1,
  schedule1ConditionLabels,
} from '../../domain/enums';
import type { Rule } from '../types';
import { activeActivities, activityRecord, defineRule, isBlank, quoted } from '../helpers';

export const art9Missing = defineRule(
  {
    id: 'special-category.art9-missing',
    severity: 'high',
    basis: 'UK GDPR Art 9(1)–(2)',
    title: 'Special category data without an Article 9 condition',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      if (activity.specialCategories.length > 0 && activity.art9Condition === null) {
        report(
          activityRecord(activity),
          'art9Condition',
          `${quoted(activity.name)} processes special category data without an Article 9 condition.`,
        );
      }
    }
  },
);

/** Article 9(2)(g) needs a Part 2 condition; (b), (h), (i) and (j) a Part 1 condition. */
const partNeeded = (condition: 'b' | 'g' | 'h' | 'i' | 'j'): 'p1' | 'p2' =>
  condition === 'g' ? 'p2' : 'p1';

export const schedule1Missing = defineRule(
  {
    id: 'special-category.schedule1-missing',
    severity: 'high',
    basis: 'DPA 2018 s10(2)–(3), Sch 1 Parts 1–2',
    title: 'Article 9 condition without the Schedule 1 condition it needs',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      const condition = activity.art9Condition;
      if (activity.specialCategories.length === 0) continue;
      if (condition === null || !art9NeedsSchedule1.has(condition)) continue;
      const part = partNeeded(condition as 'b' | 'g' | 'h' | 'i' | 'j');
      const partName = part === 'p1' ? 'Part 1' : 'Part 2';
      const chosen = activity.schedule1Condition;
      if (chosen !== null && chosen.startsWith(`${part}-`)) continue;
      report(
        activityRecord(activity),
        'schedule1Condition',
        chosen === null
          ? `${quoted(activity.name)} relies on ${art9ConditionLabels[condition]}, which also needs a condition in ${partName} of Schedule 1 to the DPA 2018.`
          : `${quoted(activity.name)} relies on ${art9ConditionLabels[condition]}, which needs a ${partName} condition of Schedule 1, not ${schedule1ConditionLabels[chosen]}.`,
      );
    }
  },
);

/**
 * Schedule 1 conditions met only while an appropriate policy document is in place: para 1 of
 * Part 1, and Part 2 (para 5) — the few Part 2 exceptions are narrow sub-cases of their own
 * paragraphs, so the rule asks for the document and the user may accept the finding.
 */
const needsPolicyDocument = (condition: Schedule1Condition): boolean =>
  condition === 'p1-1' || condition.startsWith('p2-');

export const policyDocumentMissing = defineRule(
  {
    id: 'special-category.policy-document-missing',
    severity: 'medium',
    basis: 'DPA 2018 Sch 1 paras 1(1)(b), 5 and Part 4',
    title: 'Schedule 1 condition without an appropriate policy document',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      const condition = activity.schedule1Condition;
      if (activity.specialCategories.length === 0 && !activity.criminalOffenceData) continue;
      if (condition === null || !needsPolicyDocument(condition)) continue;
      if (!isBlank(activity.appropriatePolicyDocument)) continue;
      report(
        activityRecord(activity),
        'appropriatePolicyDocument',
        `${quoted(activity.name)} relies on ${schedule1ConditionLabels[condition]} of Schedule 1, which needs an appropriate policy document; say where it is.`,
      );
    }
  },
);

export const criminalAuthorityMissing = defineRule(
  {
    id: 'special-category.criminal-authority-missing',
    severity: 'high',
    basis: 'UK GDPR Art 10; DPA 2018 s10(5), Sch 1 Parts 1–3',
    title: 'Criminal offence data without its authority',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      if (activity.criminalOffenceData && isBlank(activity.criminalDataAuthority)) {
        report(
          activityRecord(activity),
          'criminalDataAuthority',
          `${quoted(activity.name)} processes criminal offence data without saying what authorises it (official authority or a Schedule 1 condition).`,
        );
      }
    }
  },
);

export const specialCategoryRules: Rule[] = [
  art9Missing,
  schedule1Missing,
  policyDocumentMissing,
  criminalAuthorityMissing,
];
