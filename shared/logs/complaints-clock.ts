/**
 * When a complaint must be acknowledged (DPA 2018 s164A, in force 19 June 2026: within 30
 * days of receipt, or the shorter period the organisation sets itself), and where it stands.
 * "Within 30 days" is counted as the controller's own promise reads: received on 1 July,
 * acknowledged by 31 July. A response counts as an acknowledgement.
 */
import type { Complaint } from '../domain/logs';
import { daysFrom } from '../reviews/months';
import { addDays } from './dates';

/** The Act's limit, used when the organisation has not set a shorter one. */
export const DEFAULT_ACKNOWLEDGE_WITHIN_DAYS = 30;

/** How long a complaint may stay without an outcome before it is flagged. */
export const COMPLAINT_RESPONSE_WARNING_DAYS = 90;

type AckFields = Pick<Complaint, 'receivedOn' | 'acknowledgedOn' | 'respondedOn' | 'status'>;

export type AcknowledgementClock =
  | { state: 'acknowledged'; dueOn: string; acknowledgedOn: string; onTime: boolean }
  | { state: 'due'; dueOn: string; daysLeft: number }
  | { state: 'overdue'; dueOn: string; daysOverdue: number }
  /** Closed without an acknowledgement or a response on record. */
  | { state: 'closed'; dueOn: string };

export type AcknowledgementState = AcknowledgementClock['state'];

export const acknowledgementDueOn = (
  receivedOn: string,
  withinDays = DEFAULT_ACKNOWLEDGE_WITHIN_DAYS,
): string => addDays(receivedOn, withinDays);

/** Where a complaint's acknowledgement stands on `today` (YYYY-MM-DD). */
export function acknowledgementClock(
  complaint: AckFields,
  today: string,
  withinDays = DEFAULT_ACKNOWLEDGE_WITHIN_DAYS,
): AcknowledgementClock {
  const dueOn = acknowledgementDueOn(complaint.receivedOn, withinDays);
  const acknowledgedOn = complaint.acknowledgedOn ?? complaint.respondedOn;
  if (acknowledgedOn !== null)
    return { state: 'acknowledged', dueOn, acknowledgedOn, onTime: acknowledgedOn <= dueOn };
  if (complaint.status === 'closed') return { state: 'closed', dueOn };
  const daysLeft = daysFrom(today, dueOn);
  return daysLeft < 0
    ? { state: 'overdue', dueOn, daysOverdue: -daysLeft }
    : { state: 'due', dueOn, daysLeft };
}
