/** The activity table: its columns on the shared record table (virtualised, sortable). */
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { memo } from 'react';
import { lawfulBasisLabels, type Activity } from '../../../shared/domain';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { ToConfirmBadge } from '../../components/ToConfirmBadge';
import type { ActivitySortColumn } from './activity-filter';
import { StatusBadge } from './StatusBadge';

export interface ActivityTableProps {
  rows: Activity[];
  sort: { column: string; direction: 'asc' | 'desc' };
  onSort: (column: ActivitySortColumn) => void;
  onOpen: (activity: Activity) => void;
}

/** "Consent — Art 6(1)(a)" shows as "Consent" in a narrow column; the full label is the title. */
const shortBasis = (label: string) => label.split(' — ')[0] ?? label;

/** Memoised: typing in the search box re-renders the list, but the rows only change once the
 * deferred search catches up. */
export const ActivityTable = memo(function ActivityTable({
  rows,
  sort,
  onSort,
  onOpen,
}: ActivityTableProps) {
  const today = dayjs().format('YYYY-MM-DD');
  const columns: RecordColumn<Activity, ActivitySortColumn>[] = [
    {
      key: 'name',
      label: 'Name',
      width: '29%',
      render: (activity) => (
        <Group gap={8} wrap="nowrap">
          <Text size="sm" fw={500} truncate="end" title={activity.name}>
            {activity.name}
          </Text>
          {activity.toConfirm.length > 0 ? (
            <ToConfirmBadge count={activity.toConfirm.length} style={{ flexShrink: 0 }} />
          ) : null}
        </Group>
      ),
    },
    {
      key: 'businessFunction',
      label: 'Business function',
      width: '18%',
      render: (activity) => (
        <Text size="sm" truncate="end">
          {activity.businessFunction}
        </Text>
      ),
    },
    {
      key: 'lawfulBasis',
      label: 'Lawful basis',
      width: '17%',
      render: (activity) =>
        activity.lawfulBasis ? (
          <Text size="sm" truncate="end" title={lawfulBasisLabels[activity.lawfulBasis]}>
            {shortBasis(lawfulBasisLabels[activity.lawfulBasis])}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            None recorded
          </Text>
        ),
    },
    {
      key: 'status',
      label: 'Status',
      width: '10%',
      render: (activity) => <StatusBadge status={activity.status} />,
    },
    {
      key: 'nextReview',
      label: 'Next review',
      width: '14%',
      render: (activity) => (
        <NextReview
          date={activity.nextReview}
          overdue={
            activity.status !== 'retired' &&
            activity.nextReview !== null &&
            activity.nextReview < today
          }
        />
      ),
    },
    {
      key: 'updatedAt',
      label: 'Updated',
      width: '12%',
      render: (activity) => <Text size="sm">{dayjs(activity.updatedAt).format('D MMM YYYY')}</Text>,
    },
  ];

  return (
    <RecordTable
      columns={columns}
      rows={rows}
      rowKey={(activity) => activity.id}
      sort={sort}
      onSort={onSort}
      onOpen={onOpen}
      label="Processing activities"
      rowHeight={44}
    />
  );
});

// Red 8 keeps AA on white, red 4 on the dark theme's background.
const overdueColour = 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))';

function NextReview({ date, overdue }: { date: string | null; overdue: boolean }) {
  if (date === null) return <Text size="sm">—</Text>;
  const text = dayjs(date).format('D MMM YYYY');
  if (!overdue) return <Text size="sm">{text}</Text>;
  // One line, so every row keeps the height the virtualiser assumes.
  return (
    <Group gap={4} wrap="nowrap" title="Review overdue">
      <Text size="sm" c={overdueColour} fw={600} truncate="end">
        {text}
        <VisuallyHidden> (review overdue)</VisuallyHidden>
      </Text>
      <IconAlertTriangle size={14} color={overdueColour} aria-hidden />
    </Group>
  );
}
