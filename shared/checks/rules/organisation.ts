/** The organisation's own duties: the ICO fee and, from 19 June 2026, a complaints process. */
import type { Organisation } from '../../domain/organisation';
import { longDate } from '../../util/long-date';
import type { FindingRecord, Rule } from '../types';
import { daysBetween, defineRule, isBlank } from '../helpers';

/** The Data (Use and Access) Act 2025 complaints duty applies from this day. */
export const COMPLAINTS_DUTY_FROM = '2026-06-19';
/** How far ahead an ICO renewal starts to be flagged. */
export const RENEWAL_WARNING_DAYS = 30;

const orgRecord = (org: Organisation): FindingRecord => ({
  kind: 'organisation',
  id: org.id,
  name: org.name,
});

const FEE_BASIS = 'Data Protection (Charges and Information) Regulations 2018';

export const icoRenewalOverdue = defineRule(
  {
    id: 'organisation.ico-renewal-overdue',
    severity: 'high',
    basis: FEE_BASIS,
    title: 'ICO registration renewal date has passed',
  },
  ({ register, today }, report) => {
    const org = register.organisation;
    const renewal = org?.icoRenewalDate;
    if (!org || !renewal || renewal >= today) return;
    report(
      orgRecord(org),
      'icoRenewalDate',
      `${org.name}’s ICO registration was due for renewal on ${longDate(renewal)}: renew it and record the new date.`,
    );
  },
);

export const icoRenewalDue = defineRule(
  {
    id: 'organisation.ico-renewal-due',
    severity: 'medium',
    basis: FEE_BASIS,
    title: 'ICO registration renewal due within 30 days',
  },
  ({ register, today }, report) => {
    const org = register.organisation;
    const renewal = org?.icoRenewalDate;
    if (!org || !renewal || renewal < today) return;
    const days = daysBetween(today, renewal);
    if (days > RENEWAL_WARNING_DAYS) return;
    report(
      orgRecord(org),
      'icoRenewalDate',
      `${org.name}’s ICO registration is due for renewal on ${longDate(renewal)}, ${days === 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`}.`,
    );
  },
);

export const complaintsProcessMissing = defineRule(
  {
    id: 'organisation.complaints-process-missing',
    severity: 'medium',
    basis: 'DPA 2018 s164A (inserted by the Data (Use and Access) Act 2025), from 19 June 2026',
    title: 'No complaints process recorded',
  },
  ({ register, today }, report) => {
    const org = register.organisation;
    if (!org || today < COMPLAINTS_DUTY_FROM || !isBlank(org.complaints.process)) return;
    report(
      orgRecord(org),
      'complaints.process',
      `${org.name} does not record how people can complain to it about its use of their data, which every controller must provide from 19 June 2026.`,
    );
  },
);

export const organisationRules: Rule[] = [
  icoRenewalOverdue,
  icoRenewalDue,
  complaintsProcessMissing,
];
