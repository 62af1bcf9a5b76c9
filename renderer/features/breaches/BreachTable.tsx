/** The breach log as a table on the shared record table (virtualised, sortable). */
import { Text } from '@mantine/core';
import { RecordTable, textColumn, type RecordColumn } from '../../components/RecordTable';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import type { BreachRow, BreachSort, BreachSortColumn } from './breach-rows';
import { BreachClockBadge } from './BreachClockBadge';

const columns: RecordColumn<BreachRow, BreachSortColumn>[] = [
  {
    key: 'title',
    label: 'Breach',
    render: (row) => (
      <Text size="sm" truncate="end" fw={500} title={row.breach.title}>
        <GuardedLink to={paths.breach(row.breach.id)} c="inherit">
          {row.breach.title}
        </GuardedLink>
      </Text>
    ),
  },
  textColumn({ key: 'discoveredAt', label: 'Aware since', width: 170 }, (row) => row.awareSince),
  {
    key: 'clock',
    label: '72-hour clock',
    width: 230,
    render: (row) => <BreachClockBadge clock={row.clock} />,
  },
  textColumn({ key: 'risk', label: 'Risk', width: 130 }, (row) => row.risk),
  textColumn({ key: 'reported', label: 'Reported to ICO', width: 150 }, (row) => row.reported),
  textColumn({ key: 'status', label: 'Status', width: 100 }, (row) => row.status),
];

export function BreachTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly BreachRow[];
  sort: BreachSort;
  onSort: (column: BreachSortColumn) => void;
}) {
  const navigate = useGuardedNavigate();
  return (
    <RecordTable
      variant="links"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.breach.id}
      sort={sort}
      onSort={onSort}
      onOpen={(row) => navigate(paths.breach(row.breach.id))}
      label="Breaches"
      rowHeight={45}
      minWidth={1000}
      testId="breach-scroll"
    />
  );
}
