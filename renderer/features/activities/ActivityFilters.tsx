/** Search and filters above the activity list; their values live in the UI store. */
import { Group, SegmentedControl, Select, Text } from '@mantine/core';
import {
  activityStatuses,
  activityStatusLabels,
  lawfulBases,
  lawfulBasisLabels,
  type ActivityStatus,
  type LawfulBasis,
} from '../../../shared/domain';
import { SearchInput } from '../../components/SearchInput';
import { useUi } from '../../store/ui';

const statusOptions: { value: ActivityStatus | 'all'; label: string }[] = [
  { value: 'all', label: 'All' },
  ...activityStatuses.map((value) => ({ value, label: activityStatusLabels[value] })),
];

const basisOptions: { value: LawfulBasis | 'none'; label: string }[] = [
  { value: 'none', label: 'None recorded' },
  ...lawfulBases.map((value) => ({ value, label: lawfulBasisLabels[value] })),
];

const isStatus = (value: string): value is ActivityStatus | 'all' =>
  value === 'all' || (activityStatuses as readonly string[]).includes(value);
const isBasis = (value: string): value is LawfulBasis | 'none' =>
  value === 'none' || (lawfulBases as readonly string[]).includes(value);

export function ActivityFilters({ functions }: { functions: string[] }) {
  const search = useUi((s) => s.activitySearch);
  const status = useUi((s) => s.activityStatus);
  const businessFunction = useUi((s) => s.activityFunction);
  const basis = useUi((s) => s.activityBasis);
  const setSearch = useUi((s) => s.setActivitySearch);
  const setStatus = useUi((s) => s.setActivityStatus);
  const setFunction = useUi((s) => s.setActivityFunction);
  const setBasis = useUi((s) => s.setActivityBasis);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter activities">
      <SearchInput
        label="Search"
        placeholder="Name, purpose, people…"
        value={search}
        onChange={setSearch}
        w={260}
      />
      <div>
        {/* Not a <label>: the control is a radio group, named through aria-labelledby. */}
        <Text id="status-filter-label" size="sm" fw={500} mb={4}>
          Status
        </Text>
        <SegmentedControl
          aria-labelledby="status-filter-label"
          data={statusOptions}
          value={status}
          onChange={(value) => {
            if (isStatus(value)) setStatus(value);
          }}
        />
      </div>
      <Select
        label="Business function"
        placeholder="All functions"
        data={functions}
        value={businessFunction}
        onChange={setFunction}
        clearable
        searchable
        nothingFoundMessage="No function by that name"
        w={220}
      />
      <Select
        label="Lawful basis"
        placeholder="All bases"
        data={basisOptions}
        value={basis}
        onChange={(value) => setBasis(value !== null && isBasis(value) ? value : null)}
        clearable
        w={240}
        comboboxProps={{ width: 320 }}
      />
    </Group>
  );
}
