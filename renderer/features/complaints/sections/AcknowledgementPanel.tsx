/** When the complaint must be acknowledged, and where it stands, first on the page. */
import { Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import type { Complaint } from '../../../../shared/domain';
import { acknowledgementClock } from '../../../../shared/logs/complaints-clock';
import { longDate } from '../../../../shared/util/long-date';
import { COMPLAINTS_DUTY_FROM } from '../../../../shared/checks/rules/organisation';
import { ClockAlert, ClockNeedsDate } from '../../logs/ClockAlert';
import { AcknowledgementBadge } from '../AcknowledgementBadge';

export interface AcknowledgementPanelProps {
  complaint: Complaint;
  today: string;
  withinDays: number;
}

export function AcknowledgementPanel({ complaint, today, withinDays }: AcknowledgementPanelProps) {
  if (!complaint.receivedOn) {
    return (
      <ClockNeedsDate>
        Enter the day the complaint arrived to see when it must be acknowledged.
      </ClockNeedsDate>
    );
  }
  const clock = acknowledgementClock(complaint, today, withinDays);
  const due = longDate(clock.dueOn);
  const before = complaint.receivedOn < COMPLAINTS_DUTY_FROM;
  const { color, icon, title, detail } =
    clock.state === 'overdue'
      ? {
          color: 'red',
          icon: IconAlertTriangle,
          title: `Acknowledgement was due by ${due}`,
          detail: 'Acknowledge it now and record the date below.',
        }
      : clock.state === 'due'
        ? {
            color: 'blue',
            icon: IconClock,
            title: `Acknowledge by ${due}`,
            detail: `Within ${withinDays} days of receipt, as your complaints process says.`,
          }
        : clock.state === 'acknowledged'
          ? {
              color: 'gray',
              icon: IconCircleCheck,
              title: `Acknowledged on ${longDate(clock.acknowledgedOn)}`,
              detail: clock.onTime
                ? `On time: it was due by ${due}.`
                : `Late: it was due by ${due}.`,
            }
          : {
              color: 'gray',
              icon: IconCircleCheck,
              title: 'Closed without an acknowledgement on record',
              detail: `It was due by ${due}.`,
            };
  return (
    <ClockAlert
      color={color}
      icon={icon}
      title={title}
      badge={<AcknowledgementBadge clock={clock} />}
      testId="acknowledgement-clock"
    >
      <Text size="sm">{detail}</Text>
      {before ? (
        <Text size="sm" mt={4}>
          Received before 19 June 2026, when the legal duty to acknowledge began: a prompt
          acknowledgement is still good practice.
        </Text>
      ) : null}
    </ClockAlert>
  );
}
