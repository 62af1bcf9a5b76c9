/**
 * Every finding on today's register, filterable by severity, area, kind of record, rule and
 * words, each with the way to fix it or to accept it as a known risk. The filters live in the
 * query string, so the dashboard links straight to a filtered view.
 */
import { Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconChecks, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { recordKinds, rules, severities, type Finding } from '../../../shared/checks';
import { categories } from '../../../shared/checks/accountability';
import { longDate } from '../../../shared/util/long-date';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SearchInput } from '../../components/SearchInput';
import { notifyFailure } from '../../components/notifyFailure';
import { withdrawAcceptance } from '../../db/repos/accepted-risks';
import { paths } from '../../navigation/paths';
import { AcceptRiskModal } from './AcceptRiskModal';
import {
  filtersFromQuery,
  findingRows,
  kindLabels,
  nextSort,
  noFilters,
  queryFromFilters,
  selectFindingRows,
  type FindingFilters,
  type FindingRow,
  type FindingSort,
} from './finding-rows';
import { FindingsTable } from './FindingsTable';
import { severityLabels } from './SeverityBadge';
import { useOversight } from './useOversight';

const severityOptions = severities.map((s) => ({ value: s, label: severityLabels[s] }));
const areaOptions = categories.map((c) => ({ value: String(c.id), label: `${c.id}. ${c.title}` }));
const kindOptions = recordKinds.map((k) => ({ value: k, label: kindLabels[k] }));
const ruleOptions = rules
  .map((rule) => ({ value: rule.id, label: rule.title }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));

function confirmWithdraw(row: FindingRow) {
  const risk = row.accepted;
  if (!risk) return;
  modals.openConfirmModal({
    title: 'Withdraw the acceptance?',
    children: (
      <Text size="sm">
        “{row.finding.message}” will count again straight away. The acceptance stays in the audit
        trail.
      </Text>
    ),
    labels: { confirm: 'Withdraw acceptance', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      withdrawAcceptance(risk.id)
        .then(() =>
          notifications.show({
            title: 'Acceptance withdrawn',
            message: 'The finding counts again.',
          }),
        )
        .catch((error: unknown) =>
          notifyFailure('The acceptance was not withdrawn. Try again.', error),
        );
    },
  });
}

export function FindingsPage() {
  const oversight = useOversight();
  const [location, navigate] = useLocation();
  const query = useSearch();
  const filters = useMemo(() => filtersFromQuery(query), [query]);
  const [search, setSearch] = useState(filters.search);
  const [sort, setSort] = useState<FindingSort>({ column: 'severity', direction: 'asc' });
  const [accepting, setAccepting] = useState<Finding | null>(null);

  const setFilters = (patch: Partial<FindingFilters>) =>
    navigate(`${location}${queryFromFilters({ ...filters, search, ...patch })}`, {
      replace: true,
    });

  const rows = useMemo(() => (oversight ? findingRows(oversight) : undefined), [oversight]);
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(
    () => (rows ? selectFindingRows(rows, { ...filters, search: deferredSearch }, sort) : []),
    [rows, filters, deferredSearch, sort],
  );

  if (!oversight || !rows) return <PageLoader label="Running the checks" />;
  const openCount = oversight.open.length;
  const filtered =
    filters.severity || filters.area || filters.kind || filters.rule || search.trim() !== '';

  return (
    <>
      <PageHeader
        title="Findings"
        description={`What the checks find in the register on ${longDate(oversight.today)}, most severe first: fix each from its link, or accept it as a known risk until a date.`}
      />
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SearchInput
            label="Search"
            placeholder="Words to find"
            value={search}
            onChange={(value) => {
              setSearch(value);
              setFilters({ search: value });
            }}
            w={240}
          />
          <Select
            label="Severity"
            placeholder="Any"
            data={severityOptions}
            value={filters.severity}
            onChange={(value) =>
              setFilters({ severity: (value as FindingFilters['severity']) ?? null })
            }
            clearable
            w={130}
          />
          <Select
            label="Area"
            placeholder="Any"
            data={areaOptions}
            value={filters.area ? String(filters.area) : null}
            onChange={(value) =>
              setFilters({ area: value ? (Number(value) as FindingFilters['area']) : null })
            }
            clearable
            w={250}
            comboboxProps={{ width: 340 }}
          />
          <Select
            label="Record"
            placeholder="Any"
            data={kindOptions}
            value={filters.kind}
            onChange={(value) => setFilters({ kind: (value as FindingFilters['kind']) ?? null })}
            clearable
            w={170}
            comboboxProps={{ width: 260 }}
          />
          <Select
            label="Rule"
            placeholder="Any"
            data={ruleOptions}
            value={filters.rule}
            onChange={(value) => setFilters({ rule: value })}
            clearable
            searchable
            w={200}
            comboboxProps={{ width: 420 }}
          />
          <Switch
            label={`Show accepted risks (${oversight.accepted.length})`}
            checked={filters.accepted}
            onChange={(event) => setFilters({ accepted: event.currentTarget.checked })}
            mb={8}
          />
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {`${shown.length} shown · ${openCount} open ${openCount === 1 ? 'finding' : 'findings'}`}
            {oversight.accepted.length > 0
              ? ` · ${oversight.accepted.length} accepted as known ${oversight.accepted.length === 1 ? 'risk' : 'risks'}`
              : ''}
          </Text>
          {filtered ? (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconFilterOff size={14} aria-hidden />}
              onClick={() => {
                setSearch('');
                setFilters({ ...noFilters, accepted: filters.accepted });
              }}
            >
              Clear filters
            </Button>
          ) : null}
        </Group>
        {rows.length === 0 ? (
          <EmptyState icon={<IconChecks size={26} />} title="No findings">
            The checks find nothing to fix in the register today. They run again whenever the
            register changes.
          </EmptyState>
        ) : shown.length === 0 ? (
          <EmptyState
            icon={<IconSearch size={26} />}
            title="No finding matches"
            actions={
              <Button
                variant="default"
                onClick={() => {
                  setSearch('');
                  setFilters({ ...noFilters });
                }}
              >
                Show every open finding
              </Button>
            }
          >
            No finding matches these filters
            {filters.accepted ? '' : ' (findings accepted as known risks are hidden)'}.
          </EmptyState>
        ) : (
          <FindingsTable
            rows={shown}
            sort={sort}
            onSort={(column) => setSort((current) => nextSort(current, column))}
            onAccept={setAccepting}
            onWithdraw={confirmWithdraw}
          />
        )}
      </Stack>
      <AcceptRiskModal
        finding={accepting}
        today={oversight.today}
        userName={oversight.userName}
        onClose={() => setAccepting(null)}
      />
    </>
  );
}

export const findingsHref = (filters: Partial<FindingFilters>): string =>
  `${paths.findings}${queryFromFilters(filters)}`;
