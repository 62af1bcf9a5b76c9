/** Where a breach's 72 hours stand, as a badge in colours that keep AA contrast on light and dark. */
import {
  breachClockShort,
  breachClockStateLabels,
  type BreachClock,
  type BreachClockState,
} from '../../../shared/logs/breach-clock';
import { londonDateTime } from '../../../shared/logs/london-time';
import { ClockBadge, clockLooks, type ClockLook } from '../logs/ClockBadge';

const breachClockLooks: Record<BreachClockState, ClockLook> = {
  overdue: clockLooks.late,
  running: clockLooks.urgent,
  'reported-late': clockLooks.urgent,
  'reported-undated': clockLooks.waiting,
  'reported-in-time': clockLooks.met,
  'not-reporting': clockLooks.done,
  'not-required': clockLooks.done,
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
    <ClockBadge
      look={breachClockLooks[clock.state]}
      title={`72 hours end at ${londonDateTime(clock.deadline)}`}
    >
      {brief ? breachClockStateLabels[clock.state] : breachClockShort(clock)}
    </ClockBadge>
  );
}
