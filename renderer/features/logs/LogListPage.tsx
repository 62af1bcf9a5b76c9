/**
 * The page of a log's entries: heading with the add button, a first-use explanation while the log
 * is empty, then the filters with a live count, and the table or a way out of a search that
 * matches nothing.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';

export interface LogListPageProps {
  title: string;
  description: string;
  /** The button that opens a new entry. */
  add: { to: string; label: string };
  loadingLabel: string;
  /** How many entries the log holds; undefined while loading. */
  total: number | undefined;
  /** How many the search and filters leave. */
  shown: number;
  /** The entry, singular and plural, for the count: ['breach', 'breaches']. */
  noun: readonly [string, string];
  /** More of the count, such as " · 2 overdue". */
  countExtra?: string;
  /** Shown above everything else once loaded, even while the log is empty. */
  before?: ReactNode;
  empty: { icon: ReactNode; title: string; text: ReactNode };
  noMatch: { title: string; text: ReactNode; clearLabel: string; onClear: () => void };
  /** The search box and any filters. */
  filters: ReactNode;
  table: ReactNode;
}

export function LogListPage(props: LogListPageProps) {
  const { total, shown, noun, empty, noMatch } = props;
  const navigate = useGuardedNavigate();
  const addButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => navigate(props.add.to)}>
      {props.add.label}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={props.title}
        description={props.description}
        actions={total ? addButton : null}
      />
      {total === undefined ? (
        <PageLoader label={props.loadingLabel} />
      ) : (
        <Stack gap="md">
          {props.before}
          {total === 0 ? (
            <EmptyState icon={empty.icon} title={empty.title} actions={addButton}>
              {empty.text}
            </EmptyState>
          ) : (
            <>
              <Group align="flex-end" gap="md" wrap="wrap">
                {props.filters}
                <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
                  {shown === total
                    ? `${total} ${total === 1 ? noun[0] : noun[1]}`
                    : `${shown} of ${total} ${noun[1]}`}
                  {props.countExtra}
                </Text>
              </Group>
              {shown === 0 ? (
                <EmptyState
                  icon={<IconSearch size={26} />}
                  title={noMatch.title}
                  actions={
                    <Button variant="default" onClick={noMatch.onClear}>
                      {noMatch.clearLabel}
                    </Button>
                  }
                >
                  {noMatch.text}
                </EmptyState>
              ) : (
                props.table
              )}
            </>
          )}
        </Stack>
      )}
    </>
  );
}
