/** Open findings by severity: a bar to take in at a glance, and each count linking to its list. */
import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { severities, summarise, type Finding, type Severity } from '../../../shared/checks';
import type { AcceptedRisk } from '../../../shared/domain';
import { GuardedLink } from '../third-parties/GuardedLink';
import { findingsHref } from '../findings/FindingsPage';
import { severityLabels } from '../findings/SeverityBadge';

export interface FindingsSummaryProps {
  open: readonly Finding[];
  acceptedCount: number;
  expired: readonly AcceptedRisk[];
}

const bar: Record<Severity, string> = { high: 'red.8', medium: 'yellow.5', low: 'gray.5' };

export function FindingsSummary({ open, acceptedCount, expired }: FindingsSummaryProps) {
  const summary = summarise(open);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="dash-findings">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id="dash-findings">
            Findings
          </Title>
          <GuardedLink to={findingsHref({})} size="sm">
            All findings
          </GuardedLink>
        </Group>
        <GuardedLink
          to={findingsHref({})}
          c="var(--mantine-color-text)"
          underline="hover"
          data-testid="open-findings"
        >
          <Group gap={8} align="baseline">
            <Text span fz={40} fw={700} lh={1}>
              {summary.total}
            </Text>
            <Text span size="sm">
              open {summary.total === 1 ? 'finding' : 'findings'}
            </Text>
          </Group>
        </GuardedLink>
        {summary.total > 0 ? (
          <Progress.Root size={14} aria-hidden>
            {severities.map((severity) =>
              summary[severity] > 0 ? (
                <Progress.Section
                  key={severity}
                  value={(summary[severity] / summary.total) * 100}
                  color={bar[severity]}
                />
              ) : null,
            )}
          </Progress.Root>
        ) : null}
        <Group gap="lg">
          {severities.map((severity) => (
            <GuardedLink
              key={severity}
              to={findingsHref({ severity })}
              underline="hover"
              c="var(--mantine-color-text)"
              data-testid={`severity-${severity}`}
            >
              <Group gap={6} wrap="nowrap">
                <span
                  aria-hidden
                  style={{
                    width: 10,
                    height: 10,
                    borderRadius: 2,
                    background: `var(--mantine-color-${bar[severity].replace('.', '-')})`,
                  }}
                />
                <Text span fw={700}>
                  {summary[severity]}
                </Text>
                <Text span size="sm">
                  {severityLabels[severity].toLowerCase()}
                </Text>
              </Group>
            </GuardedLink>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          {acceptedCount > 0 ? (
            <GuardedLink
              to={findingsHref({ accepted: true })}
              size="sm"
              data-testid="accepted-count"
            >
              {acceptedCount} accepted as known {acceptedCount === 1 ? 'risk' : 'risks'}
            </GuardedLink>
          ) : (
            'None accepted as known risks.'
          )}
          {acceptedCount > 0 ? ', not counted until their expiry.' : ''}
          {expired.length > 0
            ? ` ${expired.length} ${expired.length === 1 ? 'acceptance has' : 'acceptances have'} run out, so ${expired.length === 1 ? 'its finding counts' : 'their findings count'} again.`
            : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
