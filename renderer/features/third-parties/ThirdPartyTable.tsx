/**
 * The third parties as a table that stays fast at thousands of rows: only the rows in view
 * are rendered, with spacer rows above and below keeping the scroll height true.
 */
import { Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconWorld } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useUi } from '../../store/ui';
import { ContractBadge } from './ContractBadge';
import { GuardedLink } from './GuardedLink';
import type { SortColumn, ThirdPartyRow } from './third-party-rows';

const ROW_HEIGHT = 45;

// The name takes what the fixed columns leave.
const columns: { key: SortColumn; label: string; width?: number; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Role', width: 190 },
  { key: 'type', label: 'Type', width: 180 },
  { key: 'countries', label: 'Countries', width: 170 },
  { key: 'contract', label: 'Contract', width: 130 },
  { key: 'reviewDate', label: 'Next review', width: 135 },
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
      <UnstyledButton onClick={() => setSort(column.key)} aria-label={`Sort by ${column.label.toLowerCase()}`}>
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
  const scrollRef = useRef<HTMLDivElement>(null);
  const navigate = useGuardedNavigate();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (height: number) =>
    height > 0 ? (
      <tr aria-hidden>
        <td colSpan={columns.length} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null;

  return (
    <div ref={scrollRef} style={{ height: 'max(320px, calc(100dvh - 300px))', overflow: 'auto' }} data-testid="third-party-scroll">
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={0}
        aria-rowcount={rows.length + 1}
        style={{ tableLayout: 'fixed', minWidth: 1100 }}
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
          {spacer(above)}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const { party } = row;
            return (
              <Table.Tr
                key={party.id}
                aria-rowindex={item.index + 2}
                h={ROW_HEIGHT}
                style={{ cursor: 'pointer' }}
                onClick={(event) => {
                  // The name is a real link; the rest of the row is a larger target for the mouse.
                  if ((event.target as HTMLElement).closest('a')) return;
                  navigate(paths.thirdParty(party.id));
                }}
              >
                <Table.Td>
                  <Text size="sm" truncate="end" fw={500}>
                    <GuardedLink to={paths.thirdParty(party.id)} c="inherit">
                      {party.name}
                    </GuardedLink>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end">
                    {row.kind}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end">
                    {row.type}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {row.abroad ? (
                      <Tooltip label="Processes data outside the UK">
                        <IconWorld size={16} role="img" aria-label="Outside the UK" style={{ flexShrink: 0 }} />
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
                  <Text size="sm">{party.reviewDate ? dayjs(party.reviewDate).format('D MMM YYYY') : '—'}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{row.activities}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {spacer(below)}
        </Table.Tbody>
      </Table>
    </div>
  );
}
