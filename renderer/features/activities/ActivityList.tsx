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
import { useDeferredValue, useMemo } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useUi } from '../../store/ui';
import { distinctFunctions, hasActiveFilters, selectActivities } from './activity-filter';
import classes from '../../components/ListPage.module.css';
import { ActivityFilters } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';
import { TemplatePicker } from './TemplatePicker';
import { useActivities } from './useActivities';

export function ActivityList() {
  const activities = useActivities();
  const navigate = useGuardedNavigate();
  const [pickerOpen, picker] = useDisclosure(false);

  const search = useUi((s) => s.activitySearch);
  const status = useUi((s) => s.activityStatus);
  const businessFunction = useUi((s) => s.activityFunction);
  const lawfulBasis = useUi((s) => s.activityBasis);
  const sort = useUi((s) => s.activitySort);
  const setSort = useUi((s) => s.setActivitySort);
  const clearFilters = useUi((s) => s.clearActivityFilters);
  // Typing stays responsive: the table catches up with the search box between keystrokes.
  const deferredSearch = useDeferredValue(search);

  const rows = useMemo(
    () =>
      selectActivities(activities ?? [], {
        search: deferredSearch,
        status,
        businessFunction,
        lawfulBasis,
        sort,
      }),
    [activities, deferredSearch, status, businessFunction, lawfulBasis, sort],
  );
  const functions = useMemo(() => distinctFunctions(activities ?? []), [activities]);
  const filtered = hasActiveFilters({ search, status, businessFunction, lawfulBasis });

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
        actions={activities && activities.length > 0 ? actions : null}
      />
      <TemplatePicker opened={pickerOpen} onClose={picker.close} />
      {activities === undefined ? (
        <Center py="xl" aria-busy="true">
          <Loader aria-label="Loading activities" />
        </Center>
      ) : activities.length === 0 ? (
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
              Showing {rows.length.toLocaleString('en-GB')} of{' '}
              {activities.length.toLocaleString('en-GB')}
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
          {rows.length === 0 ? (
            <EmptyState
              icon={<IconSearchOff size={26} />}
              title="No activity matches these filters"
              actions={
                <Button variant="default" onClick={clearFilters}>
                  Clear filters
                </Button>
              }
            >
              None of the {activities.length.toLocaleString('en-GB')} activities matches the search
              and filters chosen. Clear them to see every activity.
            </EmptyState>
          ) : (
            <ActivityTable
              rows={rows}
              sort={sort}
              onSort={setSort}
              onOpen={(activity) => navigate(paths.activity(activity.id))}
            />
          )}
        </Stack>
      )}
    </div>
  );
}
