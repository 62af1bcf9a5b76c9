/** A log as a table on the shared record table: each row links to its entry's page. */
import { Text } from '@mantine/core';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';

/** What a log's list hands its table: the rows shown and how they are sorted. */
export interface LogTableRows<Row, Column extends string> {
  rows: readonly Row[];
  sort: { column: Column; direction: 'asc' | 'desc' };
  onSort: (column: Column) => void;
}

/** The first column: the entry's name, as the link to its page. */
export function entryLinkColumn<Row, Column extends string>(
  column: Omit<RecordColumn<Row, Column>, 'render'>,
  href: (row: Row) => string,
  text: (row: Row) => string,
): RecordColumn<Row, Column> {
  return {
    ...column,
    render: (row) => (
      <Text size="sm" truncate="end" fw={500} title={text(row)}>
        <GuardedLink to={href(row)} c="inherit">
          {text(row)}
        </GuardedLink>
      </Text>
    ),
  };
}

export interface LogTableProps<Row, Column extends string> extends LogTableRows<Row, Column> {
  columns: readonly RecordColumn<Row, Column>[];
  rowKey: (row: Row) => string;
  /** Where a row opens. */
  href: (row: Row) => string;
  label: string;
  minWidth: number;
  testId: string;
}

export function LogTable<Row, Column extends string>(props: LogTableProps<Row, Column>) {
  const navigate = useGuardedNavigate();
  const { href, ...table } = props;
  return (
    <RecordTable {...table} variant="links" onOpen={(row) => navigate(href(row))} rowHeight={45} />
  );
}
