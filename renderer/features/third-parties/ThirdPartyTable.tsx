/**
 * The third parties as a table that stays fast at thousands of rows: only the rows in view
 * are rendered, with spacer rows above and below keeping the scroll height true.
 */
import { Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconWorld } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useVirtualRows, virtualRows } from '../../components/useVirtualRows';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useUi } from '../../store/ui';
import { Article28Badge } from './Article28Badge';
import { ContractBadge } from './ContractBadge';
import { GuardedLink } from './GuardedLink';
import type { SortColumn, ThirdPartyRow } from './third-party-rows';

const ROW_HEIGHT = 45;

// The name takes what the fixed columns leave.
const columns: { key: SortColumn; label: string; width?: number; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Role', width: 180 },
  { key: 'type', label: 'Type', width: 160 },
  { key: 'countries', label: 'Countries', width: 150 },
  { key: 'contract', label: 'Contract', width: 120 },
  { key: 'article28', label: 'Art 28', width: 130 },
  { key: 'reviewDate', label: 'Next review', width: 125 },
  { key: 'activities', label: 'Activities', width: 110, numeric: true },
];

function SortHeader({ column }: { column: (typeof columns)[number] }) {
  const sort = useUi((s) => s.thirdPartySort);
  const setSort = useUi((s) => s.setThirdPartySort);
  const active = sort.column === column.key;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      w={column.width}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      ta={column.numeric ? 'right' : undefined}
    >
      <UnstyledButton
        onClick={() => setSort(column.key)}
        aria-label={`Sort by ${column.label.toLowerCase()}`}
      >
        <Group gap={4} wrap="nowrap" justify={column.numeric ? 'flex-end' : undefined}>
          <Text span fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {column.label}
          </Text>
          <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.5 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function ThirdPartyTable({ rows }: { rows: readonly ThirdPartyRow[] }) {
  const navigate = useGuardedNavigate();
  const { scrollRef, ...view } = useVirtualRows(rows.length, ROW_HEIGHT);

  return (
    <div
      ref={scrollRef}
      style={{ height: 'max(320px, calc(100dvh - 300px))', overflow: 'auto' }}
      data-testid="third-party-scroll"
    >
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={0}
        aria-rowcount={rows.length + 1}
        style={{ tableLayout: 'fixed', minWidth: 1060 }}
      >
        <caption className="visually-hidden">Third parties, {rows.length} shown</caption>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <SortHeader key={column.key} column={column} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {virtualRows(rows, view, columns.length, (row, index) => {
            const { party } = row;
            return (
              <Table.Tr
                key={party.id}
                aria-rowindex={index + 2}
                h={ROW_HEIGHT}
                style={{ cursor: 'pointer' }}
                onClick={(event) => {
                  // The name is a real link; the rest of the row is a larger target for the mouse.
                  if ((event.target as HTMLElement).closest('a')) return;
                  navigate(paths.thirdParty(party.id));
                }}
              >
                <Table.Td>
                  <Text size="sm" truncate="end" fw={500} title={party.name}>
                    <GuardedLink to={paths.thirdParty(party.id)} c="inherit">
                      {party.name}
                    </GuardedLink>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" title={row.kind}>
                    {row.kind}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" title={row.type}>
                    {row.type}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {row.abroad ? (
                      <Tooltip label="Processes data outside the UK">
                        <IconWorld
                          size={16}
                          role="img"
                          aria-label="Outside the UK"
                          style={{ flexShrink: 0 }}
                        />
                      </Tooltip>
                    ) : null}
                    <Text size="sm" truncate="end" title={row.countries}>
                      {row.countries || '—'}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <ContractBadge status={party.contract.status} />
                </Table.Td>
                <Table.Td>
                  <Article28Badge badge={row.article28} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {party.reviewDate ? dayjs(party.reviewDate).format('D MMM YYYY') : '—'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{row.activities}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
