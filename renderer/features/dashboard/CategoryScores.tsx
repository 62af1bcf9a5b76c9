/**
 * The ICO Accountability Framework's ten categories, each with its score as a ring; opening one
 * shows how the score was reached and the findings behind it.
 */
import {
  Accordion,
  Badge,
  Group,
  List,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { severities } from '../../../shared/checks';
import type { CategoryScore } from '../../../shared/checks/accountability';
import { GuardedLink } from '../third-parties/GuardedLink';
import { findingsHref } from '../findings/FindingsPage';
import { fixHref } from '../findings/FindingsTable';
import { SeverityBadge, severityLabels } from '../findings/SeverityBadge';

const SHOWN = 5;

/** Colour follows the score, but the number always says it. */
const ringColour = (percent: number | null): string =>
  percent === null ? 'gray.5' : percent >= 90 ? 'teal.7' : percent >= 60 ? 'yellow.6' : 'red.7';

function Ring({ score }: { score: CategoryScore }) {
  return (
    <RingProgress
      size={64}
      thickness={7}
      roundCaps
      aria-hidden
      sections={score.percent ? [{ value: score.percent, color: ringColour(score.percent) }] : []}
      rootColor="var(--mantine-color-default-border)"
      label={
        <Text ta="center" size="xs" fw={700}>
          {score.percent === null ? '—' : `${score.percent}%`}
        </Text>
      }
    />
  );
}

function Details({ score }: { score: CategoryScore }) {
  const { category, findings } = score;
  return (
    <Stack gap="xs">
      <Text size="sm">{category.summary}</Text>
      {score.percent !== null ? (
        <Text size="sm">
          <strong>How it is scored:</strong> each of {score.counted} counts once; it counts as clear
          when no open finding in this area is about it. Findings accepted as known risks do not
          count until they expire.
        </Text>
      ) : null}
      {score.problems.length > 0 ? (
        <List size="sm" spacing={2}>
          {score.problems.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      ) : null}
      {findings.length > 0 ? (
        <>
          <Group gap="xs">
            {severities.map((severity) =>
              score.bySeverity[severity] > 0 ? (
                <Text key={severity} size="sm" c="dimmed">
                  {score.bySeverity[severity]} {severityLabels[severity].toLowerCase()}
                </Text>
              ) : null,
            )}
          </Group>
          <Stack gap={6}>
            {findings.slice(0, SHOWN).map((finding) => (
              <Group
                key={`${finding.ruleId}|${finding.record.kind}|${finding.record.id}|${finding.field}`}
                gap="xs"
                wrap="nowrap"
                align="flex-start"
              >
                <SeverityBadge severity={finding.severity} />
                <Text size="sm" style={{ flex: 1 }}>
                  {finding.message}{' '}
                  <GuardedLink to={fixHref(finding)} size="sm" underline="always">
                    Fix
                  </GuardedLink>
                </Text>
              </Group>
            ))}
          </Stack>
          <GuardedLink to={findingsHref({ area: category.id })} size="sm">
            {findings.length > SHOWN
              ? `All ${findings.length} findings in this area`
              : 'Open these in the findings list'}
          </GuardedLink>
        </>
      ) : score.percent !== null ? (
        <Text size="sm" c="dimmed">
          No open findings in this area.
        </Text>
      ) : null}
    </Stack>
  );
}

function Item({ score }: { score: CategoryScore }) {
  const open = score.findings.length;
  return (
    <Accordion.Item value={String(score.category.id)}>
      <Accordion.Control>
        <Group gap="md" wrap="nowrap">
          <Ring score={score} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={8} wrap="nowrap">
              <Text fw={600} size="sm" truncate="end">
                {score.category.id}. {score.category.title}
              </Text>
              {open > 0 ? (
                <Badge
                  size="sm"
                  variant="outline"
                  color="gray"
                  c="var(--mantine-color-text)"
                  tt="none"
                  style={{ flexShrink: 0 }}
                >
                  {open} {open === 1 ? 'finding' : 'findings'}
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed" lineClamp={2} data-testid={`score-${score.category.id}`}>
              {score.explanation}
            </Text>
          </Stack>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Details score={score} />
      </Accordion.Panel>
    </Accordion.Item>
  );
}

export function CategoryScores({ scores }: { scores: readonly CategoryScore[] }) {
  // Two columns of five, in the framework's order down each column.
  const columns = [scores.slice(0, 5), scores.slice(5)];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {columns.map((column, index) => (
        <Accordion key={index} variant="separated" radius="md" chevronPosition="right">
          {column.map((score) => (
            <Item key={score.category.id} score={score} />
          ))}
        </Accordion>
      ))}
    </SimpleGrid>
  );
}
