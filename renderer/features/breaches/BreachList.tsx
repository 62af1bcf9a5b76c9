/** The breach log: every breach, the most pressing 72-hour clock first; search, open, record. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SearchInput } from '../../components/SearchInput';
import { listBreaches } from '../../db/repos/breaches';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { nextSort, selectBreachRows, toBreachRows, type BreachSort } from './breach-rows';
import { BreachTable } from './BreachTable';
import { useNow } from './useNow';

export function BreachList() {
  const navigate = useGuardedNavigate();
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

  const addButton = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => navigate(paths.newBreach)}
    >
      Record a breach
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Breach log"
        description="Every personal data breach, reported or not (Art 33(5)): what happened, its effects, what was done, and whether the ICO and the people affected were told."
        actions={rows && rows.length > 0 ? addButton : null}
      />
      {!rows ? (
        <PageLoader label="Loading the breach log" />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconAlertTriangle size={26} />}
          title="No breaches recorded"
          actions={addButton}
        >
          Record a breach as soon as you know of it: Ropa Desk starts the 72-hour clock for
          reporting it to the ICO, and keeps the log the ICO may ask to see, including breaches you
          decide not to report.
        </EmptyState>
      ) : (
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <SearchInput
              label="Search"
              placeholder="Name, what happened, data, reference"
              value={search}
              onChange={setSearch}
              w={340}
            />
            <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
              {shown.length === rows.length
                ? `${rows.length} ${rows.length === 1 ? 'breach' : 'breaches'}`
                : `${shown.length} of ${rows.length} breaches`}
              {running > 0 ? ` · ${running} awaiting a decision` : ''}
              {overdue > 0 ? ` · ${overdue} overdue` : ''}
            </Text>
          </Group>
          {shown.length === 0 ? (
            <EmptyState
              icon={<IconSearch size={26} />}
              title="No breach matches"
              actions={
                <Button variant="default" onClick={() => setSearch('')}>
                  Clear the search
                </Button>
              }
            >
              No breach matches “{search}”.
            </EmptyState>
          ) : (
            <BreachTable
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
