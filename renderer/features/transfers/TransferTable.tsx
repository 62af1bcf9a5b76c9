/**
 * The transfers as a sortable table that stays fast at thousands of rows: only the rows in view
 * are rendered, with spacer rows keeping the scroll height true.
 */
import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconAlertCircle, IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useVirtualRows, virtualRows } from '../../components/useVirtualRows';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import type { TransferRow, TransferSort, TransferSortColumn } from './transfer-rows';
import { VerdictBadge } from './VerdictBadge';

const ROW_HEIGHT = 45;

// The third party takes what the fixed columns leave.
const columns: { key: TransferSortColumn; label: string; width?: number }[] = [
  { key: 'thirdParty', label: 'Third party' },
  { key: 'destinations', label: 'Destinations', width: 180 },
  { key: 'mechanism', label: 'Safeguard', width: 220 },
  { key: 'verdict', label: 'What is needed now', width: 200 },
  { key: 'tra', label: 'TRA', width: 120 },
  { key: 'reviewDate', label: 'Next review', width: 150 },
];

interface SortProps {
  sort: TransferSort;
  onSort: (column: TransferSortColumn) => void;
}

function SortHeader({ column, sort, onSort }: SortProps & { column: (typeof columns)[number] }) {
  const active = sort.column === column.key;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      w={column.width}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        onClick={() => onSort(column.key)}
        aria-label={`Sort by ${column.label.toLowerCase()}`}
      >
        <Group gap={4} wrap="nowrap">
          <Text span fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {column.label}
          </Text>
          <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.5 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

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
  ...sortProps
}: SortProps & { rows: readonly TransferRow[] }) {
  const navigate = useGuardedNavigate();
  const { scrollRef, ...view } = useVirtualRows(rows.length, ROW_HEIGHT);

  return (
    <div
      ref={scrollRef}
      style={{ height: 'max(320px, calc(100dvh - 300px))', overflow: 'auto' }}
      data-testid="transfer-scroll"
    >
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={0}
        aria-rowcount={rows.length + 1}
        style={{ tableLayout: 'fixed', minWidth: 1040 }}
      >
        <caption className="visually-hidden">Transfers outside the UK, {rows.length} shown</caption>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <SortHeader key={column.key} column={column} {...sortProps} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {virtualRows(rows, view, columns.length, (row, index) => (
            <Table.Tr
              key={row.transfer.id}
              aria-rowindex={index + 2}
              h={ROW_HEIGHT}
              style={{ cursor: 'pointer' }}
              onClick={(event) => {
                // The name is a real link; the rest of the row is a larger target for the mouse.
                if ((event.target as HTMLElement).closest('a')) return;
                navigate(paths.transfer(row.transfer.id));
              }}
            >
              <Table.Td>
                <Text size="sm" truncate="end" fw={500} title={row.thirdParty}>
                  <GuardedLink to={paths.transfer(row.transfer.id)} c="inherit">
                    {row.thirdParty}
                  </GuardedLink>
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" truncate="end" title={row.destinations}>
                  {row.destinations}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" truncate="end" title={row.mechanism}>
                  {row.mechanism}
                </Text>
              </Table.Td>
              <Table.Td>
                <VerdictBadge verdict={row.verdict} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.tra}</Text>
              </Table.Td>
              <Table.Td>
                <ReviewDate row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
