/** Keeping the register under review: dates that have passed. */
import { reviewQuestion } from '../../lia/questions';
import { longDate } from '../../util/long-date';
import type { Rule } from '../types';
import {
  activeActivities,
  activityRecord,
  byId,
  defineRule,
  liaRecord,
  quoted,
  thirdPartyRecord,
  transferName,
  transferRecord,
} from '../helpers';

const ACCOUNTABILITY = 'UK GDPR Art 5(2), Art 24(1); ICO Accountability Framework';

export const activityReviewOverdue = defineRule(
  {
    id: 'reviews.activity-overdue',
    severity: 'low',
    basis: ACCOUNTABILITY,
    title: 'An activity’s review is overdue',
  },
  ({ register, today }, report) => {
    for (const activity of activeActivities(register)) {
      const due = activity.nextReview;
      if (due !== null && due < today) {
        report(
          activityRecord(activity),
          'nextReview',
          `${quoted(activity.name)} was due for review on ${longDate(due)}.`,
        );
      }
    }
  },
);

export const liaReviewOverdue = defineRule(
  {
    id: 'reviews.lia-overdue',
    severity: 'low',
    basis: `${ACCOUNTABILITY}; ICO guidance on legitimate interests`,
    title: 'A legitimate interests assessment’s review is overdue',
  },
  ({ register, today }, report) => {
    for (const lia of register.lias) {
      const due = lia.answers[reviewQuestion.id];
      if (typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) && due < today) {
        report(
          liaRecord(lia),
          reviewQuestion.id,
          `The legitimate interests assessment ${quoted(lia.title)} was due for review on ${longDate(due)}.`,
        );
      }
    }
  },
);

export const thirdPartyReviewOverdue = defineRule(
  {
    id: 'reviews.third-party-overdue',
    severity: 'low',
    basis: 'UK GDPR Art 28(1); ICO Accountability Framework (contracts and data sharing)',
    title: 'A third party’s review is overdue',
  },
  ({ register, today }, report) => {
    for (const party of register.thirdParties) {
      const due = party.reviewDate;
      if (due !== null && due < today) {
        report(
          thirdPartyRecord(party),
          'reviewDate',
          `${quoted(party.name)} was due for review on ${longDate(due)}.`,
        );
      }
    }
  },
);

export const transferReviewOverdue = defineRule(
  {
    id: 'reviews.transfer-overdue',
    severity: 'medium',
    basis: 'UK GDPR Art 44, 46; ICO guidance on transfer risk assessments',
    title: 'A transfer’s review (and its TRA) is overdue',
  },
  ({ register, today }, report) => {
    const parties = byId(register.thirdParties);
    for (const transfer of register.transfers) {
      const due = transfer.reviewDate;
      if (due !== null && due < today) {
        report(
          transferRecord(transfer, parties),
          'reviewDate',
          `${transferName(transfer, parties)} was due for review on ${longDate(due)}.`,
        );
      }
    }
  },
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
  contractExpired,
];
