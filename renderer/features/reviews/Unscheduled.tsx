/** Records with no review date at all, by kind: each a link to where the date is set. */
import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FindingRecord } from '../../../shared/checks/types';
import { recordKindNames, reviewableKinds, type ReviewableKind } from '../../../shared/domain';
import { recordHref } from '../../navigation/recordHref';
import { GuardedLink } from '../third-parties/GuardedLink';

const SHOWN = 5;

/** The field where each kind keeps its date; LIAs, TRAs and notices take a recorded review. */
const dateField: Partial<Record<ReviewableKind, string>> = {
  activity: 'nextReview',
  thirdParty: 'reviewDate',
  transfer: 'reviewDate',
};

function KindList({ kind, records }: { kind: ReviewableKind; records: FindingRecord[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? records : records.slice(0, SHOWN);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {recordKindNames[kind].many}: {records.length}
      </Text>
      <List size="sm" spacing={2}>
        {shown.map((record) => (
          <List.Item key={record.id}>
            <GuardedLink to={recordHref(kind, record.id, dateField[kind] ?? null)} size="sm">
              {record.name}
            </GuardedLink>
          </List.Item>
        ))}
      </List>
      {records.length > SHOWN ? (
        <Anchor component="button" type="button" size="sm" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${records.length}`}
        </Anchor>
      ) : null}
    </Stack>
  );
}

export function Unscheduled({ records }: { records: Record<ReviewableKind, FindingRecord[]> }) {
  const kinds = reviewableKinds.filter((kind) => records[kind].length > 0);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="unscheduled-heading">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id="unscheduled-heading">
            No review date
          </Title>
          <Text size="sm" c="dimmed">
            {kinds.length === 0
              ? 'Every record has a review date.'
              : 'These records are not on the calendar. Set a next review date on each, or mark it reviewed to set one.'}
          </Text>
        </Stack>
        {kinds.length > 0 ? (
          <Group align="flex-start" gap="xl">
            {kinds.map((kind) => (
              <KindList key={kind} kind={kind} records={records[kind]} />
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
