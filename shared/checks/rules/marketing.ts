/** PECR regulation 22: electronic marketing needs consent or a soft opt-in. */
import type { Activity } from '../../domain/activity';
import type { LegalForm } from '../../domain/enums';
import type { Rule } from '../types';
import { activeActivities, activityRecord, defineRule, isBlank, quoted } from '../helpers';

/** The charitable-purpose soft opt-in (PECR reg 22(3A)) came into force on this day. */
export const CHARITABLE_SOFT_OPT_IN_FROM = '2026-02-05';
const CHARITIES: ReadonlySet<LegalForm> = new Set([
  'charitable-company',
  'cio',
  'charitable-trust',
]);

/** Email and text messages are electronic mail under PECR, whatever the flag says. */
const sendsElectronicMarketing = (activity: Activity): boolean =>
  activity.marketing.electronic ||
  activity.marketing.channels.some((channel) => channel === 'email' || channel === 'sms');

const isSoftOptIn = (activity: Activity): boolean =>
  activity.marketing.basis === 'soft-opt-in-commercial' ||
  activity.marketing.basis === 'soft-opt-in-charitable';

export const marketingBasisMissing = defineRule(
  {
    id: 'marketing.basis-missing',
    severity: 'high',
    basis: 'PECR reg 22(2)–(3A)',
    title: 'Electronic marketing without consent or a soft opt-in',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      if (sendsElectronicMarketing(activity) && activity.marketing.basis === null) {
        report(
          activityRecord(activity),
          'marketing.basis',
          `${quoted(activity.name)} sends electronic marketing without recording consent or a soft opt-in.`,
        );
      }
    }
  },
);

export const softOptInOptOutMissing = defineRule(
  {
    id: 'marketing.soft-opt-in-unrecorded',
    severity: 'high',
    basis: 'PECR reg 22(3)(c), 22(3A)',
    title: 'A soft opt-in without the opt-out it depends on',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      if (!sendsElectronicMarketing(activity) || !isSoftOptIn(activity)) continue;
      if (!isBlank(activity.marketing.optOut)) continue;
      report(
        activityRecord(activity),
        'marketing.optOut',
        `${quoted(activity.name)} relies on the soft opt-in but does not record how people can refuse when their details are collected and in every message.`,
      );
    }
  },
);

export const charitableSoftOptInNotAvailable = defineRule(
  {
    id: 'marketing.charitable-soft-opt-in-not-available',
    severity: 'high',
    basis: 'PECR reg 22(3A)',
    title: 'The charitable soft opt-in used where it is not available',
  },
  ({ register, today }, report) => {
    const legalForm = register.organisation?.legalForm;
    const isCharity = legalForm !== undefined && CHARITIES.has(legalForm);
    const inForce = today >= CHARITABLE_SOFT_OPT_IN_FROM;
    if (isCharity && inForce) return;
    for (const activity of activeActivities(register)) {
      if (activity.marketing.basis !== 'soft-opt-in-charitable') continue;
      report(
        activityRecord(activity),
        'marketing.basis',
        isCharity
          ? `${quoted(activity.name)} relies on the charitable soft opt-in, which is not in force until 5 February 2026: it needs consent.`
          : `${quoted(activity.name)} relies on the charitable soft opt-in, which only a charity can use: it needs consent or the commercial soft opt-in.`,
      );
    }
  },
);

export const marketingRules: Rule[] = [
  marketingBasisMissing,
  softOptInOptOutMissing,
  charitableSoftOptInNotAvailable,
];
