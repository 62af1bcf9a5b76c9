/** The complaints as a table: their columns on the shared log table (virtualised, sortable). */
import { longDate } from '../../../shared/util/long-date';
import { textColumn, type RecordColumn } from '../../components/RecordTable';
import { paths } from '../../navigation/paths';
import { entryLinkColumn, LogTable, type LogTableRows } from '../logs/LogTable';
import { AcknowledgementBadge } from './AcknowledgementBadge';
import type { ComplaintRow, ComplaintSortColumn } from './complaint-rows';

const href = (row: ComplaintRow): string => paths.complaint(row.complaint.id);

const columns: RecordColumn<ComplaintRow, ComplaintSortColumn>[] = [
  entryLinkColumn(
    { key: 'complainant', label: 'Complainant' },
    href,
    (row) => row.complaint.complainant,
  ),
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

export function ComplaintTable(props: LogTableRows<ComplaintRow, ComplaintSortColumn>) {
  return (
    <LogTable
      {...props}
      columns={columns}
      rowKey={(row) => row.complaint.id}
      href={href}
      label="Complaints"
      minWidth={940}
      testId="complaint-scroll"
    />
  );
}
