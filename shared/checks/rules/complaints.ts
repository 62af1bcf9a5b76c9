/** The complaints log (DPA 2018 s164A, from 19 June 2026): acknowledged in time, answered. */
import type { Complaint } from '../../domain/logs';
import {
  acknowledgementClock,
  COMPLAINT_RESPONSE_WARNING_DAYS,
  DEFAULT_ACKNOWLEDGE_WITHIN_DAYS,
} from '../../logs/complaints-clock';
import { complaintName } from '../../logs/names';
import { longDate } from '../../util/long-date';
import { daysBetween, defineRule } from '../helpers';
import type { FindingRecord, Rule } from '../types';
import { COMPLAINTS_DUTY_FROM } from './organisation';

export const complaintRecord = (complaint: Complaint): FindingRecord => ({
  kind: 'complaint',
  id: complaint.id,
  name: complaintName(complaint),
});

export const acknowledgementOverdue = defineRule(
  {
    id: 'complaints.acknowledgement-overdue',
    severity: 'high',
    basis: 'DPA 2018 s164A(3) (Data (Use and Access) Act 2025), from 19 June 2026',
    title: 'Complaint not acknowledged in time',
  },
  ({ register, today }, report) => {
    const withinDays =
      register.organisation?.complaints.acknowledgeWithinDays ?? DEFAULT_ACKNOWLEDGE_WITHIN_DAYS;
    for (const complaint of register.complaints) {
      // The duty covers complaints made from the day it came into force.
      if (complaint.receivedOn < COMPLAINTS_DUTY_FROM) continue;
      const clock = acknowledgementClock(complaint, today, withinDays);
      if (clock.state !== 'overdue') continue;
      report(
        complaintRecord(complaint),
        'acknowledgedOn',
        `${complaintName(complaint)} should have been acknowledged by ${longDate(clock.dueOn)}: acknowledge it now and record the date.`,
      );
    }
  },
);

export const responseOutstanding = defineRule(
  {
    id: 'complaints.response-outstanding',
    severity: 'low',
    basis: 'DPA 2018 s164A(4): respond without undue delay and tell the complainant the outcome',
    title: `Complaint open with no response after ${COMPLAINT_RESPONSE_WARNING_DAYS} days`,
  },
  ({ register, today }, report) => {
    for (const complaint of register.complaints) {
      if (complaint.status !== 'open' || complaint.respondedOn !== null) continue;
      const age = daysBetween(complaint.receivedOn, today);
      if (age <= COMPLAINT_RESPONSE_WARNING_DAYS) continue;
      report(
        complaintRecord(complaint),
        'respondedOn',
        `${complaintName(complaint)} arrived ${age} days ago and has no response recorded: tell the person where it stands and what the outcome is.`,
      );
    }
  },
);

export const complaintRules: Rule[] = [acknowledgementOverdue, responseOutstanding];
