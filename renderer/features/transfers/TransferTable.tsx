/** The transfers as a table: its columns on the shared record table (virtualised, sortable). */
import { Group, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { RecordTable, textColumn, type RecordColumn } from '../../components/RecordTable';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import type { TransferRow, TransferSort, TransferSortColumn } from './transfer-rows';
import { VerdictBadge } from './VerdictBadge';

// The third party takes what the fixed columns leave.
const columns: RecordColumn<TransferRow, TransferSortColumn>[] = [
  {
    key: 'thirdParty',
    label: 'Third party',
    render: (row) => (
      <Text size="sm" truncate="end" fw={500} title={row.thirdParty}>
        <GuardedLink to={paths.transfer(row.transfer.id)} c="inherit">
          {row.thirdParty}
        </GuardedLink>
      </Text>
    ),
  },
  textColumn({ key: 'destinations', label: 'Destinations', width: 180 }, (row) => row.destinations),
  textColumn({ key: 'mechanism', label: 'Safeguard', width: 220 }, (row) => row.mechanism),
  {
    key: 'verdict',
    label: 'What is needed now',
    width: 200,
    render: (row) => <VerdictBadge verdict={row.verdict} />,
  },
  { key: 'tra', label: 'TRA', width: 120, render: (row) => <Text size="sm">{row.tra}</Text> },
  {
    key: 'reviewDate',
    label: 'Next review',
    width: 150,
    render: (row) => <ReviewDate row={row} />,
  },
];

function ReviewDate({ row }: { row: TransferRow }) {
  const date = row.transfer.reviewDate;
  if (!date) return <Text size="sm">—</Text>;
  const shown = dayjs(date).format('D MMM YYYY');
  if (!row.overdue) return <Text size="sm">{shown}</Text>;
  // Colour alone would not say it: the icon and words do too.
  return (
    <Group gap={4} wrap="nowrap">
      <IconAlertCircle size={16} aria-hidden color="var(--mantine-color-error)" />
      <Text size="sm" c="var(--mantine-color-error)" fw={600}>
        {shown} <span className="visually-hidden">(overdue)</span>
      </Text>
    </Group>
  );
}

export function TransferTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly TransferRow[];
  sort: TransferSort;
  onSort: (column: TransferSortColumn) => void;
}) {
  const navigate = useGuardedNavigate();
  return (
    <RecordTable
      variant="links"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.transfer.id}
      sort={sort}
      onSort={onSort}
      onOpen={(row) => navigate(paths.transfer(row.transfer.id))}
      label="Transfers outside the UK"
      rowHeight={45}
      minWidth={1040}
      testId="transfer-scroll"
    />
  );
}
