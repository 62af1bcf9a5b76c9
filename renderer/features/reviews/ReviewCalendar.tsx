/**
 * The review calendar: every review, contract renewal and ICO registration with a date,
 * grouped as overdue, due in the next 30 and 90 days, and later; and what has no date at all.
 */
import { Button, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconCalendarCheck, IconSearch, IconSettings } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { bucketDue, schedule, unscheduled } from '../../../shared/reviews/schedule';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SearchInput } from '../../components/SearchInput';
import { snapshot } from '../../db/repos/register';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import {
  bucketIds,
  bucketLabels,
  calendarKindLabels,
  nextSort,
  selectDue,
  type BucketId,
  type CalendarFilter,
  type CalendarKind,
  type CalendarSort,
} from './calendar-rows';
import { DueTable } from './DueTable';
import { Unscheduled } from './Unscheduled';
import { useReviewIntervals } from './useReviews';

const filterOptions = [
  { value: 'all', label: 'Everything' },
  ...(Object.entries(calendarKindLabels) as [CalendarKind, string][]).map(([value, label]) => ({
    value,
    label,
  })),
];

export function ReviewCalendar() {
  const navigate = useGuardedNavigate();
  const register = useLiveQuery(() => snapshot({ auditTrail: false }), []);
  const intervals = useReviewIntervals();
  const today = dayjs().format('YYYY-MM-DD');
  const [filter, setFilter] = useState<CalendarFilter>('all');
  const [search, setSearch] = useState('');
  const [tab, setTab] = useState<BucketId | null>(null);
  const [sort, setSort] = useState<CalendarSort>({ column: 'due', direction: 'asc' });
  const deferredSearch = useDeferredValue(search);

  const items = useMemo(
    () => (register && intervals ? schedule(register, today, intervals) : undefined),
    [register, intervals, today],
  );
  const missing = useMemo(
    () => (register && intervals ? unscheduled(register, intervals) : undefined),
    [register, intervals],
  );
  const buckets = useMemo(() => {
    const chosen = items ? selectDue(items, filter, deferredSearch, sort) : [];
    return bucketDue(chosen, today);
  }, [items, filter, deferredSearch, sort, today]);

  if (!items || !missing) return <PageLoader label="Loading the review calendar" />;

  // Open on the most pressing group that has anything in it, and stay there: marking the last
  // overdue item reviewed should not jump the view to another group.
  const active: BucketId = tab ?? bucketIds.find((id) => buckets[id].length > 0) ?? 'overdue';
  if (tab === null) setTab(active);
  const settingsLink = (
    <Button
      variant="default"
      leftSection={<IconSettings size={18} aria-hidden />}
      onClick={() => navigate(paths.settings)}
    >
      Review intervals
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Reviews due"
        description="Every review, contract renewal and ICO registration with a date, soonest first. Mark a record reviewed here or on its own screen; its next review is suggested from the intervals in Settings."
        actions={settingsLink}
      />
      <Stack gap="lg">
        {items.length === 0 ? (
          <EmptyState icon={<IconCalendarCheck size={26} />} title="Nothing has a review date yet">
            Set a next review date on your activities, third parties and transfers, or mark them
            reviewed, and they appear here when they fall due.
          </EmptyState>
        ) : (
          <Stack gap="md">
            <Group align="flex-end" gap="md" wrap="wrap">
              <Select
                label="Show"
                data={filterOptions}
                value={filter}
                onChange={(value) => setFilter((value ?? 'all') as CalendarFilter)}
                allowDeselect={false}
                w={280}
              />
              <SearchInput
                label="Search"
                placeholder="Record name"
                value={search}
                onChange={setSearch}
                w={300}
              />
            </Group>
            <Tabs
              value={active}
              onChange={(value) => setTab(value as BucketId)}
              keepMounted={false}
            >
              <Tabs.List>
                {bucketIds.map((id) => (
                  <Tabs.Tab
                    key={id}
                    value={id}
                    color={id === 'overdue' && buckets.overdue.length > 0 ? 'red' : undefined}
                  >
                    {bucketLabels[id]}{' '}
                    <Text
                      span
                      size="sm"
                      fw={700}
                      c={
                        id === 'overdue' && buckets.overdue.length > 0
                          ? 'var(--mantine-color-error)'
                          : undefined
                      }
                    >
                      ({buckets[id].length})
                    </Text>
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {bucketIds.map((id) => (
                <Tabs.Panel key={id} value={id} pt="md">
                  {buckets[id].length === 0 ? (
                    <EmptyState icon={<IconSearch size={26} />} title={`Nothing ${emptyWords[id]}`}>
                      {filter !== 'all' || search.trim()
                        ? 'Nothing here matches what is chosen above.'
                        : emptyHelp[id]}
                    </EmptyState>
                  ) : (
                    <DueTable
                      items={buckets[id]}
                      today={today}
                      sort={sort}
                      onSort={(column) => setSort((current) => nextSort(current, column))}
                      label={`${bucketLabels[id]}: reviews and renewals`}
                    />
                  )}
                </Tabs.Panel>
              ))}
            </Tabs>
          </Stack>
        )}
        <Unscheduled records={missing} />
      </Stack>
    </>
  );
}

const emptyWords: Record<BucketId, string> = {
  overdue: 'overdue',
  within30: 'due in the next 30 days',
  within90: 'due in 31 to 90 days',
  later: 'due later',
};

const emptyHelp: Record<BucketId, string> = {
  overdue: 'Every review, renewal and registration with a date is up to date.',
  within30: 'Nothing falls due in the next month.',
  within90: 'Nothing falls due between one and three months from now.',
  later: 'Nothing is scheduled beyond three months from now.',
};
