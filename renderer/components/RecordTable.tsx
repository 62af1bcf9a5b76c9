/**
 * The register's lists of records as one kind of table: sortable by its headers, virtualised
 * (only the rows in view are rendered, between spacer rows), so it stays fast at 10,000 rows
 * while staying a real <table> for assistive technology. A list supplies only its columns.
 */
import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconArrowsSort,
  IconSortAscending,
  IconSortDescending,
} from '@tabler/icons-react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import classes from './RecordTable.module.css';
import { useVirtualRows, virtualRows } from './useVirtualRows';

/** One column of a record table. */
export interface RecordColumn<Row, Column extends string> {
  /** What the column sorts by; also its React key. */
  key: Column;
  /** The header text. */
  label: string;
  /** A CSS width (a number is pixels); a column without one takes what the others leave. */
  width?: string | number;
  /** Whether the header sorts the table; it does unless this is false. */
  sortable?: boolean;
  /** Right-aligns the header and the cells, for numbers. */
  align?: 'right';
  /** One row's content in this column (the table supplies the cell). */
  render: (row: Row) => ReactNode;
}

/** A column of one text a row, on one line cut with an ellipsis; the whole text is its title. */
export function textColumn<Row, Column extends string>(
  column: Omit<RecordColumn<Row, Column>, 'render'>,
  text: (row: Row) => string,
): RecordColumn<Row, Column> {
  return {
    ...column,
    render: (row) => (
      <Text size="sm" truncate="end" title={text(row)}>
        {text(row)}
      </Text>
    ),
  };
}

/**
 * How a row is reached and how the table is framed:
 * - `rows`: each row is a tab stop; the arrows, Home and End move between rows and Enter or Space
 *   opens one. The table fills its flex parent in a border and is named by `aria-label`.
 * - `links`: a cell links to the record, which is the keyboard's way in, so rows are not tab
 *   stops. The table has a fixed height, no border, a visually hidden caption naming it with
 *   the count shown, and headers named "Sort by …".
 */
export type RecordTableVariant = 'rows' | 'links';

export interface RecordTableProps<Row, Column extends string> {
  columns: readonly RecordColumn<Row, Column>[];
  rows: readonly Row[];
  /** A stable key for a row, e.g. its record's id. */
  rowKey: (row: Row) => string;
  /** The sorted column and direction; a column not in `columns` marks no header. */
  sort: { column: string; direction: 'asc' | 'desc' };
  onSort: (column: Column) => void;
  /** Opens a row's record: on a click outside a link in it, and on Enter or Space in `rows`. */
  onOpen: (row: Row) => void;
  /** The table's accessible name; in `links` its caption adds the count shown. */
  label: string;
  /** In pixels; every row has it, as the virtualiser assumes. */
  rowHeight: number;
  /** In pixels; narrower windows scroll the table sideways. */
  minWidth?: number;
  variant?: RecordTableVariant;
  /** A test id for the scrolling container. */
  testId?: string;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

const sortIcons = {
  rows: { asc: IconSortAscending, desc: IconSortDescending },
  links: { asc: IconArrowUp, desc: IconArrowDown },
} as const;

export function RecordTable<Row, Column extends string>({
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  onOpen,
  label,
  rowHeight,
  minWidth,
  variant = 'rows',
  testId,
}: RecordTableProps<Row, Column>) {
  const { scrollRef, scrollToIndex, ...view } = useVirtualRows(rows.length, rowHeight);
  const focusRows = variant === 'rows';

  const moveFocus = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    scrollToIndex(index);
    const rowAt = () =>
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`) ?? null;
    // Focus at once when the row is drawn, so a key pressed straight after lands on it; a row
    // out of view exists only after the virtualiser re-renders for the new scroll position.
    const row = rowAt();
    if (row) row.focus();
    else requestAnimationFrame(() => rowAt()?.focus());
  };

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
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

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, row: Row) => {
    // A link in the row opens its own place; the rest of the row is a larger target for the mouse.
    if (event.target instanceof Element && event.target.closest('a')) return;
    onOpen(row);
  };

  return (
    <div ref={scrollRef} className={classes[variant]} data-testid={testId}>
      <Table
        stickyHeader
        layout="fixed"
        highlightOnHover
        verticalSpacing={focusRows ? undefined : 0}
        aria-label={focusRows ? label : undefined}
        aria-rowcount={rows.length + 1}
        className={classes.table}
        style={{ minWidth }}
      >
        {focusRows ? null : (
          <caption className="visually-hidden">
            {label}, {rows.length} shown
          </caption>
        )}
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={{ width: column.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <HeaderCell
                key={column.key}
                column={column}
                sort={sort}
                onSort={onSort}
                variant={variant}
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {virtualRows(rows, view, columns.length, (row, index) => (
            <Table.Tr
              key={rowKey(row)}
              data-index={focusRows ? index : undefined}
              aria-rowindex={index + 2}
              tabIndex={focusRows ? 0 : undefined}
              className={classes.row}
              style={{ height: rowHeight }}
              onClick={(event) => onRowClick(event, row)}
              onKeyDown={focusRows ? (event) => onRowKey(event, index, row) : undefined}
            >
              {columns.map((column) => (
                <Table.Td key={column.key} ta={column.align}>
                  {column.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function HeaderCell<Row, Column extends string>({
  column,
  sort,
  onSort,
  variant,
}: Pick<RecordTableProps<Row, Column>, 'sort' | 'onSort'> & {
  column: RecordColumn<Row, Column>;
  variant: RecordTableVariant;
}) {
  const text = <span className={classes.headerText}>{column.label}</span>;
  if (column.sortable === false) {
    return (
      <Table.Th ta={column.align} p={variant === 'rows' ? 0 : undefined}>
        <div className={classes.header}>{text}</div>
      </Table.Th>
    );
  }
  const active = sort.column === column.key;
  const Icon = active ? sortIcons[variant][sort.direction] : IconArrowsSort;
  // No aria-sort and "none" mean the same; each variant keeps what screen readers heard before.
  const unsorted = variant === 'links' ? 'none' : undefined;
  return (
    <Table.Th
      aria-sort={active ? ariaSort[sort.direction] : unsorted}
      ta={column.align}
      p={variant === 'rows' ? 0 : undefined}
    >
      <UnstyledButton
        className={classes.header}
        onClick={() => onSort(column.key)}
        aria-label={variant === 'links' ? `Sort by ${column.label.toLowerCase()}` : undefined}
      >
        <Group gap={4} wrap="nowrap" justify={column.align === 'right' ? 'flex-end' : undefined}>
          {text}
          <Icon size={14} aria-hidden opacity={active ? 1 : 0.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
