/** Every rights request in the log, most pressing first: filter by right and state, search, open. */
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconSearch, IconUserQuestion } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { rightsRequestKinds, type RightsRequestKind } from '../../../shared/domain';
import { rightsClockStateLabels, type RightsClockState } from '../../../shared/logs/rights-clock';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SearchInput } from '../../components/SearchInput';
import { listRightsRequests } from '../../db/repos/rights-requests';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { today } from '../transfers/useAdequacy';
import { rightsRequestKindOptions } from './rights-request-fields';
import {
  nextSort,
  selectRightsRequestRows,
  toRightsRequestRows,
  type RightsRequestSort,
} from './rights-request-rows';
import { RightsRequestTable } from './RightsRequestTable';

const stateOptions = (['overdue', 'due-soon', 'due', 'paused', 'closed'] as const).map((state) => ({
  value: state,
  label: rightsClockStateLabels[state],
}));
const isState = (value: string | null): value is RightsClockState =>
  stateOptions.some((option) => option.value === value);
const isKind = (value: string | null): value is RightsRequestKind =>
  rightsRequestKinds.some((kind) => kind === value);

export function RightsRequestList() {
  const navigate = useGuardedNavigate();
  const requests = useLiveQuery(listRightsRequests, []);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<RightsRequestKind | null>(null);
  const [state, setState] = useState<RightsClockState | null>(null);
  const [sort, setSort] = useState<RightsRequestSort>({ column: 'due', direction: 'asc' });

  const rows = useMemo(
    () => (requests ? toRightsRequestRows(requests, today()) : undefined),
    [requests],
  );
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () =>
      rows ? selectRightsRequestRows(rows, { search: deferredSearch, kind, state }, sort) : [],
    [rows, deferredSearch, kind, state, sort],
  );
  const overdue = rows?.filter((row) => row.clock.state === 'overdue').length ?? 0;

  const addButton = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => navigate(paths.newRightsRequest)}
    >
      Log a request
    </Button>
  );
  const clearFilters = () => {
    setSearch('');
    setKind(null);
    setState(null);
  };

  return (
    <>
      <PageHeader
        title="Rights requests"
        description="Requests from people to use their data protection rights: each answered within one calendar month, unless extended or waiting for information from them."
        actions={rows && rows.length > 0 ? addButton : null}
      />
      {!rows ? (
        <PageLoader label="Loading the rights requests" />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconUserQuestion size={26} />}
          title="No rights requests yet"
          actions={addButton}
        >
          Log each request someone makes to see, correct, delete, restrict, move or object to the
          use of their data, the day it arrives. Ropa Desk works out when the answer is due and
          warns you before it is late.
        </EmptyState>
      ) : (
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <SearchInput
              label="Search"
              placeholder="Requester, right, channel or details"
              value={search}
              onChange={setSearch}
              w={320}
            />
            <Select
              label="Right"
              placeholder="All rights"
              data={rightsRequestKindOptions}
              value={kind}
              onChange={(value) => setKind(isKind(value) ? value : null)}
              clearable
              w={250}
            />
            <Select
              label="Where it stands"
              placeholder="Any"
              data={stateOptions}
              value={state}
              onChange={(value) => setState(isState(value) ? value : null)}
              clearable
              w={180}
            />
            <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
              {shown.length === rows.length
                ? `${rows.length} ${rows.length === 1 ? 'request' : 'requests'}`
                : `${shown.length} of ${rows.length} requests`}
              {overdue > 0 ? ` · ${overdue} overdue` : ''}
            </Text>
          </Group>
          {shown.length === 0 ? (
            <EmptyState
              icon={<IconSearch size={26} />}
              title="No request matches"
              actions={
                <Button variant="default" onClick={clearFilters}>
                  Clear search and filters
                </Button>
              }
            >
              No request matches the search and filters chosen.
            </EmptyState>
          ) : (
            <RightsRequestTable
              rows={shown}
              sort={sort}
              onSort={(column) => setSort((current) => nextSort(current, column))}
            />
          )}
        </Stack>
      )}
    </>
  );
}
