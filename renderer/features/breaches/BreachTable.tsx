/** The breach log as a table: its columns on the shared log table (virtualised, sortable). */
import { textColumn, type RecordColumn } from '../../components/RecordTable';
import { paths } from '../../navigation/paths';
import { entryLinkColumn, LogTable, type LogTableRows } from '../logs/LogTable';
import type { BreachRow, BreachSortColumn } from './breach-rows';
import { BreachClockBadge } from './BreachClockBadge';

const href = (row: BreachRow): string => paths.breach(row.breach.id);

const columns: RecordColumn<BreachRow, BreachSortColumn>[] = [
  entryLinkColumn({ key: 'title', label: 'Breach' }, href, (row) => row.breach.title),
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

export function BreachTable(props: LogTableRows<BreachRow, BreachSortColumn>) {
  return (
    <LogTable
      {...props}
      columns={columns}
      rowKey={(row) => row.breach.id}
      href={href}
      label="Breaches"
      minWidth={1000}
      testId="breach-scroll"
    />
  );
}
