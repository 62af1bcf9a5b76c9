/** Article 6: a lawful basis for each activity, and the evidence the chosen basis needs. */
import type { Activity } from '../../domain/activity';
import type { Lia } from '../../domain/assessments';
import { outcome } from '../../lia/rules';
import type { Rule } from '../types';
import {
  activeActivities,
  activityRecord,
  byId,
  defineRule,
  isBlank,
  liaRecord,
  quoted,
} from '../helpers';

export const lawfulBasisMissing = defineRule(
  {
    id: 'lawful-basis.missing',
    severity: 'high',
    basis: 'UK GDPR Art 6(1), Art 30(1)(b)',
    title: 'No lawful basis',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      if (activity.lawfulBasis === null) {
        report(
          activityRecord(activity),
          'lawfulBasis',
          `${quoted(activity.name)} has no lawful basis under Article 6.`,
        );
      }
    }
  },
);

/** The LIAs that cover each activity, by activity id. */
function liasByActivity(lias: readonly Lia[]): Map<string, Lia[]> {
  const index = new Map<string, Lia[]>();
  for (const lia of lias) {
    for (const id of lia.activityIds) {
      const list = index.get(id);
      if (list) list.push(lia);
      else index.set(id, [lia]);
    }
  }
  return index;
}

const reliesOnLegitimateInterests = (activity: Activity): boolean =>
  activity.lawfulBasis === 'legitimate-interests';

export const liaMissing = defineRule(
  {
    id: 'lawful-basis.lia-missing',
    severity: 'high',
    basis: 'UK GDPR Art 6(1)(f), Art 5(2); ICO guidance on legitimate interests',
    title: 'Legitimate interests without a completed LIA',
  },
  ({ register }, report) => {
    const index = liasByActivity(register.lias);
    for (const activity of activeActivities(register)) {
      if (!reliesOnLegitimateInterests(activity)) continue;
      const lias = index.get(activity.id) ?? [];
      if (lias.some((lia) => lia.status === 'completed')) continue;
      const draft = lias[0];
      report(
        activityRecord(activity),
        'lawfulBasis',
        draft
          ? `${quoted(activity.name)} relies on legitimate interests, but its assessment ${quoted(draft.title)} is not completed.`
          : `${quoted(activity.name)} relies on legitimate interests without a legitimate interests assessment.`,
      );
    }
  },
);

export const liaCannotRely = defineRule(
  {
    id: 'lawful-basis.lia-cannot-rely',
    severity: 'high',
    basis: 'UK GDPR Art 6(1)(f); ICO guidance on legitimate interests',
    title: 'An LIA concluded legitimate interests cannot be relied on',
  },
  ({ register }, report) => {
    const activities = byId(register.activities);
    for (const lia of register.lias) {
      if (lia.status !== 'completed') continue;
      if (outcome(lia.path, lia.answers).status !== 'cannot-rely') continue;
      const relying = lia.activityIds
        .map((id) => activities.get(id))
        .filter(
          (a): a is Activity =>
            a !== undefined && a.status === 'active' && reliesOnLegitimateInterests(a),
        );
      if (relying.length === 0) continue;
      report(
        liaRecord(lia),
        'decision.can-rely',
        `The assessment ${quoted(lia.title)} concluded that legitimate interests cannot be relied on, yet ${relying
          .map((a) => quoted(a.name))
          .join(
            ', ',
          )} still ${relying.length === 1 ? 'relies' : 'rely'} on them: choose another basis or stop the processing.`,
      );
    }
  },
);

export const consentRecordMissing = defineRule(
  {
    id: 'lawful-basis.consent-record-missing',
    severity: 'medium',
    basis: 'UK GDPR Art 7(1)',
    title: 'Consent without a record of consent',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      const consent =
        activity.lawfulBasis === 'consent'
          ? 'consent'
          : activity.art9Condition === 'a'
            ? 'explicit consent'
            : activity.marketing.basis === 'consent'
              ? 'consent to marketing'
              : null;
      if (consent && isBlank(activity.consentRecord)) {
        report(
          activityRecord(activity),
          'consentRecord',
          `${quoted(activity.name)} relies on ${consent} but does not say where the record of each person’s consent is kept.`,
        );
      }
    }
  },
);

export const lawfulBasisRules: Rule[] = [
  lawfulBasisMissing,
  liaMissing,
  liaCannotRely,
  consentRecordMissing,
];
