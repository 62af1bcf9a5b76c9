/** The activities an import will create, with their key fields, in a virtualised table. */
import { Badge, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ImportPlan } from '../../../shared/spreadsheet/import/contract';
import { RecordTable, textColumn, type RecordColumn } from '../../components/RecordTable';
import {
  plannedActivityRows,
  sortActivityRows,
  type ActivityColumn,
  type PlannedActivityRow,
} from './preview-rows';
import { YELLOW_TEXT } from './badge-colours';
import classes from './spreadsheet.module.css';

const columns: RecordColumn<PlannedActivityRow, ActivityColumn>[] = [
  textColumn({ key: 'name', label: 'Activity' }, (row) => row.name),
  textColumn(
    { key: 'businessFunction', label: 'Business function', width: '16%' },
    (row) => row.businessFunction || '—',
  ),
  textColumn({ key: 'lawfulBasis', label: 'Lawful basis', width: '22%' }, (row) => row.lawfulBasis),
  textColumn(
    { key: 'recipients', label: 'Recipients', width: '22%' },
    (row) => row.recipients || '—',
  ),
  {
    key: 'toConfirm',
    label: 'To confirm',
    width: 120,
    align: 'right',
    render: (row) =>
      row.toConfirm > 0 ? (
        <Badge variant="light" color="yellow" c={YELLOW_TEXT} radius="sm" tt="none">
          {row.toConfirm} {row.toConfirm === 1 ? 'field' : 'fields'}
        </Badge>
      ) : (
        <Text size="sm" c="dimmed">
          None
        </Text>
      ),
  },
];

export interface PlannedActivitiesProps {
  plan: ImportPlan;
  /** Shows the readings of the activity a person opens. */
  onOpen: (activity: { id: string; name: string }) => void;
}

export function PlannedActivities({ plan, onOpen }: PlannedActivitiesProps) {
  const [sort, setSort] = useState<{ column: ActivityColumn; direction: 'asc' | 'desc' }>({
    column: 'name',
    direction: 'asc',
  });
  const rows = useMemo(() => sortActivityRows(plannedActivityRows(plan), sort), [plan, sort]);
  return (
    <div className={classes.activities}>
      <RecordTable
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        sort={sort}
        onSort={(column) =>
          setSort((s) => ({
            column,
            direction: s.column === column && s.direction === 'asc' ? 'desc' : 'asc',
          }))
        }
        onOpen={(row) => onOpen(row)}
        label="Activities to create"
        rowHeight={44}
        minWidth={760}
        testId="planned-activities"
      />
    </div>
  );
}
