/** The rights requests as a table: their columns on the shared log table (virtualised, sortable). */
import { Text } from '@mantine/core';
import { longDate } from '../../../shared/util/long-date';
import { textColumn, type RecordColumn } from '../../components/RecordTable';
import { paths } from '../../navigation/paths';
import { entryLinkColumn, LogTable, type LogTableRows } from '../logs/LogTable';
import {
  clockDate,
  type RightsRequestRow,
  type RightsRequestSortColumn,
} from './rights-request-rows';
import { RightsClockBadge } from './RightsClockBadge';

const href = (row: RightsRequestRow): string => paths.rightsRequest(row.request.id);

const columns: RecordColumn<RightsRequestRow, RightsRequestSortColumn>[] = [
  entryLinkColumn({ key: 'requester', label: 'Requester' }, href, (row) => row.name),
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

export function RightsRequestTable(props: LogTableRows<RightsRequestRow, RightsRequestSortColumn>) {
  return (
    <LogTable
      {...props}
      columns={columns}
      rowKey={(row) => row.request.id}
      href={href}
      label="Rights requests"
      minWidth={1000}
      testId="rights-request-scroll"
    />
  );
}
