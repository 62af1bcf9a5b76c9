/** Where a breach's 72 hours stand, as a badge in colours that keep AA contrast on light and dark. */
import { Badge } from '@mantine/core';
import {
  breachClockShort,
  breachClockStateLabels,
  type BreachClock,
  type BreachClockState,
} from '../../../shared/logs/breach-clock';
import { londonDateTime } from '../../../shared/logs/london-time';

type Look = { color: string; c?: string; variant: 'filled' | 'light' };

export const breachClockLooks: Record<BreachClockState, Look> = {
  overdue: { color: 'red.9', c: 'white', variant: 'filled' },
  running: { color: 'orange.3', c: 'dark.9', variant: 'filled' },
  'reported-late': { color: 'orange.3', c: 'dark.9', variant: 'filled' },
  'reported-undated': { color: 'yellow.3', c: 'dark.9', variant: 'filled' },
  'reported-in-time': { color: 'teal', variant: 'light' },
  'not-reporting': { color: 'gray', variant: 'light' },
  'not-required': { color: 'gray', variant: 'light' },
};

/** `brief`: the state alone ("Overdue"), where the time is written out beside it. */
export function BreachClockBadge({
  clock,
  brief = false,
}: {
  clock: BreachClock;
  brief?: boolean;
}) {
  return (
    <Badge
      component="span"
      radius="sm"
      tt="none"
      size="md"
      title={`72 hours end at ${londonDateTime(clock.deadline)}`}
      {...breachClockLooks[clock.state]}
    >
      {brief ? breachClockStateLabels[clock.state] : breachClockShort(clock)}
    </Badge>
  );
}
