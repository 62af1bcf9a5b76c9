/** Where a request's clock stands, as a badge in colours that keep AA contrast on light and dark. */
import { longDate } from '../../../shared/util/long-date';
import type { RightsClock } from '../../../shared/logs/rights-clock';
import { dayCount as days } from '../../../shared/logs/dates';
import { ClockBadge, clockLooks, type ClockLook } from '../logs/ClockBadge';

/** The badge's words: "Overdue by 3 days", "Due in 12 days", "Paused", "Answered on time". */
export function rightsClockText(clock: RightsClock): string {
  switch (clock.state) {
    case 'overdue':
      return `Overdue by ${days(clock.daysOverdue)}`;
    case 'due-soon':
    case 'due':
      return clock.daysLeft === 0 ? 'Due today' : `Due in ${days(clock.daysLeft)}`;
    case 'paused':
      return 'Paused';
    case 'closed':
      return clock.onTime === null ? 'Closed' : clock.onTime ? 'Answered on time' : 'Answered late';
  }
}

const look = (clock: RightsClock): ClockLook => {
  switch (clock.state) {
    case 'overdue':
      return clockLooks.late;
    case 'due-soon':
      return clockLooks.urgent;
    case 'due':
      return clockLooks.due;
    case 'paused':
      return clockLooks.waiting;
    case 'closed':
      return clock.onTime === false ? clockLooks.urgent : clockLooks.done;
  }
};

export function RightsClockBadge({ clock }: { clock: RightsClock }) {
  const title =
    clock.state === 'paused'
      ? `Paused since ${longDate(clock.since)}`
      : `Due by ${longDate(clock.dueOn)}`;
  return (
    <ClockBadge look={look(clock)} title={title}>
      {rightsClockText(clock)}
    </ClockBadge>
  );
}
