/** The complaints log under the organisation's own process: filter, search, open, log a new one. */
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconMessageReport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { logStatuses, type LogStatus } from '../../../shared/domain';
import { DEFAULT_ACKNOWLEDGE_WITHIN_DAYS } from '../../../shared/logs/complaints-clock';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SearchInput } from '../../components/SearchInput';
import { listComplaints } from '../../db/repos/complaints';
import { getOrganisation } from '../../db/repos/organisation';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { today } from '../transfers/useAdequacy';
import { complaintStatusOptions } from './complaint-fields';
import {
  nextSort,
  selectComplaintRows,
  toComplaintRows,
  type ComplaintSort,
} from './complaint-rows';
import { ComplaintsProcess } from './ComplaintsProcess';
import { ComplaintTable } from './ComplaintTable';

export function ComplaintList() {
  const navigate = useGuardedNavigate();
  const complaints = useLiveQuery(listComplaints, []);
  // null once read and absent; undefined while still reading.
  const organisation = useLiveQuery(async () => (await getOrganisation()) ?? null, []);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<LogStatus | null>(null);
  const [sort, setSort] = useState<ComplaintSort>({
    column: 'acknowledgement',
    direction: 'asc',
  });

  const withinDays =
    organisation?.complaints.acknowledgeWithinDays ?? DEFAULT_ACKNOWLEDGE_WITHIN_DAYS;
  const rows = useMemo(
    () => (complaints ? toComplaintRows(complaints, today(), withinDays) : undefined),
    [complaints, withinDays],
  );
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () => (rows ? selectComplaintRows(rows, { search: deferredSearch, status }, sort) : []),
    [rows, deferredSearch, status, sort],
  );

  const addButton = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => navigate(paths.newComplaint)}
    >
      Log a complaint
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Complaints"
        description="Complaints people make to you about how you use their personal data: each acknowledged in time, looked into, and answered with the outcome."
        actions={rows && rows.length > 0 ? addButton : null}
      />
      {!rows || organisation === undefined ? (
        <PageLoader label="Loading the complaints" />
      ) : (
        <Stack gap="md">
          <ComplaintsProcess organisation={organisation} />
          {rows.length === 0 ? (
            <EmptyState
              icon={<IconMessageReport size={26} />}
              title="No complaints yet"
              actions={addButton}
            >
              Log each complaint about your use of personal data the day it arrives. Ropa Desk shows
              when it must be acknowledged and warns you if it is late.
            </EmptyState>
          ) : (
            <>
              <Group align="flex-end" gap="md" wrap="wrap">
                <SearchInput
                  label="Search"
                  placeholder="Complainant, summary or outcome"
                  value={search}
                  onChange={setSearch}
                  w={320}
                />
                <Select
                  label="Status"
                  placeholder="Open and closed"
                  data={complaintStatusOptions}
                  value={status}
                  onChange={(value) =>
                    setStatus(logStatuses.find((option) => option === value) ?? null)
                  }
                  clearable
                  w={200}
                />
                <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
                  {shown.length === rows.length
                    ? `${rows.length} ${rows.length === 1 ? 'complaint' : 'complaints'}`
                    : `${shown.length} of ${rows.length} complaints`}
                </Text>
              </Group>
              {shown.length === 0 ? (
                <EmptyState
                  icon={<IconSearch size={26} />}
                  title="No complaint matches"
                  actions={
                    <Button
                      variant="default"
                      onClick={() => {
                        setSearch('');
                        setStatus(null);
                      }}
                    >
                      Clear search and filter
                    </Button>
                  }
                >
                  No complaint matches the search and filter chosen.
                </EmptyState>
              ) : (
                <ComplaintTable
                  rows={shown}
                  sort={sort}
                  onSort={(column) => setSort((current) => nextSort(current, column))}
                />
              )}
            </>
          )}
        </Stack>
      )}
    </>
  );
}
