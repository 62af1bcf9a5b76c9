/** Every legitimate interests assessment: search, sort, and open one; or start a new one. */
import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconPlus, IconScale, IconSearchOff } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { listActivities } from '../../db/repos/activities';
import { listLias } from '../../db/repos/assessments';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { nextSort, selectLiaRows, toLiaRows, type LiaSort } from './lia-rows';
import classes from '../../components/ListPage.module.css';
import { LiaTable } from './LiaTable';

export function LiaList() {
  const navigate = useGuardedNavigate();
  const lias = useLiveQuery(listLias);
  const activities = useLiveQuery(listActivities);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<LiaSort>({ column: 'title', direction: 'asc' });
  // Typing stays responsive: the table catches up with the search box between keystrokes.
  const deferredSearch = useDeferredValue(search);

  const rows = useMemo(() => {
    if (!lias || !activities) return undefined;
    const names = new Map(activities.map((activity) => [activity.id, activity.name]));
    return toLiaRows(lias, names, dayjs().format('YYYY-MM-DD'));
  }, [lias, activities]);
  const shown = useMemo(
    () => (rows ? selectLiaRows(rows, deferredSearch, sort) : []),
    [rows, deferredSearch, sort],
  );

  const newButton = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => navigate(paths.newLia())}
    >
      New assessment
    </Button>
  );

  return (
    <div className={classes.page}>
      <PageHeader
        title="Legitimate interests assessments"
        description="The record of why each activity that relies on legitimate interests passes the ICO’s three-part test, or a recognised legitimate interest’s necessity test."
        actions={rows && rows.length > 0 ? newButton : null}
      />
      {!rows ? (
        <Center py="xl" aria-busy="true">
          <Loader aria-label="Loading the assessments" />
        </Center>
      ) : rows.length === 0 ? (
        <EmptyState icon={<IconScale size={26} />} title="No assessments yet" actions={newButton}>
          A legitimate interests assessment (LIA) records that you checked three things before
          relying on legitimate interests: that the interest is legitimate, that the processing is
          necessary for it, and that people’s interests do not override it. Do one for every
          activity whose lawful basis is legitimate interests, before the processing starts, and
          review it when things change. A recognised legitimate interest (Data (Use and Access) Act
          2025) needs only the necessity test.
        </EmptyState>
      ) : (
        <Stack gap="sm" className={classes.body}>
          <Group align="flex-end" justify="space-between" gap="md">
            <SearchInput
              label="Search"
              placeholder="Title or activity"
              value={search}
              onChange={setSearch}
              w={360}
            />
            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              Showing {shown.length.toLocaleString('en-GB')} of{' '}
              {rows.length.toLocaleString('en-GB')}
            </Text>
          </Group>
          {shown.length === 0 ? (
            <EmptyState
              icon={<IconSearchOff size={26} />}
              title="No assessment matches"
              actions={
                <Button variant="default" onClick={() => setSearch('')}>
                  Clear the search
                </Button>
              }
            >
              No assessment’s title or activities match “{search.trim()}”. Clear the search to see
              them all.
            </EmptyState>
          ) : (
            <LiaTable
              rows={shown}
              sort={sort}
              onSort={(column) => setSort((current) => nextSort(current, column))}
              onOpen={(row) => navigate(paths.lia(row.lia.id))}
            />
          )}
        </Stack>
      )}
    </div>
  );
}
