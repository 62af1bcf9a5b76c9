/** The findings as a table on the shared record table: severity, what is wrong, where, and the fix. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import type { Finding } from '../../../shared/checks';
import { categoryTitle } from '../../../shared/checks/accountability';
import { longDate } from '../../../shared/util/long-date';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { recordHref } from '../../navigation/recordHref';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import {
  kindLabels,
  type FindingRow,
  type FindingSort,
  type FindingSortColumn,
} from './finding-rows';
import { SeverityBadge } from './SeverityBadge';

export const fixHref = (finding: Finding): string =>
  recordHref(finding.record.kind, finding.record.id, finding.field);

export interface FindingsTableProps {
  rows: readonly FindingRow[];
  sort: FindingSort;
  onSort: (column: FindingSortColumn) => void;
  onAccept: (finding: Finding) => void;
  onWithdraw: (row: FindingRow) => void;
}

function FindingCell({ row }: { row: FindingRow }) {
  const { finding, accepted, expiredOn } = row;
  return (
    <Stack gap={2}>
      <Text size="sm" lineClamp={2} title={finding.message}>
        {finding.message}
      </Text>
      {accepted ? (
        <Text size="xs" c="dimmed" truncate="end" title={accepted.reason}>
          Accepted by {accepted.acceptedBy} until {longDate(accepted.expiresOn)}: {accepted.reason}
        </Text>
      ) : (
        <Text size="xs" c="dimmed" truncate="end" title={finding.basis}>
          {finding.basis}
          {expiredOn ? ` · its acceptance ran out on ${longDate(expiredOn)}` : ''}
        </Text>
      )}
    </Stack>
  );
}

export function FindingsTable({ rows, sort, onSort, onAccept, onWithdraw }: FindingsTableProps) {
  const navigate = useGuardedNavigate();
  const columns: RecordColumn<FindingRow, FindingSortColumn | 'actions'>[] = [
    {
      key: 'severity',
      label: 'Severity',
      width: 92,
      render: (row) => <SeverityBadge severity={row.finding.severity} />,
    },
    { key: 'finding', label: 'Finding', render: (row) => <FindingCell row={row} /> },
    {
      key: 'record',
      label: 'Record',
      width: 180,
      render: ({ finding }) => (
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {kindLabels[finding.record.kind]}
          </Text>
          <Text size="sm" truncate="end" title={finding.record.name}>
            <GuardedLink to={recordHref(finding.record.kind, finding.record.id)} c="inherit">
              {finding.record.name}
            </GuardedLink>
          </Text>
        </Stack>
      ),
    },
    {
      key: 'area',
      label: 'Area',
      width: 128,
      render: (row) => (
        <Text size="xs" lineClamp={2} title={row.categories.map(categoryTitle).join('; ')}>
          {row.categories.map(categoryTitle).join('; ')}
        </Text>
      ),
    },
    {
      key: 'actions',
      label: 'Actions',
      width: 304,
      sortable: false,
      render: (row) => (
        <Group gap="xs" wrap="nowrap">
          <Button
            component="a"
            href={`#${fixHref(row.finding)}`}
            size="compact-sm"
            style={{ flexShrink: 0 }}
            rightSection={<IconArrowRight size={14} aria-hidden />}
            aria-label={`Fix: ${row.finding.message}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(fixHref(row.finding));
            }}
          >
            Fix
          </Button>
          {row.accepted ? (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconShieldOff size={14} aria-hidden />}
              onClick={(event) => {
                // The row opens the record on a click: this button does its own thing.
                event.stopPropagation();
                onWithdraw(row);
              }}
              aria-label={`Withdraw acceptance: ${row.finding.message}`}
            >
              Withdraw acceptance
            </Button>
          ) : (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconShieldCheck size={14} aria-hidden />}
              onClick={(event) => {
                event.stopPropagation();
                onAccept(row.finding);
              }}
              aria-label={`Accept risk: ${row.finding.message}`}
            >
              Accept risk…
            </Button>
          )}
        </Group>
      ),
    },
  ];
  return (
    <RecordTable
      variant="links"
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.key}\u0000${row.accepted?.id ?? ''}`}
      sort={sort}
      onSort={(column) => {
        if (column !== 'actions') onSort(column);
      }}
      onOpen={(row) => navigate(fixHref(row.finding))}
      label="Findings"
      rowHeight={72}
      minWidth={1040}
      testId="findings-scroll"
    />
  );
}
