/** Where a log entry's clock stands, first on its page: a headline with its badge, then detail. */
import { Alert, Group, Text } from '@mantine/core';
import { IconClock, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface ClockAlertProps {
  color: string;
  icon: Icon;
  title: string;
  badge: ReactNode;
  testId: string;
  /** The detail lines under the headline. */
  children: ReactNode;
}

export function ClockAlert({ color, icon: Icon, title, badge, testId, children }: ClockAlertProps) {
  return (
    <Alert
      color={color}
      variant="light"
      icon={<Icon size={22} aria-hidden />}
      aria-live="polite"
      data-testid={testId}
      title={
        <Group gap="sm" wrap="wrap">
          <Text component="span" fw={700} size="lg" c="var(--mantine-color-text)">
            {title}
          </Text>
          {badge}
        </Group>
      }
    >
      {children}
    </Alert>
  );
}

/** Said instead while the date the clock counts from is missing or half-typed. */
export function ClockNeedsDate({ children }: { children: ReactNode }) {
  return (
    <Alert color="gray" variant="light" icon={<IconClock size={20} aria-hidden />}>
      {children}
    </Alert>
  );
}
