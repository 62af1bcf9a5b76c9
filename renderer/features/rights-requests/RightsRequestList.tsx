/** Every rights request in the log, most pressing first: filter by right and state, search, open. */
import { Select } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { rightsRequestKinds, type RightsRequestKind } from '../../../shared/domain';
import { rightsClockStateLabels, type RightsClockState } from '../../../shared/logs/rights-clock';
import { SearchInput } from '../../components/SearchInput';
import { listRightsRequests } from '../../db/repos/rights-requests';
import { paths } from '../../navigation/paths';
import { LogListPage } from '../logs/LogListPage';
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

  const clearFilters = () => {
    setSearch('');
    setKind(null);
    setState(null);
  };

  return (
    <LogListPage
      title="Rights requests"
      description="Requests from people to use their data protection rights: each answered within one calendar month, unless extended or waiting for information from them."
      add={{ to: paths.newRightsRequest, label: 'Log a request' }}
      loadingLabel="Loading the rights requests"
      total={rows?.length}
      shown={shown.length}
      noun={['request', 'requests']}
      countExtra={overdue > 0 ? ` · ${overdue} overdue` : ''}
      empty={{
        icon: <IconUserQuestion size={26} />,
        title: 'No rights requests yet',
        text: 'Log each request someone makes to see, correct, delete, restrict, move or object to the use of their data, the day it arrives. Ropa Desk works out when the answer is due and warns you before it is late.',
      }}
      noMatch={{
        title: 'No request matches',
        text: 'No request matches the search and filters chosen.',
        clearLabel: 'Clear search and filters',
        onClear: clearFilters,
      }}
      filters={
        <>
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
        </>
      }
      table={
        <RightsRequestTable
          rows={shown}
          sort={sort}
          onSort={(column) => setSort((current) => nextSort(current, column))}
        />
      }
    />
  );
}
