/** Every restricted transfer in the register, with what each needs today: search, sort, open. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconSearch, IconWorld } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SearchInput } from '../../components/SearchInput';
import { listThirdParties } from '../../db/repos/third-parties';
import { listTransfers } from '../../db/repos/transfers';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { nextSort, selectTransferRows, toTransferRows, type TransferSort } from './transfer-rows';
import { TransferTable } from './TransferTable';
import { today, useAdequacy } from './useAdequacy';

export function TransferList() {
  const navigate = useGuardedNavigate();
  const transfers = useLiveQuery(listTransfers, []);
  const parties = useLiveQuery(listThirdParties, []);
  const adequacy = useAdequacy();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<TransferSort>({ column: 'thirdParty', direction: 'asc' });

  const rows = useMemo(
    () =>
      transfers && parties && adequacy
        ? toTransferRows(transfers, parties, adequacy.list, today())
        : undefined,
    [transfers, parties, adequacy],
  );
  // Typing stays responsive at thousands of rows: filtering follows a moment behind.
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () => (rows ? selectTransferRows(rows, deferredSearch, sort) : []),
    [rows, deferredSearch, sort],
  );

  const addButton = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => navigate(paths.newTransfer())}
    >
      New transfer
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Transfers outside the UK"
        description="Each restricted transfer of personal data abroad, what makes it lawful, and what it needs now by your adequacy list (Settings)."
        actions={rows && rows.length > 0 ? addButton : null}
      />
      {!rows ? (
        <PageLoader label="Loading the transfers" />
      ) : rows.length === 0 ? (
        <EmptyState icon={<IconWorld size={26} />} title="No transfers yet" actions={addButton}>
          Record each time personal data goes to a third party outside the UK: a US email platform,
          cloud storage in another country. Ropa Desk then tells you what each needs: nothing more,
          a certification to confirm, or a safeguard and a risk assessment.
        </EmptyState>
      ) : (
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <SearchInput
              label="Search"
              placeholder="Third party, country, safeguard or status"
              value={search}
              onChange={setSearch}
              w={360}
            />
            <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
              {shown.length === rows.length
                ? `${rows.length} ${rows.length === 1 ? 'transfer' : 'transfers'}`
                : `${shown.length} of ${rows.length} transfers`}
            </Text>
          </Group>
          {shown.length === 0 ? (
            <EmptyState
              icon={<IconSearch size={26} />}
              title="No transfer matches"
              actions={
                <Button variant="default" onClick={() => setSearch('')}>
                  Clear search
                </Button>
              }
            >
              {`No transfer matches “${search.trim()}”.`}
            </EmptyState>
          ) : (
            <TransferTable
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
