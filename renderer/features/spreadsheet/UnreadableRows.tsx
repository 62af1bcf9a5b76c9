/** The rows an import cannot read, each with the reason in words that say what to change. */
import { Alert, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { UnreadableRow } from '../../../shared/spreadsheet/import/contract';
import { PlainTable } from './PlainTable';
import classes from './spreadsheet.module.css';

export function UnreadableRows({ rows }: { rows: readonly UnreadableRow[] }) {
  if (rows.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />}>
        Every row of the sheet could be read.
      </Alert>
    );
  }
  return (
    <PlainTable
      columns={[
        { key: 'row', label: 'Row', width: 64, render: (r) => <Text size="sm">{r.row}</Text> },
        {
          key: 'reason',
          label: 'Why it was not read',
          render: (r) => (
            <Text size="sm" lineClamp={2} title={r.reason} className={classes.cell}>
              {r.reason}
            </Text>
          ),
        },
      ]}
      rows={rows}
      rowKey={(r) => String(r.row)}
      label="Rows not read"
      rowHeight={52}
      height={300}
      testId="unreadable-rows"
    />
  );
}
