/** Where a complaint's acknowledgement stands, as a badge keeping AA contrast on light and dark. */
import type { AcknowledgementClock } from '../../../shared/logs/complaints-clock';
import { dayCount as days } from '../../../shared/logs/dates';
import { longDate } from '../../../shared/util/long-date';
import { ClockBadge, clockLooks, type ClockLook } from '../logs/ClockBadge';

export function acknowledgementText(clock: AcknowledgementClock): string {
  switch (clock.state) {
    case 'overdue':
      return `Acknowledgement overdue by ${days(clock.daysOverdue)}`;
    case 'due':
      return clock.daysLeft === 0
        ? 'Acknowledge today'
        : `Acknowledge within ${days(clock.daysLeft)}`;
    case 'acknowledged':
      return clock.onTime ? 'Acknowledged' : 'Acknowledged late';
    case 'closed':
      return 'Closed, not acknowledged';
  }
}

const looks: Record<AcknowledgementClock['state'], ClockLook> = {
  overdue: clockLooks.late,
  due: clockLooks.due,
  acknowledged: clockLooks.done,
  closed: clockLooks.done,
};

export function AcknowledgementBadge({ clock }: { clock: AcknowledgementClock }) {
  const look =
    clock.state === 'acknowledged' && !clock.onTime ? clockLooks.urgent : looks[clock.state];
  return (
    <ClockBadge look={look} title={`Due by ${longDate(clock.dueOn)}`}>
      {acknowledgementText(clock)}
    </ClockBadge>
  );
}
