/**
 * The audit trail: every change to the register, newest first, filterable by kind of record,
 * person, date, words or one record; an event opens beside the list with its changes field by
 * field and a way to restore the record. The chain can be verified and the trail exported.
 */
import { Alert, Anchor, Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDownload,
  IconFilterOff,
  IconHistory,
  IconPointer,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { auditEntities, type AuditEntity } from '../../../shared/domain';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SearchInput } from '../../components/SearchInput';
import { notifyFailure } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { useOrganisation } from '../activities/useActivities';
import { saveOutput } from '../../pdf/saveOutput';
import { paths } from '../../navigation/paths';
import classes from './AuditTrail.module.css';
import { EventDetail } from './EventDetail';
import { trailCsv, trailFileName } from './export-trail';
import { entityLabels } from './trail-labels';
import {
  actorsIn,
  isFiltered,
  noFilters,
  selectTrailRows,
  type TrailFilters,
  type TrailRow,
} from './trail-rows';
import { TrailTable } from './TrailTable';
import { useTrail } from './useTrail';
import { useVerify, VerifyPanel } from './VerifyPanel';

const kindOptions = auditEntities.map((entity) => ({ value: entity, label: entityLabels[entity] }));
const count = (n: number) => n.toLocaleString('en-GB');
const events = (n: number) => `${count(n)} ${n === 1 ? 'event' : 'events'}`;
const isEntity = (value: string | null): value is AuditEntity =>
  value !== null && (auditEntities as readonly string[]).includes(value);

/** The one-record filter a record's "History" link puts in the address. */
function useRecordFilter(): TrailFilters['record'] {
  const query = new URLSearchParams(useSearch());
  const entity = query.get('entity');
  const id = query.get('id');
  return useMemo(() => (isEntity(entity) && id ? { entity, id } : null), [entity, id]);
}

export function AuditTrailPage() {
  const trail = useTrail();
  const organisation = useOrganisation();
  const [, navigate] = useLocation();
  const record = useRecordFilter();
  const [filters, setFilters] = useState<Omit<TrailFilters, 'record'>>(noFilters);
  const [newestFirst, setNewestFirst] = useState(true);
  const [selected, setSelected] = useState<number | null>(null);
  const [exporting, setExporting] = useState<number | null>(null);
  const verify = useVerify();

  const deferred = useDeferredValue(filters);
  const all = { ...deferred, record };
  const shown = useMemo(
    () => selectTrailRows(trail.rows, { ...deferred, record }, newestFirst),
    [trail.rows, deferred, record, newestFirst],
  );
  const actors = useMemo(() => actorsIn(trail.rows), [trail.rows]);
  const recordName = useMemo(() => {
    if (!record) return null;
    const latest = trail.rows.findLast(
      (row) => row.entity === record.entity && row.entityId === record.id,
    );
    return `${entityLabels[record.entity].toLowerCase()} “${latest?.name || record.id}”`;
  }, [trail.rows, record]);

  const patch = (change: Partial<TrailFilters>) => setFilters((f) => ({ ...f, ...change }));
  const clear = () => {
    setFilters(noFilters);
    if (record) navigate(paths.auditTrail);
  };

  const exportCsv = async () => {
    const filtered = isFiltered(all);
    setExporting(0);
    try {
      const csv = await trailCsv(
        shown.map((row) => row.seq),
        setExporting,
      );
      const result = await saveOutput(trailFileName(organisation?.name ?? '', filtered), csv);
      if (result.status === 'saved') {
        notifications.show({
          closeButtonProps: { 'aria-label': 'Dismiss notification' },
          color: 'teal',
          title: 'Audit trail saved as CSV',
          message: filtered
            ? `${events(shown.length)}: only those the filters show, oldest first.`
            : `All ${events(shown.length)}, oldest first.`,
        });
      } else if (result.status === 'failed') {
        notifyFailure('The CSV was not saved', new Error(result.message));
      }
    } catch (error) {
      notifyFailure('The CSV was not made. Try again.', error);
    } finally {
      setExporting(null);
    }
  };

  const header = (
    <PageHeader
      title="Audit trail"
      description="Every change to the register, newest first. Each event is sealed with a hash of the one before it, so a change made behind the app’s back shows when the trail is verified."
      actions={
        <>
          <Button
            variant="default"
            leftSection={<IconShieldCheck size={18} aria-hidden />}
            onClick={() => void verify.verify()}
            loading={verify.progress !== null}
            disabled={!trail.ready}
          >
            Verify the trail
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            onClick={() => void exportCsv()}
            loading={exporting !== null}
            disabled={!trail.ready || shown.length === 0}
          >
            Export as CSV…
          </Button>
        </>
      }
    />
  );

  if (!trail.ready) {
    const label = trail.progress
      ? `Reading the trail: ${count(trail.progress.read)} of ${count(trail.progress.total)} events`
      : 'Reading the trail';
    return (
      <>
        {header}
        <PageLoader label={label} />
      </>
    );
  }

  if (trail.rows.length === 0) {
    return (
      <>
        {header}
        <EmptyState icon={<IconHistory size={28} />} title="No changes recorded yet">
          Every change you make to the register will be listed here, with who made it and when.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <div className={classes.verdict}>
        <VerifyPanel verify={verify} onShowEvent={setSelected} />
      </div>
      {record ? (
        <Alert
          variant="light"
          color="blue"
          styles={readableAlert}
          icon={<IconHistory aria-hidden />}
          mb="sm"
          title={`The history of the ${recordName ?? 'record'}`}
        >
          Only the events about this record are shown.{' '}
          <Anchor component="button" type="button" onClick={() => navigate(paths.auditTrail)}>
            Show every record
          </Anchor>
        </Alert>
      ) : null}
      <Group align="flex-end" gap="sm" wrap="wrap" mb="sm">
        <SearchInput
          label="Search"
          placeholder="Record name or summary"
          value={filters.search}
          onChange={(search) => patch({ search })}
          w={220}
        />
        <Select
          label="Record kind"
          placeholder="Any"
          data={kindOptions}
          value={filters.entity}
          onChange={(value) => patch({ entity: isEntity(value) ? value : null })}
          clearable
          w={200}
        />
        <Select
          label="Person"
          placeholder="Anyone"
          data={actors}
          value={filters.actor}
          onChange={(actor) => patch({ actor })}
          clearable
          searchable
          w={180}
        />
        <DateField label="From" value={filters.from} onChange={(from) => patch({ from })} w={150} />
        <DateField label="To" value={filters.to} onChange={(to) => patch({ to })} w={150} />
        {isFiltered(all) ? (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={clear}
          >
            Clear filters
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
        {isFiltered(all)
          ? `${count(shown.length)} of ${events(trail.rows.length)} match the filters`
          : events(trail.rows.length)}
        {exporting !== null
          ? ` · preparing the CSV: ${count(exporting)} of ${count(shown.length)}`
          : ''}
      </Text>
      <div className={classes.split}>
        <div className={classes.list}>
          {shown.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              No event matches these filters.{' '}
              <Anchor component="button" type="button" onClick={clear}>
                Clear the filters
              </Anchor>
            </Text>
          ) : (
            <TrailTable
              rows={shown}
              newestFirst={newestFirst}
              onToggleOrder={() => setNewestFirst((n) => !n)}
              selected={selected}
              onSelect={(row: TrailRow) => setSelected(row.seq)}
            />
          )}
        </div>
        <Paper
          withBorder
          radius="md"
          p="md"
          className={classes.detail}
          component="section"
          aria-label="The event"
        >
          {selected === null ? (
            <Group gap="xs" c="dimmed" wrap="nowrap">
              <IconPointer size={18} aria-hidden />
              <Text size="sm">
                Select an event to see what changed, field by field, and to restore the record.
              </Text>
            </Group>
          ) : (
            <EventDetail key={selected} seq={selected} />
          )}
        </Paper>
      </div>
    </>
  );
}
