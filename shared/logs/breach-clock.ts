/**
 * The 72-hour clock of a personal data breach (UK GDPR Art 33(1)): a reportable breach goes to
 * the ICO without undue delay and, where feasible, within 72 hours of the organisation becoming
 * aware of it; a later report gives the reasons for the delay. The clock runs in real hours from
 * `discoveredAt`, across weekends and the changes between GMT and BST.
 *
 * The deadline itself still counts as in time: aware at 09:00 on Monday, a report at 09:00 on
 * Thursday is within 72 hours, one a minute later is not.
 */
import type { Breach } from '../domain/logs';
import { londonDateTime } from './london-time';

export const REPORT_WITHIN_HOURS = 72;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type BreachClockFields = Pick<
  Breach,
  | 'discoveredAt'
  | 'risk'
  | 'reportedToIco'
  | 'icoReportedAt'
  | 'notReportedReason'
  | 'delayReasons'
  | 'individualsTold'
  | 'individualsNotToldReason'
>;

export const breachClockStates = [
  'overdue',
  'running',
  'reported-late',
  'reported-undated',
  'reported-in-time',
  'not-reporting',
  'not-required',
] as const;
export type BreachClockState = (typeof breachClockStates)[number];

export const breachClockStateLabels: Record<BreachClockState, string> = {
  running: 'Decision due',
  overdue: 'Overdue',
  'reported-in-time': 'Reported in time',
  'reported-late': 'Reported late',
  'reported-undated': 'Reported, time not recorded',
  'not-reporting': 'Not reported',
  'not-required': 'Not reportable',
};

export interface BreachClock {
  state: BreachClockState;
  /** The end of the 72 hours, ISO UTC. */
  deadline: string;
  /** From `now` to the deadline; negative once it has passed. */
  msLeft: number;
  /** How long after becoming aware the ICO was told; null when not reported or not recorded. */
  reportedAfterMs: number | null;
}

/** The end of the 72 hours from becoming aware. */
export const breachDeadline = (discoveredAt: string): string =>
  new Date(Date.parse(discoveredAt) + REPORT_WITHIN_HOURS * HOUR).toISOString();

function stateOf(breach: BreachClockFields, msLeft: number): BreachClockState {
  if (breach.reportedToIco === 'yes') {
    if (breach.icoReportedAt === null) return 'reported-undated';
    return Date.parse(breach.icoReportedAt) <= Date.parse(breachDeadline(breach.discoveredAt))
      ? 'reported-in-time'
      : 'reported-late';
  }
  // Only a breach unlikely to result in a risk to people may go unreported (Art 33(1)).
  if (breach.risk === 'unlikely') return 'not-required';
  if (breach.reportedToIco === 'no') return 'not-reporting';
  return msLeft < 0 ? 'overdue' : 'running';
}

/** Where the breach's 72 hours stand at `now` (ISO). */
export function breachClock(breach: BreachClockFields, now: string): BreachClock {
  const deadline = breachDeadline(breach.discoveredAt);
  const msLeft = Date.parse(deadline) - Date.parse(now);
  const state = stateOf(breach, msLeft);
  const reportedAfterMs =
    breach.reportedToIco === 'yes' && breach.icoReportedAt !== null
      ? Date.parse(breach.icoReportedAt) - Date.parse(breach.discoveredAt)
      : null;
  return { state, deadline, msLeft, reportedAfterMs };
}

const count = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * A span as a person says it, rounded down to the minute: "45 minutes", "31 hours 5 minutes"
 * (the 72 hours are thought of in hours), and beyond 72 hours "4 days 2 hours".
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return count(minutes, 'minute');
  if (minutes <= REPORT_WITHIN_HOURS * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? count(hours, 'hour') : `${count(hours, 'hour')} ${count(rest, 'minute')}`;
  }
  const days = Math.floor(Math.abs(ms) / DAY);
  const hours = Math.floor((Math.abs(ms) % DAY) / HOUR);
  return hours === 0 ? count(days, 'day') : `${count(days, 'day')} ${count(hours, 'hour')}`;
}

/** The clock in a few words, for a badge: "31 hours left", "Overdue by 2 days". */
export function breachClockShort(clock: BreachClock): string {
  switch (clock.state) {
    case 'running':
      return `${formatDuration(clock.msLeft)} left`;
    case 'overdue':
      return `Overdue by ${formatDuration(clock.msLeft)}`;
    default:
      return breachClockStateLabels[clock.state];
  }
}

/** The clock's heading, for the top of the breach's page. */
export function breachClockHeadline(clock: BreachClock): string {
  switch (clock.state) {
    case 'running':
      return `${formatDuration(clock.msLeft)} left to decide whether to report to the ICO`;
    case 'overdue':
      return `Overdue by ${formatDuration(clock.msLeft)}: decide now whether to report to the ICO`;
    case 'reported-in-time':
      return `Reported to the ICO within 72 hours (after ${formatDuration(clock.reportedAfterMs ?? 0)})`;
    case 'reported-late':
      return `Reported to the ICO after the 72 hours (after ${formatDuration(clock.reportedAfterMs ?? 0)})`;
    case 'reported-undated':
      return 'Reported to the ICO: when is not recorded';
    case 'not-reporting':
      return 'Decided not to report to the ICO';
    case 'not-required':
      return 'Unlikely to result in a risk to people: not reportable to the ICO';
  }
}

const isBlank = (text: string): boolean => text.trim() === '';

/** What is needed next, most urgent first, in plain English. Empty when nothing is. */
export function breachNextSteps(breach: BreachClockFields, clock: BreachClock): string[] {
  const steps: string[] = [];
  const deadline = londonDateTime(clock.deadline);
  switch (clock.state) {
    case 'running':
      steps.push(
        `Decide whether to report to the ICO by ${deadline}: ${formatDuration(clock.msLeft)} left.`,
      );
      break;
    case 'overdue':
      steps.push(
        'If the breach is reportable, report it to the ICO now, and record the reasons for the delay. If it is unlikely to result in a risk to people, record that assessment and why.',
      );
      break;
    case 'reported-late':
      if (isBlank(breach.delayReasons))
        steps.push(
          'Record the reasons the report went after the 72 hours: the ICO expects them with a late report (Art 33(1)).',
        );
      break;
    case 'reported-undated':
      steps.push(
        'Enter the date and time of the report to the ICO, so the log shows whether it went within 72 hours.',
      );
      break;
    case 'not-reporting':
    case 'not-required':
      if (isBlank(breach.notReportedReason))
        steps.push(
          'Record why the breach was not reported to the ICO: you must be able to justify the decision (Art 33(5)).',
        );
      break;
    case 'reported-in-time':
      break;
  }
  if (breach.risk === 'not-assessed' && (clock.state === 'running' || clock.state === 'overdue'))
    steps.push(
      'Assess the risk to people’s rights and freedoms: it decides whether the ICO and the people affected must be told.',
    );
  if (breach.risk === 'high' && breach.individualsTold === 'pending')
    steps.push(
      'The risk to people is high: tell the people affected without undue delay, in clear and plain language (Art 34).',
    );
  if (
    breach.risk === 'high' &&
    breach.individualsTold === 'no' &&
    isBlank(breach.individualsNotToldReason)
  )
    steps.push(
      'Record why the people affected were not told, although the risk to them is high (Art 34(3)).',
    );
  return steps;
}
