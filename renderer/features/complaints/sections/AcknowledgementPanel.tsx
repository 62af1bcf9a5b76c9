/** When the complaint must be acknowledged, and where it stands, first on the page. */
import { Alert, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import type { Complaint } from '../../../../shared/domain';
import { acknowledgementClock } from '../../../../shared/logs/complaints-clock';
import { longDate } from '../../../../shared/util/long-date';
import { COMPLAINTS_DUTY_FROM } from '../../../../shared/checks/rules/organisation';
import { AcknowledgementBadge } from '../AcknowledgementBadge';

export interface AcknowledgementPanelProps {
  complaint: Complaint;
  today: string;
  withinDays: number;
}

export function AcknowledgementPanel({ complaint, today, withinDays }: AcknowledgementPanelProps) {
  if (!complaint.receivedOn) {
    return (
      <Alert color="gray" variant="light" icon={<IconClock size={20} aria-hidden />}>
        Enter the day the complaint arrived to see when it must be acknowledged.
      </Alert>
    );
  }
  const clock = acknowledgementClock(complaint, today, withinDays);
  const due = longDate(clock.dueOn);
  const before = complaint.receivedOn < COMPLAINTS_DUTY_FROM;
  const { color, Icon, title, detail } =
    clock.state === 'overdue'
      ? {
          color: 'red',
          Icon: IconAlertTriangle,
          title: `Acknowledgement was due by ${due}`,
          detail: 'Acknowledge it now and record the date below.',
        }
      : clock.state === 'due'
        ? {
            color: 'blue',
            Icon: IconClock,
            title: `Acknowledge by ${due}`,
            detail: `Within ${withinDays} days of receipt, as your complaints process says.`,
          }
        : clock.state === 'acknowledged'
          ? {
              color: 'gray',
              Icon: IconCircleCheck,
              title: `Acknowledged on ${longDate(clock.acknowledgedOn)}`,
              detail: clock.onTime
                ? `On time: it was due by ${due}.`
                : `Late: it was due by ${due}.`,
            }
          : {
              color: 'gray',
              Icon: IconCircleCheck,
              title: 'Closed without an acknowledgement on record',
              detail: `It was due by ${due}.`,
            };
  return (
    <Alert
      color={color}
      variant="light"
      icon={<Icon size={22} aria-hidden />}
      aria-live="polite"
      data-testid="acknowledgement-clock"
      title={
        <Group gap="sm" wrap="wrap">
          <Text component="span" fw={700} size="lg" c="var(--mantine-color-text)">
            {title}
          </Text>
          <AcknowledgementBadge clock={clock} />
        </Group>
      }
    >
      <Text size="sm">{detail}</Text>
      {before ? (
        <Text size="sm" mt={4}>
          Received before 19 June 2026, when the legal duty to acknowledge began: a prompt
          acknowledgement is still good practice.
        </Text>
      ) : null}
    </Alert>
  );
}
