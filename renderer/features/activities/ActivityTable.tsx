/**
 * The activity table. Only the rows in view are rendered (with spacer rows above and below),
 * so it scrolls smoothly at 10,000 activities while staying a real, sortable <table>.
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
import { lawfulBasisLabels, type Activity } from '../../../shared/domain';
import { ToConfirmBadge } from '../../components/ToConfirmBadge';
import { useVirtualRows, virtualRows } from '../../components/useVirtualRows';
import type { ActivitySortColumn } from './activity-filter';
import classes from './ActivityTable.module.css';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 44;

const columns: { key: ActivitySortColumn; label: string; width: string }[] = [
  { key: 'name', label: 'Name', width: '29%' },
  { key: 'businessFunction', label: 'Business function', width: '18%' },
  { key: 'lawfulBasis', label: 'Lawful basis', width: '17%' },
  { key: 'status', label: 'Status', width: '10%' },
  { key: 'nextReview', label: 'Next review', width: '14%' },
  { key: 'updatedAt', label: 'Updated', width: '12%' },
];

export interface ActivityTableProps {
  rows: Activity[];
  sort: { column: string; direction: 'asc' | 'desc' };
  onSort: (column: ActivitySortColumn) => void;
  onOpen: (activity: Activity) => void;
}

/** "Consent — Art 6(1)(a)" shows as "Consent" in a narrow column; the full label is the title. */
const shortBasis = (label: string) => label.split(' — ')[0] ?? label;

export function ActivityTable({ rows, sort, onSort, onOpen }: ActivityTableProps) {
  const { scrollRef, scrollToIndex, ...view } = useVirtualRows(rows.length, ROW_HEIGHT);
  const today = dayjs().format('YYYY-MM-DD');

  const moveFocus = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    scrollToIndex(index);
    // The row may only exist after the virtualiser re-renders for the new scroll position.
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus(),
    );
  };

  const onRowKey = (
    event: KeyboardEvent<HTMLTableRowElement>,
    index: number,
    activity: Activity,
  ) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(activity);
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
        aria-label="Processing activities"
        aria-rowcount={rows.length + 1}
        className={classes.table}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={{ width: column.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => {
              const active = sort.column === column.key;
              const Icon = !active
                ? IconArrowsSort
                : sort.direction === 'asc'
                  ? IconSortAscending
                  : IconSortDescending;
              return (
                <Table.Th
                  key={column.key}
                  aria-sort={
                    active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
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
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {virtualRows(rows, view, columns.length, (activity, index) => {
            const overdue =
              activity.status !== 'retired' &&
              activity.nextReview !== null &&
              activity.nextReview < today;
            return (
              <Table.Tr
                key={activity.id}
                data-index={index}
                aria-rowindex={index + 2}
                tabIndex={0}
                className={classes.row}
                style={{ height: ROW_HEIGHT }}
                onClick={() => onOpen(activity)}
                onKeyDown={(event) => onRowKey(event, index, activity)}
              >
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <Text size="sm" fw={500} truncate="end" title={activity.name}>
                      {activity.name}
                    </Text>
                    {activity.toConfirm.length > 0 ? (
                      <ToConfirmBadge count={activity.toConfirm.length} style={{ flexShrink: 0 }} />
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end">
                    {activity.businessFunction}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {activity.lawfulBasis ? (
                    <Text size="sm" truncate="end" title={lawfulBasisLabels[activity.lawfulBasis]}>
                      {shortBasis(lawfulBasisLabels[activity.lawfulBasis])}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed" fs="italic">
                      None recorded
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={activity.status} />
                </Table.Td>
                <Table.Td>
                  <NextReview date={activity.nextReview} overdue={overdue} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{dayjs(activity.updatedAt).format('D MMM YYYY')}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

// Red 8 keeps AA on white, red 4 on the dark theme's background.
const overdueColour = 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))';

function NextReview({ date, overdue }: { date: string | null; overdue: boolean }) {
  if (date === null) return <Text size="sm">—</Text>;
  const text = dayjs(date).format('D MMM YYYY');
  if (!overdue) return <Text size="sm">{text}</Text>;
  // One line, so every row keeps the height the virtualiser assumes.
  return (
    <Group gap={4} wrap="nowrap" title="Review overdue">
      <Text size="sm" c={overdueColour} fw={600} truncate="end">
        {text}
        <VisuallyHidden> (review overdue)</VisuallyHidden>
      </Text>
      <IconAlertTriangle size={14} color={overdueColour} aria-hidden />
    </Group>
  );
}
