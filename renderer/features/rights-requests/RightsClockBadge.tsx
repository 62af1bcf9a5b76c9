/** Where a request's clock stands, as a badge in colours that keep AA contrast on light and dark. */
import { Badge } from '@mantine/core';
import { longDate } from '../../../shared/util/long-date';
import type { RightsClock } from '../../../shared/logs/rights-clock';

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);

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

const look = (clock: RightsClock): { color: string; c?: string; variant: 'filled' | 'light' } => {
  switch (clock.state) {
    case 'overdue':
      return { color: 'red.9', c: 'white', variant: 'filled' };
    case 'due-soon':
      return { color: 'orange.3', c: 'dark.9', variant: 'filled' };
    case 'due':
      return { color: 'blue', variant: 'light' };
    case 'paused':
      return { color: 'yellow.3', c: 'dark.9', variant: 'filled' };
    case 'closed':
      return clock.onTime === false
        ? { color: 'orange.3', c: 'dark.9', variant: 'filled' }
        : { color: 'gray', variant: 'light' };
  }
};

export function RightsClockBadge({ clock }: { clock: RightsClock }) {
  const title =
    clock.state === 'paused'
      ? `Paused since ${longDate(clock.since)}`
      : `Due by ${longDate(clock.dueOn)}`;
  return (
    <Badge component="span" radius="sm" tt="none" size="md" title={title} {...look(clock)}>
      {rightsClockText(clock)}
    </Badge>
  );
}
