/** The breach log: every breach, the most pressing 72-hour clock first; search, open, record. */
import { IconAlertTriangle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { SearchInput } from '../../components/SearchInput';
import { listBreaches } from '../../db/repos/breaches';
import { paths } from '../../navigation/paths';
import { LogListPage } from '../logs/LogListPage';
import { nextSort, selectBreachRows, toBreachRows, type BreachSort } from './breach-rows';
import { BreachTable } from './BreachTable';
import { useNow } from './useNow';

export function BreachList() {
  const breaches = useLiveQuery(listBreaches, []);
  const now = useNow();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<BreachSort>({ column: 'clock', direction: 'asc' });

  const rows = useMemo(() => (breaches ? toBreachRows(breaches, now) : undefined), [breaches, now]);
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () => (rows ? selectBreachRows(rows, deferredSearch, sort) : []),
    [rows, deferredSearch, sort],
  );
  const overdue = rows?.filter((row) => row.clock.state === 'overdue').length ?? 0;
  const running = rows?.filter((row) => row.clock.state === 'running').length ?? 0;

  return (
    <LogListPage
      title="Breach log"
      description="Every personal data breach, reported or not (Art 33(5)): what happened, its effects, what was done, and whether the ICO and the people affected were told."
      add={{ to: paths.newBreach, label: 'Record a breach' }}
      loadingLabel="Loading the breach log"
      total={rows?.length}
      shown={shown.length}
      noun={['breach', 'breaches']}
      countExtra={`${running > 0 ? ` · ${running} awaiting a decision` : ''}${overdue > 0 ? ` · ${overdue} overdue` : ''}`}
      empty={{
        icon: <IconAlertTriangle size={26} />,
        title: 'No breaches recorded',
        text: 'Record a breach as soon as you know of it: Ropa Desk starts the 72-hour clock for reporting it to the ICO, and keeps the log the ICO may ask to see, including breaches you decide not to report.',
      }}
      noMatch={{
        title: 'No breach matches',
        text: `No breach matches “${search}”.`,
        clearLabel: 'Clear the search',
        onClear: () => setSearch(''),
      }}
      filters={
        <SearchInput
          label="Search"
          placeholder="Name, what happened, data, reference"
          value={search}
          onChange={setSearch}
          w={340}
        />
      }
      table={
        <BreachTable
          rows={shown}
          sort={sort}
          onSort={(column) => setSort((current) => nextSort(current, column))}
        />
      }
    />
  );
}
