/**
 * The breach log (UK GDPR Art 33 and 34): reporting decisions made within 72 hours, the reasons
 * for a late report or none, the people told when the risk to them is high, and each breach
 * documented as Art 33(5) asks.
 *
 * Checks are for a day, not an instant, so the 72-hour clock is read at the start of `today` on
 * a UK clock: a breach whose deadline passed before then is overdue; one with a deadline today or
 * later is due, and its message names the deadline to the minute.
 */
import type { Breach } from '../../domain/logs';
import { breachClock, type BreachClock } from '../../logs/breach-clock';
import { fromLondon, londonDateTime } from '../../logs/london-time';
import { defineRule, isBlank, quoted } from '../helpers';
import type { FindingRecord, Rule } from '../types';

export const breachRecord = (breach: Breach): FindingRecord => ({
  kind: 'breach',
  id: breach.id,
  name: breach.title,
});

/** Midnight at the start of a UK day (the clocks never change at midnight in the UK). */
const startOfDay = (today: string): string => {
  const start = fromLondon(today, '00:00');
  return start.ok ? start.iso : `${today}T00:00:00.000Z`;
};

/** Each breach with its clock at the start of `today`. */
const clocked = (breaches: readonly Breach[], today: string): [Breach, BreachClock][] => {
  const now = startOfDay(today);
  return breaches.map((breach) => [breach, breachClock(breach, now)]);
};

export const reportOverdue = defineRule(
  {
    id: 'breaches.report-overdue',
    severity: 'high',
    basis: 'UK GDPR Art 33(1): report within 72 hours of becoming aware, where feasible',
    title: 'Breach with no reporting decision after 72 hours',
  },
  ({ register, today }, report) => {
    for (const [breach, clock] of clocked(register.breaches, today)) {
      if (clock.state !== 'overdue') continue;
      report(
        breachRecord(breach),
        'reportedToIco',
        `The breach ${quoted(breach.title)} has had no decision on reporting it to the ICO, and its 72 hours ended at ${londonDateTime(clock.deadline)}: report it now with the reasons for the delay, or record why it is unlikely to result in a risk to people.`,
      );
    }
  },
);

export const reportDecisionDue = defineRule(
  {
    id: 'breaches.report-decision-due',
    severity: 'high',
    basis: 'UK GDPR Art 33(1): report within 72 hours of becoming aware, where feasible',
    title: 'Breach whose 72 hours are running',
  },
  ({ register, today }, report) => {
    for (const [breach, clock] of clocked(register.breaches, today)) {
      if (clock.state !== 'running') continue;
      report(
        breachRecord(breach),
        'reportedToIco',
        `Decide by ${londonDateTime(clock.deadline)} whether to report the breach ${quoted(breach.title)} to the ICO, and record the decision.`,
      );
    }
  },
);

export const delayReasonsMissing = defineRule(
  {
    id: 'breaches.delay-reasons-missing',
    severity: 'medium',
    basis: 'UK GDPR Art 33(1): a report after 72 hours gives the reasons for the delay',
    title: 'Late report with no reasons for the delay',
  },
  ({ register, today }, report) => {
    for (const [breach, clock] of clocked(register.breaches, today)) {
      if (clock.state !== 'reported-late' || !isBlank(breach.delayReasons)) continue;
      report(
        breachRecord(breach),
        'delayReasons',
        `The breach ${quoted(breach.title)} was reported to the ICO after the 72 hours, and the log does not say why: record the reasons for the delay.`,
      );
    }
  },
);

export const notReportedReasonMissing = defineRule(
  {
    id: 'breaches.not-reported-reason-missing',
    severity: 'medium',
    basis: 'UK GDPR Art 33(5): document the breach and the decision not to report it',
    title: 'Breach not reported, with no reason recorded',
  },
  ({ register, today }, report) => {
    for (const [breach, clock] of clocked(register.breaches, today)) {
      const unreported = clock.state === 'not-reporting' || clock.state === 'not-required';
      if (!unreported || !isBlank(breach.notReportedReason)) continue;
      report(
        breachRecord(breach),
        'notReportedReason',
        `The breach ${quoted(breach.title)} was not reported to the ICO, and the log does not say why: record the reasoning, so you can justify it if asked.`,
      );
    }
  },
);

export const notReportedDespiteRisk = defineRule(
  {
    id: 'breaches.not-reported-despite-risk',
    severity: 'high',
    basis:
      'UK GDPR Art 33(1): only a breach unlikely to result in a risk to people may go unreported',
    title: 'Breach assessed as a risk to people but not reported',
  },
  ({ register }, report) => {
    for (const breach of register.breaches) {
      if (breach.reportedToIco !== 'no') continue;
      if (breach.risk !== 'risk' && breach.risk !== 'high') continue;
      report(
        breachRecord(breach),
        'reportedToIco',
        `The breach ${quoted(breach.title)} is assessed as a risk to people’s rights and freedoms, yet recorded as not reported to the ICO: report it, or review the risk assessment.`,
      );
    }
  },
);

export const individualsNotTold = defineRule(
  {
    id: 'breaches.individuals-not-told',
    severity: 'high',
    basis: 'UK GDPR Art 34: tell the people affected by a high-risk breach without undue delay',
    title: 'High-risk breach with the people affected not told',
  },
  ({ register }, report) => {
    for (const breach of register.breaches) {
      if (breach.risk !== 'high') continue;
      if (breach.individualsTold === 'pending')
        report(
          breachRecord(breach),
          'individualsTold',
          `The breach ${quoted(breach.title)} is a high risk to people, and the log does not record them being told: tell them without undue delay, or record why you need not (Art 34(3)).`,
        );
      else if (breach.individualsTold === 'no' && isBlank(breach.individualsNotToldReason))
        report(
          breachRecord(breach),
          'individualsNotToldReason',
          `The people affected by the breach ${quoted(breach.title)} were not told, although the risk to them is high, and the log does not say why: record which exception in Art 34(3) applies.`,
        );
    }
  },
);

export const riskNotAssessed = defineRule(
  {
    id: 'breaches.risk-not-assessed',
    severity: 'medium',
    basis: 'UK GDPR Art 33(1) and 34(1): the risk to people decides who must be told',
    title: 'Breach with its risk not assessed',
  },
  ({ register }, report) => {
    for (const breach of register.breaches) {
      if (breach.risk !== 'not-assessed') continue;
      report(
        breachRecord(breach),
        'risk',
        `The risk of the breach ${quoted(breach.title)} to people’s rights and freedoms is not assessed: assess it, as it decides whether the ICO and the people affected must be told.`,
      );
    }
  },
);

export const reportTimeMissing = defineRule(
  {
    id: 'breaches.report-time-missing',
    severity: 'low',
    basis: 'UK GDPR Art 33(5): the documentation lets the ICO verify compliance',
    title: 'Report to the ICO with no date and time',
  },
  ({ register }, report) => {
    for (const breach of register.breaches) {
      if (breach.reportedToIco !== 'yes' || breach.icoReportedAt !== null) continue;
      report(
        breachRecord(breach),
        'icoReportedAt',
        `The breach ${quoted(breach.title)} is recorded as reported to the ICO, but not when: enter the date and time, to show whether it was within 72 hours.`,
      );
    }
  },
);

/** The facts Art 33(5) asks for, in the order the editor shows them. */
const documented = [
  ['whatHappened', 'what happened'],
  ['dataAffected', 'the personal data affected'],
  ['stepsTaken', 'the steps taken'],
] as const;

export const detailsMissing = defineRule(
  {
    id: 'breaches.details-missing',
    severity: 'low',
    basis: 'UK GDPR Art 33(5): document the facts, the effects and the remedial action taken',
    title: 'Open breach not fully documented',
  },
  ({ register }, report) => {
    for (const breach of register.breaches) {
      if (breach.status !== 'open') continue;
      const missing = documented.filter(([field]) => isBlank(breach[field]));
      const first = missing[0];
      if (!first) continue;
      const list = missing.map(([, words]) => words);
      const words =
        list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
      report(
        breachRecord(breach),
        first[0],
        `The log of the breach ${quoted(breach.title)} does not yet record ${words}.`,
      );
    }
  },
);

export const breachRules: Rule[] = [
  reportOverdue,
  reportDecisionDue,
  notReportedDespiteRisk,
  individualsNotTold,
  delayReasonsMissing,
  notReportedReasonMissing,
  riskNotAssessed,
  reportTimeMissing,
  detailsMissing,
];
