/** The breach form's labels, guidance and options: one place, so fields and summaries agree. */
import {
  breachRiskLabels,
  breachRisks,
  type BreachRisk,
  type Decision,
  type LogStatus,
} from '../../../shared/domain';
import { createLogKit } from '../logs/logKit';
import type { BreachFormValues } from './breach-form';

export const breachKit = createLogKit<BreachFormValues>(
  {
    title: 'Short name',
    'occurredAt.date': 'Happened on',
    'occurredAt.time': 'Happened at',
    'discoveredAt.date': 'Became aware on',
    'discoveredAt.time': 'Became aware at',
    whatHappened: 'What happened',
    causes: 'Causes',
    dataAffected: 'Personal data affected',
    specialCategoryInvolved: 'Special category or criminal offence data was involved',
    peopleAffected: 'People affected',
    peopleCount: 'Roughly how many people',
    likelyConsequences: 'Likely consequences for the people affected',
    stepsTaken: 'Steps taken',
    risk: 'Risk to people’s rights and freedoms',
    reportedToIco: 'Reported to the ICO',
    'icoReportedAt.date': 'Reported on',
    'icoReportedAt.time': 'Reported at',
    icoReference: 'ICO case reference',
    notReportedReason: 'Why it was not reported',
    individualsTold: 'People affected told',
    individualsToldOn: 'Told on',
    individualsNotToldReason: 'Why they were not told',
    delayReasons: 'Reasons for any delay',
    activityIds: 'Processing activities involved',
    thirdPartyIds: 'Third parties involved',
    status: 'Status',
    closedOn: 'Closed on',
    recordedBy: 'Recorded by',
    internalNotes: 'Internal notes',
  },
  {
    title: 'For the log and the findings, e.g. “Member list emailed to the wrong group”.',
    'occurredAt.date': 'If known.',
    'occurredAt.time': 'UK time, 24-hour clock.',
    'discoveredAt.date': 'The 72 hours run from here.',
    'discoveredAt.time': 'UK time, 24-hour clock.',
    'icoReportedAt.date': 'When the report went to the ICO.',
    whatHappened: 'The facts: what was lost, disclosed, altered or made unavailable, and how.',
    causes:
      'Human error, a system fault, a supplier, theft, a cyber attack… and why it could happen.',
    dataAffected: 'The kinds of personal data and of records involved.',
    peopleAffected: 'Who they are: members, staff, children, service users…',
    peopleCount: 'An estimate is fine. Leave empty if you do not know yet.',
    likelyConsequences:
      'What could happen to them: distress, fraud, discrimination, loss of confidentiality, physical harm…',
    stepsTaken: 'What you did to contain it, recover the data, and stop it happening again.',
    'icoReportedAt.time': 'UK time, 24-hour clock.',
    icoReference: 'The case reference the ICO gave you.',
    notReportedReason:
      'Why it is unlikely to result in a risk to people, e.g. the data was encrypted, or recovered unread.',
    individualsNotToldReason:
      'Art 34(3): the data was unintelligible to others (e.g. encrypted), later steps removed the high risk, or telling each person would take disproportionate effort (then a public notice instead).',
    delayReasons:
      'Why reporting to the ICO took more than 72 hours, or telling people took longer than it should have.',
    recordedBy: 'Who wrote this entry, for anyone who reads it later.',
  },
);

export const riskOptions = breachRisks.map((risk) => ({
  value: risk,
  label: breachRiskLabels[risk],
}));

/** The risk in a word or two, for the log's table. */
export const riskShortLabels: Record<BreachRisk, string> = {
  'not-assessed': 'Not assessed',
  unlikely: 'Unlikely',
  risk: 'Risk',
  high: 'High risk',
};

export const reportedShortLabels: Record<Decision, string> = {
  pending: 'Not decided',
  yes: 'Yes',
  no: 'No',
};

export const reportedLabels: Record<Decision, string> = {
  pending: 'Not decided yet',
  yes: 'Yes, reported',
  no: 'No, not reporting',
};

export const toldLabels: Record<Decision, string> = {
  pending: 'Not yet',
  yes: 'Yes, told',
  no: 'No, not telling them',
};

export const breachStatusLabels: Record<LogStatus, string> = {
  open: 'Open',
  closed: 'Closed',
};

/** The ICO's breach reporting, written out: the app is offline and links nowhere outside. */
export const ICO_REPORTING =
  'Report online at ico.org.uk/for-organisations/report-a-breach, or call the ICO helpline on 0303 123 1113.';
