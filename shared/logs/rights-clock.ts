/**
 * When a rights request must be answered, and where it stands on a given day.
 *
 * The rule implemented (UK GDPR Art 12(3), as the ICO explains it, and the Data (Use and
 * Access) Act 2025 changes to when the clock runs):
 * - One calendar month, counted from the day after receipt: the response is due on the
 *   corresponding date of the next month (received 3 September, due 3 October). When the
 *   next month has no such date, the last day of that month (received 31 January, due 28
 *   February, or 29 in a leap year).
 * - Extended: two further months, the corresponding date three months after receipt (31
 *   January → 30 April), never chained through a shortened February.
 * - Waiting for identity, clarification or a fee stops the clock. A wait from `from` (the day
 *   the information was asked for) to `to` (the day it arrived) moves the due date back by
 *   the whole days between them: asked on 5 March, received on 10 March, five days later.
 *   Overlapping waits count each day once; days before receipt do not count. While a wait
 *   has no end the request is "paused" and has no due date running.
 * - The Act starts the clock afresh when identity or a fee arrives; counting the wait as a
 *   pause instead gives the same date or an earlier one, so the date shown is never later
 *   than the law allows. Likewise the date is not moved off a weekend or bank holiday,
 *   although the ICO accepts the next working day.
 */
import type { PauseReason, RightsRequest } from '../domain/logs';
import { addMonths, daysFrom } from '../reviews/months';
import { addDays } from './dates';

/** From this many days before the due date a request counts as due soon. */
export const DUE_SOON_DAYS = 7;

const EXTENSION_MONTHS = 2;

type ClockFields = Pick<
  RightsRequest,
  'receivedOn' | 'pauses' | 'extended' | 'status' | 'respondedOn'
>;

export type RightsClock =
  | {
      state: 'paused';
      reason: PauseReason;
      /** The day the wait began. */
      since: string;
      /** When the response would be due if the information arrived today. */
      dueIfResumedToday: string;
    }
  | { state: 'due' | 'due-soon'; dueOn: string; daysLeft: number }
  | { state: 'overdue'; dueOn: string; daysOverdue: number }
  | {
      state: 'closed';
      dueOn: string;
      respondedOn: string | null;
      /** Whether the response went by the due date; null when none is recorded. */
      onTime: boolean | null;
    };

export type RightsClockState = RightsClock['state'];

export const rightsClockStateLabels: Record<RightsClockState, string> = {
  paused: 'Paused',
  due: 'Due',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  closed: 'Closed',
};

/** The day the month (or extended three months) ends, before any wait. */
export const baseDueDate = (receivedOn: string, extended: boolean): string =>
  addMonths(receivedOn, extended ? 1 + EXTENSION_MONTHS : 1);

/**
 * Whole days the clock stood still, each day counted once; a wait without an end is counted
 * up to `openUntil`.
 */
export function pausedDays(
  receivedOn: string,
  pauses: RightsRequest['pauses'],
  openUntil: string,
): number {
  const spans = pauses
    .map((pause) => {
      const from = pause.from < receivedOn ? receivedOn : pause.from;
      const to = pause.to ?? openUntil;
      return { from, to };
    })
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from.localeCompare(b.from));
  let total = 0;
  let reached = receivedOn;
  for (const span of spans) {
    const from = span.from > reached ? span.from : reached;
    if (span.to > from) {
      total += daysFrom(from, span.to);
      reached = span.to;
    }
  }
  return total;
}

/** The wait still going on, if any (the latest begun). */
export function openPause(
  pauses: RightsRequest['pauses'],
): RightsRequest['pauses'][number] | undefined {
  return pauses
    .filter((pause) => pause.to === null)
    .sort((a, b) => b.from.localeCompare(a.from))[0];
}

/**
 * The response due date with every wait counted, a wait without an end counted up to
 * `openUntil`; null when a wait is open and no such day is given.
 */
export function responseDueOn(request: ClockFields, openUntil?: string): string | null {
  if (openUntil === undefined && openPause(request.pauses)) return null;
  const paused = pausedDays(request.receivedOn, request.pauses, openUntil ?? request.receivedOn);
  return addDays(baseDueDate(request.receivedOn, request.extended), paused);
}

/** Where a request stands on `today` (YYYY-MM-DD). */
export function rightsClock(request: ClockFields, today: string): RightsClock {
  const waiting = openPause(request.pauses);
  if (request.status !== 'open') {
    // A wait still open when the request closed ends with the response (or today).
    const end = request.respondedOn ?? today;
    const dueOn = responseDueOn(request, end) ?? end;
    const respondedOn = request.respondedOn;
    return {
      state: 'closed',
      dueOn,
      respondedOn,
      onTime: respondedOn === null ? null : respondedOn <= dueOn,
    };
  }
  if (waiting) {
    return {
      state: 'paused',
      reason: waiting.reason,
      since: waiting.from,
      dueIfResumedToday: responseDueOn(request, today) ?? today,
    };
  }
  const dueOn = responseDueOn(request) ?? today;
  const daysLeft = daysFrom(today, dueOn);
  if (daysLeft < 0) return { state: 'overdue', dueOn, daysOverdue: -daysLeft };
  return { state: daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'due', dueOn, daysLeft };
}
