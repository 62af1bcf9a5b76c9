/** The complaints as a table on the shared record table (virtualised, sortable). */
import { Text } from '@mantine/core';
import { longDate } from '../../../shared/util/long-date';
import { RecordTable, textColumn, type RecordColumn } from '../../components/RecordTable';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import { AcknowledgementBadge } from './AcknowledgementBadge';
import type { ComplaintRow, ComplaintSort, ComplaintSortColumn } from './complaint-rows';

const columns: RecordColumn<ComplaintRow, ComplaintSortColumn>[] = [
  {
    key: 'complainant',
    label: 'Complainant',
    render: (row) => (
      <Text size="sm" truncate="end" fw={500} title={row.complaint.complainant}>
        <GuardedLink to={paths.complaint(row.complaint.id)} c="inherit">
          {row.complaint.complainant}
        </GuardedLink>
      </Text>
    ),
  },
  textColumn({ key: 'receivedOn', label: 'Received', width: 150 }, (row) =>
    longDate(row.complaint.receivedOn),
  ),
  {
    key: 'acknowledgement',
    label: 'Acknowledgement',
    width: 300,
    render: (row) => <AcknowledgementBadge clock={row.clock} />,
  },
  textColumn({ key: 'outcome', label: 'Outcome', width: 150 }, (row) => row.outcome),
  textColumn({ key: 'status', label: 'Status', width: 110 }, (row) => row.status),
];

export function ComplaintTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly ComplaintRow[];
  sort: ComplaintSort;
  onSort: (column: ComplaintSortColumn) => void;
}) {
  const navigate = useGuardedNavigate();
  return (
    <RecordTable
      variant="links"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.complaint.id}
      sort={sort}
      onSort={onSort}
      onOpen={(row) => navigate(paths.complaint(row.complaint.id))}
      label="Complaints"
      rowHeight={45}
      minWidth={940}
      testId="complaint-scroll"
    />
  );
}
