/** The register of processing activities: search, filter, sort and open any of them. */
import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconFilterOff,
  IconListDetails,
  IconPlus,
  IconSearchOff,
  IconTemplate,
} from '@tabler/icons-react';
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import type { Activity } from '../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useUi } from '../../store/ui';
import {
  filterActivities,
  hasActiveFilters,
  prepareSearch,
  sortActivities,
} from './activity-filter';
import classes from '../../components/ListPage.module.css';
import { ActivityFilters } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';
import { TemplatePicker } from './TemplatePicker';
import { useActivityList, useBusinessFunctions } from './useActivities';

const noFunctions: string[] = [];

export function ActivityList() {
  const navigate = useGuardedNavigate();
  const [pickerOpen, picker] = useDisclosure(false);

  const search = useUi((s) => s.activitySearch);
  const status = useUi((s) => s.activityStatus);
  const businessFunction = useUi((s) => s.activityFunction);
  const lawfulBasis = useUi((s) => s.activityBasis);
  const sort = useUi((s) => s.activitySort);
  const setSort = useUi((s) => s.setActivitySort);
  const clearFilters = useUi((s) => s.clearActivityFilters);
  const filtered = hasActiveFilters({ search, status, businessFunction, lawfulBasis });
  // The list as it opens (by name, nothing filtered) shows its first screen before every
  // activity has been read; any other view waits for them all.
  const { all, total, head } = useActivityList(
    !filtered && sort.column === 'name' ? sort.direction : null,
  );
  const functions = useBusinessFunctions() ?? noFunctions;
  // Typing stays responsive: the table catches up with the search box between keystrokes.
  const deferredSearch = useDeferredValue(search);

  // Sorted once per read or sort change; each keystroke then only filters, which keeps order.
  const sorted = useMemo(() => (all ? sortActivities(all, sort) : undefined), [all, sort]);
  const rows = useMemo(
    () =>
      sorted &&
      filterActivities(sorted, { search: deferredSearch, status, businessFunction, lawfulBasis }),
    [sorted, deferredSearch, status, businessFunction, lawfulBasis],
  );
  useSearchPreparedWhenIdle(all);
  const open = useCallback(
    (activity: Activity) => navigate(paths.activity(activity.id)),
    [navigate],
  );

  const actions = (
    <>
      <Button
        variant="default"
        leftSection={<IconTemplate size={18} aria-hidden />}
        onClick={picker.open}
      >
        From template…
      </Button>
      <Button
        leftSection={<IconPlus size={18} aria-hidden />}
        onClick={() => navigate(paths.newActivity)}
      >
        New activity
      </Button>
    </>
  );

  return (
    <div className={classes.page}>
      <PageHeader
        title="Processing activities"
        description="Your Article 30 record: each thing the organisation does with personal data, why, and on what lawful basis."
        actions={total ? actions : null}
      />
      <TemplatePicker opened={pickerOpen} onClose={picker.close} />
      {total === undefined ? (
        <Center py="xl" aria-busy="true">
          <Loader aria-label="Loading activities" />
        </Center>
      ) : total === 0 ? (
        <EmptyState
          icon={<IconListDetails size={26} />}
          title="No processing activities yet"
          actions={<Group gap="sm">{actions}</Group>}
        >
          A processing activity is one thing the organisation does with personal data — paying
          staff, sending a newsletter, running a service — with its purpose, the people and data
          involved, the lawful basis, who receives it and how long it is kept. Start from a template
          for a common activity, or from a blank one.
        </EmptyState>
      ) : (
        <Stack gap="sm" className={classes.body}>
          <ActivityFilters functions={functions} />
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite" role="status">
              {rows
                ? `Showing ${count(rows.length)} of ${count(total)}`
                : `Reading all ${count(total)} activities…`}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={clearFilters}
              disabled={!filtered}
            >
              Clear filters
            </Button>
          </Group>
          {rows === undefined ? (
            head ? (
              <ActivityTable rows={head.rows} sort={sort} onSort={setSort} onOpen={open} />
            ) : (
              <Center py="xl" aria-busy="true">
                <Loader aria-label="Loading activities" />
              </Center>
            )
          ) : rows.length === 0 ? (
            <EmptyState
              icon={<IconSearchOff size={26} />}
              title="No activity matches these filters"
              actions={
                <Button variant="default" onClick={clearFilters}>
                  Clear filters
                </Button>
              }
            >
              None of the {count(total)} activities matches the search and filters chosen. Clear
              them to see every activity.
            </EmptyState>
          ) : (
            <ActivityTable rows={rows} sort={sort} onSort={setSort} onOpen={open} />
          )}
        </Stack>
      )}
    </div>
  );
}

const count = (n: number) => n.toLocaleString('en-GB');

/** Builds the search text while the window is idle, so the first keystroke is as quick as the rest. */
function useSearchPreparedWhenIdle(activities: readonly Activity[] | undefined) {
  useEffect(() => {
    if (!activities) return;
    let next = 0;
    let handle = requestIdleCallback(function step(deadline) {
      next = prepareSearch(activities, next, () => deadline.timeRemaining() > 1);
      if (next < activities.length) handle = requestIdleCallback(step);
    });
    return () => cancelIdleCallback(handle);
  }, [activities]);
}
