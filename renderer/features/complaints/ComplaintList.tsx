/** The complaints log under the organisation's own process: filter, search, open, log a new one. */
import { Select } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { logStatuses, type LogStatus } from '../../../shared/domain';
import { DEFAULT_ACKNOWLEDGE_WITHIN_DAYS } from '../../../shared/logs/complaints-clock';
import { SearchInput } from '../../components/SearchInput';
import { listComplaints } from '../../db/repos/complaints';
import { getOrganisation } from '../../db/repos/organisation';
import { paths } from '../../navigation/paths';
import { LogListPage } from '../logs/LogListPage';
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

  return (
    <LogListPage
      title="Complaints"
      description="Complaints people make to you about how you use their personal data: each acknowledged in time, looked into, and answered with the outcome."
      add={{ to: paths.newComplaint, label: 'Log a complaint' }}
      loadingLabel="Loading the complaints"
      total={organisation === undefined ? undefined : rows?.length}
      shown={shown.length}
      noun={['complaint', 'complaints']}
      before={organisation === undefined ? null : <ComplaintsProcess organisation={organisation} />}
      empty={{
        icon: <IconMessageReport size={26} />,
        title: 'No complaints yet',
        text: 'Log each complaint about your use of personal data the day it arrives. Ropa Desk shows when it must be acknowledged and warns you if it is late.',
      }}
      noMatch={{
        title: 'No complaint matches',
        text: 'No complaint matches the search and filter chosen.',
        clearLabel: 'Clear search and filter',
        onClear: () => {
          setSearch('');
          setStatus(null);
        },
      }}
      filters={
        <>
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
            onChange={(value) => setStatus(logStatuses.find((option) => option === value) ?? null)}
            clearable
            w={200}
          />
        </>
      }
      table={
        <ComplaintTable
          rows={shown}
          sort={sort}
          onSort={(column) => setSort((current) => nextSort(current, column))}
        />
      }
    />
  );
}
