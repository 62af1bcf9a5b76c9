/** The request's due date and where it stands, first on the page, following the form as it changes. */
import { Text } from '@mantine/core';
import { IconClock, IconClockPause, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { RightsRequest } from '../../../../shared/domain';
import { rightsClock, type RightsClock } from '../../../../shared/logs/rights-clock';
import { dayCount as days } from '../../../../shared/logs/dates';
import { longDate } from '../../../../shared/util/long-date';
import { ClockAlert, ClockNeedsDate } from '../../logs/ClockAlert';
import { pauseReasonLabels } from '../rights-request-fields';
import { RightsClockBadge } from '../RightsClockBadge';

function words(clock: RightsClock): { title: string; detail: string } {
  switch (clock.state) {
    case 'overdue':
      return {
        title: `Response was due by ${longDate(clock.dueOn)}`,
        detail: `It is ${days(clock.daysOverdue)} late. Respond now and record it; the person may complain to you or to the ICO.`,
      };
    case 'due-soon':
    case 'due':
      return {
        title: `Response due by ${longDate(clock.dueOn)}`,
        detail:
          clock.daysLeft === 0
            ? 'That is today.'
            : `${days(clock.daysLeft)} left, counting calendar days.`,
      };
    case 'paused':
      return {
        title: `Clock stopped since ${longDate(clock.since)}`,
        detail: `Waiting for ${pauseReasonLabels[clock.reason].toLowerCase()}. If it arrives today, the response will be due by ${longDate(clock.dueIfResumedToday)}. Enter the day it arrives under Waits.`,
      };
    case 'closed':
      return {
        title:
          clock.respondedOn === null
            ? 'Closed with no response date recorded'
            : `Responded on ${longDate(clock.respondedOn)}`,
        detail:
          clock.onTime === null
            ? `It was due by ${longDate(clock.dueOn)}.`
            : clock.onTime
              ? `On time: it was due by ${longDate(clock.dueOn)}.`
              : `Late: it was due by ${longDate(clock.dueOn)}.`,
      };
  }
}

const looks = {
  overdue: { color: 'red', icon: IconAlertTriangle },
  'due-soon': { color: 'orange', icon: IconClock },
  due: { color: 'blue', icon: IconClock },
  paused: { color: 'yellow', icon: IconClockPause },
  closed: { color: 'gray', icon: IconCircleCheck },
} as const;

export function ClockPanel({ request, today }: { request: RightsRequest; today: string }) {
  // A half-typed date cannot be counted from: the panel says what it needs instead.
  if (!request.receivedOn) {
    return (
      <ClockNeedsDate>
        Enter the day the request arrived to see when the response is due.
      </ClockNeedsDate>
    );
  }
  const clock = rightsClock(request, today);
  const { title, detail } = words(clock);
  return (
    <ClockAlert
      {...looks[clock.state]}
      title={title}
      badge={<RightsClockBadge clock={clock} />}
      testId="rights-clock"
    >
      <Text size="sm">{detail}</Text>
      {request.extended ? (
        <Text size="sm" mt={4}>
          Includes the extension by two further months.
        </Text>
      ) : null}
    </ClockAlert>
  );
}
