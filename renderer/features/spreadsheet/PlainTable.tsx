/**
 * A read-only, virtualised table for the import's long lists (readings, unreadable rows,
 * imported activities): only the rows in view are drawn, so a 1,000-row sheet stays responsive.
 * Rows are not tab stops: controls inside them are, and the frame itself scrolls by keyboard.
 */
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useVirtualRows, virtualRows } from '../../components/useVirtualRows';
import classes from './spreadsheet.module.css';

export interface PlainColumn<Row> {
  key: string;
  label: string;
  width?: string | number;
  render: (row: Row) => ReactNode;
}

export interface PlainTableProps<Row> {
  columns: readonly PlainColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The table's accessible name. */
  label: string;
  rowHeight: number;
  /** The frame's height in pixels; the table scrolls inside it. */
  height: number;
  testId?: string;
}

export function PlainTable<Row>({
  columns,
  rows,
  rowKey,
  label,
  rowHeight,
  height,
  testId,
}: PlainTableProps<Row>) {
  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(rows.length, rowHeight);
  const view = { items, paddingTop, paddingBottom };
  return (
    <div
      ref={scrollRef}
      className={classes.frame}
      style={{ maxHeight: height }}
      tabIndex={0}
      role="region"
      aria-label={label}
      data-testid={testId}
    >
      <Table stickyHeader layout="fixed" aria-label={label} aria-rowcount={rows.length + 1}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={{ width: column.width }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <Table.Th key={column.key} className={classes.header}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {virtualRows(rows, view, columns.length, (row, index) => (
            <Table.Tr key={rowKey(row)} aria-rowindex={index + 2} style={{ height: rowHeight }}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
