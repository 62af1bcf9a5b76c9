/**
 * The LIAs as a sortable table. Only the rows in view are rendered (with spacer rows above and
 * below), so it stays fast however many assessments the register holds.
 */
import { Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsSort,
  IconSortAscending,
  IconSortDescending,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { KeyboardEvent } from 'react';
import { useVirtualRows, virtualRows } from '../../components/useVirtualRows';
import { pathLabels, type LiaRow, type LiaSort, type LiaSortColumn } from './lia-rows';
import { LiaStatusBadge } from './LiaStatusBadge';
import classes from './LiaTable.module.css';

const ROW_HEIGHT = 44;

const columns: { key: LiaSortColumn; label: string; width: string }[] = [
  { key: 'title', label: 'Title', width: '25%' },
  { key: 'activities', label: 'Activities', width: '22%' },
  { key: 'path', label: 'Path', width: '10%' },
  { key: 'status', label: 'Status', width: '13%' },
  { key: 'revision', label: 'Revision', width: '8%' },
  { key: 'decided', label: 'Decided', width: '11%' },
  { key: 'nextReview', label: 'Next review', width: '11%' },
];

export interface LiaTableProps {
  rows: LiaRow[];
  sort: LiaSort;
  onSort: (column: LiaSortColumn) => void;
  onOpen: (row: LiaRow) => void;
}

const formatDate = (date: string | null) => (date ? dayjs(date).format('D MMM YYYY') : '—');

export function LiaTable({ rows, sort, onSort, onOpen }: LiaTableProps) {
  const { scrollRef, scrollToIndex, ...view } = useVirtualRows(rows.length, ROW_HEIGHT);

  const moveFocus = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    scrollToIndex(index);
    // The row may only exist after the virtualiser re-renders for the new scroll position.
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus(),
    );
  };

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: LiaRow) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(row);
    } else if (event.key in moves) {
      event.preventDefault();
      moveFocus(moves[event.key] ?? index);
    }
  };

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <Table
        stickyHeader
        layout="fixed"
        highlightOnHover
        aria-label="Legitimate interests assessments"
        aria-rowcount={rows.length + 1}
        className={classes.table}
        miw={900}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={{ width: column.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {virtualRows(rows, view, columns.length, (row, index) => (
            <Table.Tr
              key={row.lia.id}
              data-index={index}
              aria-rowindex={index + 2}
              tabIndex={0}
              className={classes.row}
              style={{ height: ROW_HEIGHT }}
              onClick={() => onOpen(row)}
              onKeyDown={(event) => onRowKey(event, index, row)}
            >
              <Table.Td>
                <Text size="sm" fw={500} truncate="end" title={row.lia.title}>
                  {row.lia.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <ActivityNames names={row.activities} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{pathLabels[row.lia.path]}</Text>
              </Table.Td>
              <Table.Td>
                <LiaStatusBadge status={row.status} percent={row.percent} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.lia.revision}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(row.decided)}</Text>
              </Table.Td>
              <Table.Td>
                <NextReview date={row.nextReview} overdue={row.overdue} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: (typeof columns)[number];
  sort: LiaSort;
  onSort: (column: LiaSortColumn) => void;
}) {
  const active = sort.column === column.key;
  const Icon = !active
    ? IconArrowsSort
    : sort.direction === 'asc'
      ? IconSortAscending
      : IconSortDescending;
  return (
    <Table.Th
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      p={0}
    >
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(column.key)}>
        <Group gap={4} wrap="nowrap">
          <span>{column.label}</span>
          <Icon size={14} aria-hidden opacity={active ? 1 : 0.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
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
