/** The rights requests as a table on the shared record table (virtualised, sortable). */
import { Text } from '@mantine/core';
import { longDate } from '../../../shared/util/long-date';
import { RecordTable, textColumn, type RecordColumn } from '../../components/RecordTable';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import {
  clockDate,
  type RightsRequestRow,
  type RightsRequestSort,
  type RightsRequestSortColumn,
} from './rights-request-rows';
import { RightsClockBadge } from './RightsClockBadge';

const columns: RecordColumn<RightsRequestRow, RightsRequestSortColumn>[] = [
  {
    key: 'requester',
    label: 'Requester',
    render: (row) => (
      <Text size="sm" truncate="end" fw={500} title={row.name}>
        <GuardedLink to={paths.rightsRequest(row.request.id)} c="inherit">
          {row.name}
        </GuardedLink>
      </Text>
    ),
  },
  textColumn({ key: 'kind', label: 'Right', width: 250 }, (row) => row.kind),
  textColumn({ key: 'receivedOn', label: 'Received', width: 150 }, (row) =>
    longDate(row.request.receivedOn),
  ),
  {
    key: 'due',
    label: 'Due',
    width: 320,
    render: (row) => (
      <Text size="sm" component="div" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <span style={{ minWidth: 130 }}>
          {row.clock.state === 'paused' ? 'Clock stopped' : longDate(clockDate(row.clock))}
        </span>
        <RightsClockBadge clock={row.clock} />
      </Text>
    ),
  },
  textColumn({ key: 'status', label: 'Status', width: 120 }, (row) => row.status),
];

export function RightsRequestTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly RightsRequestRow[];
  sort: RightsRequestSort;
  onSort: (column: RightsRequestSortColumn) => void;
}) {
  const navigate = useGuardedNavigate();
  return (
    <RecordTable
      variant="links"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.request.id}
      sort={sort}
      onSort={onSort}
      onOpen={(row) => navigate(paths.rightsRequest(row.request.id))}
      label="Rights requests"
      rowHeight={45}
      minWidth={1000}
      testId="rights-request-scroll"
    />
  );
}
