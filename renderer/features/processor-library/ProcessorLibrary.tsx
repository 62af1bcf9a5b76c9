/**
 * The processor library: common providers with their typical facts, by category and searchable,
 * each one added to the register (with its proposed transfers) in one step.
 */
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import type { ThirdParty } from '../../../shared/domain';
import {
  LIBRARY_CHECKED_ON,
  LIBRARY_NOTE,
  processorCategories,
  processorCategoryLabels,
  processorLibrary,
  type LibraryProcessor,
  type ProcessorCategory,
} from '../../../shared/processors/library';
import {
  groupByCategory,
  sameName,
  searchLibrary,
} from '../../../shared/processors/library-search';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { readableAlert } from '../../components/readableAlert';
import { SearchInput } from '../../components/SearchInput';
import { listThirdParties } from '../../db/repos/third-parties';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { AddFromLibraryModal } from './AddFromLibraryModal';
import { LibraryCard } from './LibraryCard';

const categoryOptions = processorCategories.map((value) => ({
  value,
  label: processorCategoryLabels[value],
}));

const isCategory = (value: string | null): value is ProcessorCategory =>
  (processorCategories as readonly (string | null)[]).includes(value);

export function ProcessorLibrary() {
  const navigate = useGuardedNavigate();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<ProcessorCategory | null>(null);
  const [adding, setAdding] = useState<LibraryProcessor | null>(null);
  const parties = useLiveQuery(listThirdParties, []);

  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () => searchLibrary(processorLibrary, { search: deferredSearch, category }),
    [deferredSearch, category],
  );
  const groups = useMemo(() => groupByCategory(shown), [shown]);
  const inRegister = (entry: LibraryProcessor): ThirdParty | undefined =>
    parties?.find((party) => sameName(party.name, entry.name));

  return (
    <>
      <PageHeader
        title="Processor library"
        description="Services small UK organisations often use, with what each typically does, where it processes data and the transfer safeguard it offers. Add one to start its third-party record and transfers."
      />
      <Stack gap="lg">
        <Alert
          color="blue"
          variant="light"
          styles={readableAlert}
          icon={<IconInfoCircle aria-hidden />}
          title={`Facts checked on ${dayjs(LIBRARY_CHECKED_ON).format('D MMMM YYYY')}`}
        >
          {LIBRARY_NOTE} Everything added from here is marked “to confirm”.
        </Alert>
        <Group align="flex-end" gap="md" wrap="wrap">
          <SearchInput
            label="Search"
            placeholder="Name, service or country"
            value={search}
            onChange={setSearch}
            w={360}
          />
          <Select
            label="Category"
            placeholder="All categories"
            data={categoryOptions}
            value={category}
            onChange={(value) => setCategory(isCategory(value) ? value : null)}
            clearable
            w={280}
          />
          <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
            {shown.length === processorLibrary.length
              ? `${processorLibrary.length} providers`
              : `${shown.length} of ${processorLibrary.length} providers`}
          </Text>
        </Group>
        {groups.length === 0 ? (
          <EmptyState
            icon={<IconSearch size={26} />}
            title="No provider matches"
            actions={
              <Button
                variant="default"
                onClick={() => {
                  setSearch('');
                  setCategory(null);
                }}
              >
                Clear search and category
              </Button>
            }
          >
            Nothing in the library matches “{search.trim() || 'this category'}”. For a provider that
            is not here, add it yourself under Third parties.
          </EmptyState>
        ) : (
          groups.map((group) => (
            <Stack
              key={group.category}
              component="section"
              gap="sm"
              aria-labelledby={`category-${group.category}`}
            >
              <Title order={3} size="h4" id={`category-${group.category}`}>
                {group.label}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
                {group.entries.map((entry) => (
                  <LibraryCard
                    key={entry.id}
                    entry={entry}
                    inRegister={inRegister(entry)}
                    onAdd={setAdding}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          ))
        )}
      </Stack>
      <AddFromLibraryModal
        entry={adding}
        onClose={() => setAdding(null)}
        onOpen={(id) => navigate(paths.thirdParty(id))}
      />
    </>
  );
}
