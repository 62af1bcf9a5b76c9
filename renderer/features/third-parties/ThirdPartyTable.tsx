/** The third parties as a table: its columns on the shared record table (virtualised, sortable). */
import { Group, Text, Tooltip } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { RecordTable, textColumn, type RecordColumn } from '../../components/RecordTable';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useUi } from '../../store/ui';
import { Article28Badge } from './Article28Badge';
import { ContractBadge } from './ContractBadge';
import { GuardedLink } from './GuardedLink';
import type { SortColumn, ThirdPartyRow } from './third-party-rows';

// The name takes what the fixed columns leave.
const columns: RecordColumn<ThirdPartyRow, SortColumn>[] = [
  {
    key: 'name',
    label: 'Name',
    render: ({ party }) => (
      <Text size="sm" truncate="end" fw={500} title={party.name}>
        <GuardedLink to={paths.thirdParty(party.id)} c="inherit">
          {party.name}
        </GuardedLink>
      </Text>
    ),
  },
  textColumn({ key: 'kind', label: 'Role', width: 180 }, (row) => row.kind),
  textColumn({ key: 'type', label: 'Type', width: 160 }, (row) => row.type),
  {
    key: 'countries',
    label: 'Countries',
    width: 150,
    render: (row) => (
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
    ),
  },
  {
    key: 'contract',
    label: 'Contract',
    width: 120,
    render: ({ party }) => <ContractBadge status={party.contract.status} />,
  },
  {
    key: 'article28',
    label: 'Art 28',
    width: 130,
    render: (row) => <Article28Badge badge={row.article28} />,
  },
  {
    key: 'reviewDate',
    label: 'Next review',
    width: 125,
    render: ({ party }) => (
      <Text size="sm">{party.reviewDate ? dayjs(party.reviewDate).format('D MMM YYYY') : '—'}</Text>
    ),
  },
  {
    key: 'activities',
    label: 'Activities',
    width: 110,
    align: 'right',
    render: (row) => <Text size="sm">{row.activities}</Text>,
  },
];

export function ThirdPartyTable({ rows }: { rows: readonly ThirdPartyRow[] }) {
  const navigate = useGuardedNavigate();
  const sort = useUi((s) => s.thirdPartySort);
  const setSort = useUi((s) => s.setThirdPartySort);
  return (
    <RecordTable
      variant="links"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.party.id}
      sort={sort}
      onSort={setSort}
      onOpen={(row) => navigate(paths.thirdParty(row.party.id))}
      label="Third parties"
      rowHeight={45}
      minWidth={1060}
      testId="third-party-scroll"
    />
  );
}
