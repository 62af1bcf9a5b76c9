/** The trail's events as a virtualised table: when, who, kind of record, record, action. */
import { Badge, Stack, Text } from '@mantine/core';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { actionColours, actionLabels, entityLabels } from './trail-labels';
import type { TrailRow } from './trail-rows';

export interface TrailTableProps {
  rows: readonly TrailRow[];
  newestFirst: boolean;
  onToggleOrder: () => void;
  selected: number | null;
  onSelect: (row: TrailRow) => void;
}

type Column = 'when' | 'who' | 'kind' | 'record' | 'action';

const day = (at: string) =>
  new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const time = (at: string) =>
  new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export function TrailTable({
  rows,
  newestFirst,
  onToggleOrder,
  selected,
  onSelect,
}: TrailTableProps) {
  const columns: RecordColumn<TrailRow, Column>[] = [
    {
      key: 'when',
      label: 'When',
      width: 150,
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm" fw={row.seq === selected ? 700 : undefined}>
            {day(row.at)}
          </Text>
          <Text size="xs" c="dimmed">
            {time(row.at)} · #{row.seq}
            {row.seq === selected ? ' · shown' : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'who',
      label: 'Who',
      width: 124,
      sortable: false,
      render: (row) => (
        <Text size="sm" truncate="end" title={row.actor}>
          {row.actor}
        </Text>
      ),
    },
    {
      key: 'kind',
      label: 'Record kind',
      width: 120,
      sortable: false,
      render: (row) => (
        <Text size="sm" lineClamp={2}>
          {entityLabels[row.entity]}
        </Text>
      ),
    },
    {
      key: 'record',
      label: 'Record',
      sortable: false,
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm" fw={500} truncate="end" title={row.name || row.entityId}>
            {row.name || row.entityId}
          </Text>
          <Text size="xs" c="dimmed" truncate="end" title={row.summary}>
            {row.summary}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'action',
      label: 'Action',
      width: 110,
      sortable: false,
      render: (row) => (
        <Badge variant="light" color={actionColours[row.action]} tt="none" size="md">
          {actionLabels[row.action]}
        </Badge>
      ),
    },
  ];
  return (
    <RecordTable
      columns={columns}
      rows={rows}
      rowKey={(row) => String(row.seq)}
      sort={{ column: 'when', direction: newestFirst ? 'desc' : 'asc' }}
      onSort={onToggleOrder}
      onOpen={onSelect}
      label="Audit trail events"
      rowHeight={60}
      minWidth={660}
      testId="trail-scroll"
    />
  );
}
