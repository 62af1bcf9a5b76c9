/** Where a complaint's acknowledgement stands, as a badge keeping AA contrast on light and dark. */
import { Badge } from '@mantine/core';
import type { AcknowledgementClock } from '../../../shared/logs/complaints-clock';
import { longDate } from '../../../shared/util/long-date';

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);

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

const looks: Record<
  AcknowledgementClock['state'],
  { color: string; c?: string; variant: 'filled' | 'light' }
> = {
  overdue: { color: 'red.9', c: 'white', variant: 'filled' },
  due: { color: 'blue', variant: 'light' },
  acknowledged: { color: 'gray', variant: 'light' },
  closed: { color: 'gray', variant: 'light' },
};

export function AcknowledgementBadge({ clock }: { clock: AcknowledgementClock }) {
  const look =
    clock.state === 'acknowledged' && !clock.onTime
      ? ({ color: 'orange.3', c: 'dark.9', variant: 'filled' } as const)
      : looks[clock.state];
  return (
    <Badge
      component="span"
      radius="sm"
      tt="none"
      size="md"
      title={`Due by ${longDate(clock.dueOn)}`}
      {...look}
    >
      {acknowledgementText(clock)}
    </Badge>
  );
}
