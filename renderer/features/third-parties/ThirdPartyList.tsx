/** Every third party in the register: search, filter by role, sort, and open one to edit. */
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { thirdPartyKindLabels, thirdPartyKinds } from '../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SearchInput } from '../../components/SearchInput';
import { listActivities } from '../../db/repos/activities';
import { listThirdParties } from '../../db/repos/third-parties';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useUi } from '../../store/ui';
import { linkCounts, selectRows, toRows } from './third-party-rows';
import { ThirdPartyTable } from './ThirdPartyTable';

const kindOptions = thirdPartyKinds.map((value) => ({ value, label: thirdPartyKindLabels[value] }));

function describeFilter(search: string, kindLabel: string | undefined): string {
  const role = kindLabel ? ` with the role “${kindLabel}”` : '';
  return search.trim()
    ? `No third party${role} matches “${search.trim()}”.`
    : `There is no third party${role} yet.`;
}

export function ThirdPartyList() {
  const navigate = useGuardedNavigate();
  const search = useUi((s) => s.thirdPartySearch);
  const setSearch = useUi((s) => s.setThirdPartySearch);
  const kind = useUi((s) => s.thirdPartyKind);
  const setKind = useUi((s) => s.setThirdPartyKind);
  const sort = useUi((s) => s.thirdPartySort);
  const parties = useLiveQuery(listThirdParties, []);
  const activities = useLiveQuery(listActivities, []);

  const rows = useMemo(
    () => (parties && activities ? toRows(parties, linkCounts(activities)) : undefined),
    [parties, activities],
  );
  // Typing stays responsive at thousands of rows: filtering follows a moment behind.
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () => (rows ? selectRows(rows, { search: deferredSearch, kind, sort }) : []),
    [rows, deferredSearch, kind, sort],
  );

  const addButton = (
    <Button
      leftSection={<IconPlus size={18} aria-hidden />}
      onClick={() => navigate(paths.newThirdParty)}
    >
      Add third party
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Third parties"
        description="Everyone outside your organisation who receives, handles or provides personal data: processors, partners, funders, platforms."
        actions={rows && rows.length > 0 ? addButton : null}
      />
      {!rows ? (
        <PageLoader label="Loading the third parties" />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconUsersGroup size={26} />}
          title="No third parties yet"
          actions={addButton}
        >
          Add each organisation you share personal data with or that handles it for you: your IT
          company, email marketing platform, accountant, funders. Activities then name them as
          recipients.
        </EmptyState>
      ) : (
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <SearchInput
              label="Search"
              placeholder="Name, type, country, services or data"
              value={search}
              onChange={setSearch}
              w={360}
            />
            <Select
              label="Role"
              placeholder="All roles"
              data={kindOptions}
              value={kind}
              onChange={setKind}
              clearable
              w={240}
            />
            <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
              {shown.length === rows.length
                ? `${rows.length} third ${rows.length === 1 ? 'party' : 'parties'}`
                : `${shown.length} of ${rows.length} third parties`}
            </Text>
          </Group>
          {shown.length === 0 ? (
            <EmptyState
              icon={<IconSearch size={26} />}
              title="No third party matches"
              actions={
                <Button
                  variant="default"
                  onClick={() => {
                    setSearch('');
                    setKind(null);
                  }}
                >
                  Clear search and filter
                </Button>
              }
            >
              {describeFilter(search, kindOptions.find((option) => option.value === kind)?.label)}
            </EmptyState>
          ) : (
            <ThirdPartyTable rows={shown} />
          )}
        </Stack>
      )}
    </>
  );
}
