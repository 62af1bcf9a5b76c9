/** The LIAs as a table: its columns on the shared record table (virtualised, sortable). */
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { pathLabels, type LiaRow, type LiaSort, type LiaSortColumn } from './lia-rows';
import { LiaStatusBadge } from './LiaStatusBadge';

const formatDate = (date: string | null) => (date ? dayjs(date).format('D MMM YYYY') : '—');

const columns: RecordColumn<LiaRow, LiaSortColumn>[] = [
  {
    key: 'title',
    label: 'Title',
    width: '25%',
    render: (row) => (
      <Text size="sm" fw={500} truncate="end" title={row.lia.title}>
        {row.lia.title}
      </Text>
    ),
  },
  {
    key: 'activities',
    label: 'Activities',
    width: '22%',
    render: (row) => <ActivityNames names={row.activities} />,
  },
  {
    key: 'path',
    label: 'Path',
    width: '10%',
    render: (row) => <Text size="sm">{pathLabels[row.lia.path]}</Text>,
  },
  {
    key: 'status',
    label: 'Status',
    width: '13%',
    render: (row) => <LiaStatusBadge status={row.status} percent={row.percent} />,
  },
  {
    key: 'revision',
    label: 'Revision',
    width: '8%',
    render: (row) => <Text size="sm">{row.lia.revision}</Text>,
  },
  {
    key: 'decided',
    label: 'Decided',
    width: '11%',
    render: (row) => <Text size="sm">{formatDate(row.decided)}</Text>,
  },
  {
    key: 'nextReview',
    label: 'Next review',
    width: '11%',
    render: (row) => <NextReview date={row.nextReview} overdue={row.overdue} />,
  },
];

export interface LiaTableProps {
  rows: LiaRow[];
  sort: LiaSort;
  onSort: (column: LiaSortColumn) => void;
  onOpen: (row: LiaRow) => void;
}

export function LiaTable({ rows, sort, onSort, onOpen }: LiaTableProps) {
  return (
    <RecordTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.lia.id}
      sort={sort}
      onSort={onSort}
      onOpen={onOpen}
      label="Legitimate interests assessments"
      rowHeight={44}
      minWidth={900}
    />
  );
}

/** The covered activities on one line; all of them in the tooltip. */
function ActivityNames({ names }: { names: string[] }) {
  if (names.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        None chosen
      </Text>
    );
  }
  const all = names.join(', ');
  return (
    <Text size="sm" truncate="end" title={all}>
      {all}
    </Text>
  );
}

// Red 8 keeps AA on white, red 4 on the dark theme's background.
const overdueColour = 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))';

function NextReview({ date, overdue }: { date: string | null; overdue: boolean }) {
  if (!overdue) return <Text size="sm">{formatDate(date)}</Text>;
  // One line, so every row keeps the height the virtualiser assumes.
  return (
    <Group gap={4} wrap="nowrap" title="Review overdue">
      <Text size="sm" c={overdueColour} fw={600} truncate="end">
        {formatDate(date)}
        <VisuallyHidden> (review overdue)</VisuallyHidden>
      </Text>
      <IconAlertTriangle size={14} color={overdueColour} aria-hidden style={{ flexShrink: 0 }} />
    </Group>
  );
}
