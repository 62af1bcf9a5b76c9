/** The rights requests log: answers on time, extensions explained, searches and identity recorded. */
import type { RightsRequest } from '../../domain/logs';
import { rightsRequestName } from '../../logs/names';
import { rightsClock } from '../../logs/rights-clock';
import { longDate } from '../../util/long-date';
import { daysBetween, defineRule, isBlank } from '../helpers';
import type { FindingRecord, Rule } from '../types';

/** How long an open access request may go without the requester's identity being checked. */
export const IDENTITY_CHECK_WARNING_DAYS = 7;

const TIME_LIMIT_BASIS = 'UK GDPR Art 12(3)';

const inDays = (days: number): string =>
  days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;

export const rightsRequestRecord = (request: RightsRequest): FindingRecord => ({
  kind: 'rightsRequest',
  id: request.id,
  name: rightsRequestName(request),
});

export const requestOverdue = defineRule(
  {
    id: 'rights.overdue',
    severity: 'high',
    basis: TIME_LIMIT_BASIS,
    title: 'Rights request not answered in time',
  },
  ({ register, today }, report) => {
    for (const request of register.rightsRequests) {
      const clock = rightsClock(request, today);
      if (clock.state !== 'overdue') continue;
      report(
        rightsRequestRecord(request),
        'respondedOn',
        `${rightsRequestName(request)} was due an answer by ${longDate(clock.dueOn)}, ${clock.daysOverdue === 1 ? '1 day' : `${clock.daysOverdue} days`} ago: respond and record it, or record the wait or extension that moves the date.`,
      );
    }
  },
);

export const requestDueSoon = defineRule(
  {
    id: 'rights.due-soon',
    severity: 'low',
    basis: TIME_LIMIT_BASIS,
    title: 'Rights request due within 7 days',
  },
  ({ register, today }, report) => {
    for (const request of register.rightsRequests) {
      const clock = rightsClock(request, today);
      if (clock.state !== 'due-soon') continue;
      report(
        rightsRequestRecord(request),
        'respondedOn',
        `${rightsRequestName(request)} must be answered by ${longDate(clock.dueOn)}, ${inDays(clock.daysLeft)}.`,
      );
    }
  },
);

export const extensionUnexplained = defineRule(
  {
    id: 'rights.extension-reason-missing',
    severity: 'medium',
    basis: `${TIME_LIMIT_BASIS} (the person must be told of an extension, with the reasons, within one month)`,
    title: 'Extension with no reason recorded',
  },
  ({ register }, report) => {
    for (const request of register.rightsRequests) {
      if (!request.extended || !isBlank(request.extensionReason)) continue;
      report(
        rightsRequestRecord(request),
        'extensionReason',
        `${rightsRequestName(request)} was extended, but the log does not say why: record the reasons you gave the person.`,
      );
    }
  },
);

export const searchesMissing = defineRule(
  {
    id: 'rights.searches-missing',
    severity: 'medium',
    basis:
      'UK GDPR Art 15(1A) (Data (Use and Access) Act 2025): reasonable and proportionate searches',
    title: 'Access request completed with no searches recorded',
  },
  ({ register }, report) => {
    for (const request of register.rightsRequests) {
      if (request.kind !== 'access' || request.status !== 'completed') continue;
      if (request.searches.length > 0) continue;
      report(
        rightsRequestRecord(request),
        'searches',
        `${rightsRequestName(request)} is completed, but the log records no searches: record where you looked, to show they were reasonable and proportionate.`,
      );
    }
  },
);

export const identityUnchecked = defineRule(
  {
    id: 'rights.identity-unchecked',
    severity: 'low',
    basis: 'UK GDPR Art 12(6); ICO guidance on the right of access',
    title: 'Open access request with identity not checked after 7 days',
  },
  ({ register, today }, report) => {
    for (const request of register.rightsRequests) {
      if (request.kind !== 'access' || request.status !== 'open' || request.identityChecked)
        continue;
      // Already waiting for proof of identity: the clock is stopped and the log says why.
      if (request.pauses.some((pause) => pause.reason === 'identity' && pause.to === null))
        continue;
      const age = daysBetween(request.receivedOn, today);
      if (age <= IDENTITY_CHECK_WARNING_DAYS) continue;
      report(
        rightsRequestRecord(request),
        'identityChecked',
        `${rightsRequestName(request)} arrived ${age} days ago and the requester’s identity is not recorded as checked: check it (only if you have doubts, and only as far as needed), or record that you are waiting for it.`,
      );
    }
  },
);

export const rightsRules: Rule[] = [
  requestOverdue,
  requestDueSoon,
  extensionUnexplained,
  searchesMissing,
  identityUnchecked,
];
