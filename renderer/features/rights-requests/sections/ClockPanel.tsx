/** The request's due date and where it stands, first on the page, following the form as it changes. */
import { Alert, Group, Text } from '@mantine/core';
import { IconClock, IconClockPause, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { RightsRequest } from '../../../../shared/domain';
import { rightsClock, type RightsClock } from '../../../../shared/logs/rights-clock';
import { longDate } from '../../../../shared/util/long-date';
import { pauseReasonLabels } from '../rights-request-fields';
import { RightsClockBadge } from '../RightsClockBadge';

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);

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
  overdue: { color: 'red', Icon: IconAlertTriangle },
  'due-soon': { color: 'orange', Icon: IconClock },
  due: { color: 'blue', Icon: IconClock },
  paused: { color: 'yellow', Icon: IconClockPause },
  closed: { color: 'gray', Icon: IconCircleCheck },
} as const;

export function ClockPanel({ request, today }: { request: RightsRequest; today: string }) {
  // A half-typed date cannot be counted from: the panel says what it needs instead.
  if (!request.receivedOn) {
    return (
      <Alert color="gray" variant="light" icon={<IconClock size={20} aria-hidden />}>
        Enter the day the request arrived to see when the response is due.
      </Alert>
    );
  }
  const clock = rightsClock(request, today);
  const { title, detail } = words(clock);
  const { color, Icon } = looks[clock.state];
  return (
    <Alert
      color={color}
      variant="light"
      icon={<Icon size={22} aria-hidden />}
      aria-live="polite"
      data-testid="rights-clock"
      title={
        <Group gap="sm" wrap="wrap">
          <Text component="span" fw={700} size="lg" c="var(--mantine-color-text)">
            {title}
          </Text>
          <RightsClockBadge clock={clock} />
        </Group>
      }
    >
      <Text size="sm">{detail}</Text>
      {request.extended ? (
        <Text size="sm" mt={4}>
          Includes the extension by two further months.
        </Text>
      ) : null}
    </Alert>
  );
}
