/** What falls due: reviews, contract renewals and the ICO registration, overdue and coming up. */
import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DueBuckets, DueItem } from '../../../shared/reviews/schedule';
import { longDate } from '../../../shared/util/long-date';
import { recordHref } from '../../navigation/recordHref';
import { GuardedLink } from '../third-parties/GuardedLink';

type Bucket = 'overdue' | 'within30' | 'within90';
const SHOWN = 6;

const bucketLabels: Record<Bucket, string> = {
  overdue: 'Overdue',
  within30: 'In 30 days',
  within90: 'In 31–90 days',
};

const empty: Record<Bucket, string> = {
  overdue: 'Nothing is overdue.',
  within30: 'Nothing falls due in the next 30 days.',
  within90: 'Nothing falls due in the 60 days after that.',
};

function DueLine({ item }: { item: DueItem }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <GuardedLink
        to={recordHref(item.record.kind, item.record.id, item.field)}
        size="sm"
        truncate="end"
        style={{ minWidth: 0 }}
      >
        {item.label}
      </GuardedLink>
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {longDate(item.due)}
      </Text>
    </Group>
  );
}

export function DueCard({ due }: { due: DueBuckets }) {
  const [bucket, setBucket] = useState<Bucket>(due.overdue.length > 0 ? 'overdue' : 'within30');
  const items = due[bucket];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="dash-due">
      <Stack gap="sm">
        <Title order={3} size="h4" id="dash-due">
          Reviews and renewals due
        </Title>
        <SegmentedControl
          fullWidth
          value={bucket}
          onChange={(value) => setBucket(value as Bucket)}
          aria-label="When"
          data={(Object.keys(bucketLabels) as Bucket[]).map((key) => ({
            value: key,
            label: (
              <span data-testid={`due-${key}`}>
                <Text span fw={700}>
                  {due[key].length}
                </Text>{' '}
                {bucketLabels[key].toLowerCase()}
              </span>
            ),
          }))}
        />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty[bucket]}
          </Text>
        ) : (
          <Stack gap={6}>
            {items.slice(0, SHOWN).map((item) => (
              <DueLine
                key={`${item.kind}|${item.record.kind}|${item.record.id}|${item.due}`}
                item={item}
              />
            ))}
            {items.length > SHOWN ? (
              <Text size="sm" c="dimmed">
                and {items.length - SHOWN} more.
              </Text>
            ) : null}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
