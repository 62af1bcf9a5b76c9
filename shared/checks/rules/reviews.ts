/**
 * Keeping the register under review: reviews whose effective date has passed (the latest
 * recorded review's next date, else the record's own), and contracts past their end.
 */
import type { ReviewableKind } from '../../domain/oversight';
import type { OverdueReview } from '../../reviews/overdue';
import { overdueField, overdueReviews } from '../../reviews/overdue';
import { longDate } from '../../util/long-date';
import type { CheckContext, Rule } from '../types';
import type { RuleSpec } from '../helpers';
import { activeActivities, defineRule, quoted, thirdPartyRecord } from '../helpers';

const ACCOUNTABILITY = 'UK GDPR Art 5(2), Art 24(1); ICO Accountability Framework';

/** A rule reporting every record of `kind` whose review is overdue (of those `select` keeps). */
const overdueRule = (
  spec: RuleSpec,
  kind: ReviewableKind,
  message: (name: string, due: string) => string,
  select: (context: CheckContext) => (entry: OverdueReview) => boolean = () => () => true,
): Rule =>
  defineRule(spec, (context, report) => {
    const include = select(context);
    for (const entry of overdueReviews(context, kind)) {
      if (!include(entry)) continue;
      report(entry.record, overdueField(entry), message(entry.record.name, longDate(entry.due)));
    }
  });

export const activityReviewOverdue = overdueRule(
  {
    id: 'reviews.activity-overdue',
    severity: 'low',
    basis: ACCOUNTABILITY,
    title: 'An activity’s review is overdue',
  },
  'activity',
  (name, due) => `${quoted(name)} was due for review on ${due}.`,
  // Drafts are still being written: only activities in use are held to their review date.
  ({ register }) => {
    const active = new Set(activeActivities(register).map((a) => a.id));
    return (entry) => active.has(entry.record.id);
  },
);

export const liaReviewOverdue = overdueRule(
  {
    id: 'reviews.lia-overdue',
    severity: 'low',
    basis: `${ACCOUNTABILITY}; ICO guidance on legitimate interests`,
    title: 'A legitimate interests assessment’s review is overdue',
  },
  'lia',
  (name, due) =>
    `The legitimate interests assessment ${quoted(name)} was due for review on ${due}.`,
);

export const thirdPartyReviewOverdue = overdueRule(
  {
    id: 'reviews.third-party-overdue',
    severity: 'low',
    basis: 'UK GDPR Art 28(1); ICO Accountability Framework (contracts and data sharing)',
    title: 'A third party’s review is overdue',
  },
  'thirdParty',
  (name, due) => `${quoted(name)} was due for review on ${due}.`,
);

export const transferReviewOverdue = overdueRule(
  {
    id: 'reviews.transfer-overdue',
    severity: 'medium',
    basis: 'UK GDPR Art 44, 46; ICO guidance on transfer risk assessments',
    title: 'A transfer’s review (and its TRA) is overdue',
  },
  'transfer',
  (name, due) => `${name} was due for review on ${due}.`,
);

/**
 * A TRA is reviewed with its transfer (the rule above) until a review of the TRA itself sets
 * its own next date; only then can the TRA be overdue on its own.
 */
export const traReviewOverdue = overdueRule(
  {
    id: 'reviews.tra-overdue',
    severity: 'medium',
    basis: 'UK GDPR Art 46; ICO guidance on transfer risk assessments',
    title: 'A transfer risk assessment’s review is overdue',
  },
  'tra',
  (name, due) => `${quoted(name)} was due for review on ${due}.`,
  () => (entry) => entry.fromReview,
);

export const contractExpired = defineRule(
  {
    id: 'reviews.contract-expired',
    severity: 'medium',
    basis: 'UK GDPR Art 28(3), Art 26; ICO Accountability Framework (contracts and data sharing)',
    title: 'A contract has passed its end date',
  },
  ({ register, today }, report) => {
    for (const party of register.thirdParties) {
      const ends = party.contract.expiresOn;
      if (ends === null || ends >= today || party.contract.status === 'not-needed') continue;
      report(
        thirdPartyRecord(party),
        'contract.expiresOn',
        `${quoted(party.name)}’s contract ended on ${longDate(ends)}: renew it, or record that it has ended.`,
      );
    }
  },
);

export const reviewRules: Rule[] = [
  activityReviewOverdue,
  liaReviewOverdue,
  thirdPartyReviewOverdue,
  transferReviewOverdue,
  traReviewOverdue,
  contractExpired,
];
