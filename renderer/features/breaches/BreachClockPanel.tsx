/**
 * The 72-hour clock, first on a breach's page: the time left (or over) counting down each minute,
 * the deadline on a UK clock, and what to do next; it follows the form as it changes.
 */
import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  breachClock,
  breachClockHeadline,
  breachNextSteps,
  type BreachClockState,
} from '../../../shared/logs/breach-clock';
import { londonDateTime } from '../../../shared/logs/london-time';
import { ICO_REPORTING } from './breach-fields';
import { readForm, type BreachFormValues } from './breach-form';
import { BreachClockBadge } from './BreachClockBadge';

const tints: Record<BreachClockState, string> = {
  overdue: 'red',
  running: 'orange',
  'reported-late': 'orange',
  'reported-undated': 'yellow',
  'reported-in-time': 'teal',
  'not-reporting': 'gray',
  'not-required': 'gray',
};

function Frame({ tint, children }: { tint: string; children: ReactNode }) {
  return (
    <Paper
      component="section"
      aria-labelledby="breach-clock-heading"
      data-testid="breach-clock"
      withBorder
      radius="md"
      p="lg"
      bg={`var(--mantine-color-${tint}-light)`}
      style={{ borderLeft: `6px solid var(--mantine-color-${tint}-filled)` }}
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="breach-clock-heading">
          72-hour clock
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function BreachClockPanel({ values, now }: { values: BreachFormValues; now: string }) {
  const { breach, errors } = readForm(values);
  if (errors['discoveredAt.date'] || errors['discoveredAt.time']) {
    return (
      <Frame tint="gray">
        <Text size="sm">
          Enter the date and time the organisation became aware of the breach to start the clock.
        </Text>
      </Frame>
    );
  }
  const clock = breachClock(breach, now);
  const steps = breachNextSteps(breach, clock);
  const undecided = clock.state === 'running' || clock.state === 'overdue';
  return (
    <Frame tint={tints[clock.state]}>
      <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
        <Text fz={24} fw={700} lh={1.25} role="timer" data-testid="breach-clock-headline">
          {breachClockHeadline(clock)}
        </Text>
        <BreachClockBadge clock={clock} brief />
      </Group>
      <Stack gap={2}>
        <Text size="sm">
          <strong>Aware since</strong> {londonDateTime(breach.discoveredAt)}
        </Text>
        <Text size="sm">
          <strong>72 hours end</strong> {londonDateTime(clock.deadline)}
        </Text>
        {breach.reportedToIco === 'yes' && breach.icoReportedAt ? (
          <Text size="sm">
            <strong>Reported</strong> {londonDateTime(breach.icoReportedAt)}
          </Text>
        ) : null}
      </Stack>
      {steps.length > 0 ? (
        <List size="sm" spacing={4} aria-label="What to do next">
          {steps.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      ) : null}
      {undecided ? <Text size="sm">{ICO_REPORTING}</Text> : null}
    </Frame>
  );
}
