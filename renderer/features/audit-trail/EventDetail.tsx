/** One event in full: who did what when, its changes field by field, its hashes, and restore. */
import { Badge, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { diffRecords } from '../../../shared/audit/diff';
import { recordKinds, type AuditEvent, type RecordKind } from '../../../shared/domain';
import { PageLoader } from '../../components/PageLoader';
import { auditEvent, recordNames } from '../../db/repos/audit-trail';
import { recordHref } from '../../navigation/recordHref';
import { GuardedLink } from '../third-parties/GuardedLink';
import { ChangeTable } from './ChangeTable';
import { RestoreActions } from './RestoreActions';
import { actionColours, actionLabels, entityLabels, isIdPath } from './trail-labels';
import { trailHref } from './trailHref';

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && Object.keys(value).length === 0);

/** The changes worth reading: a new record's empty fields and a deleted one's say nothing. */
function changesOf(event: AuditEvent) {
  const all = diffRecords(event.before, event.after);
  if (event.before === null) return all.filter((change) => !isEmpty(change.after));
  if (event.after === null) return all.filter((change) => !isEmpty(change.before));
  return all;
}

const when = (at: string) =>
  new Date(at).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

const isRecordKind = (entity: string): entity is RecordKind =>
  (recordKinds as readonly string[]).includes(entity);

function Hash({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} fz="xs">
        {value}
      </Code>
    </div>
  );
}

export function EventDetail({ seq }: { seq: number }) {
  const event = useLiveQuery(() => auditEvent(seq), [seq], null);
  const changes = useMemo(() => (event ? changesOf(event) : []), [event]);
  const names = useLiveQuery(
    () =>
      recordNames(
        changes
          .filter((change) => isIdPath(change.path))
          .flatMap((change) => [change.before, change.after])
          .flatMap((v) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [])),
      ),
    [changes],
  );
  if (event === null) return <PageLoader label="Opening the event" />;
  if (event === undefined)
    return (
      <Text size="sm" c="dimmed">
        Event #{seq} is not in the trail. It may have been removed: verify the trail.
      </Text>
    );
  const isRecord = event.entity !== 'register' && isRecordKind(event.entity);
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="light" color="gray">
            #{event.seq}
          </Badge>
          <Badge variant="light" color={actionColours[event.action]}>
            {actionLabels[event.action]}
          </Badge>
        </Group>
        <Title order={3} size="h4" id="event-title">
          {event.summary}
        </Title>
        <Text size="sm">
          {when(event.at)} · by {event.actor}
        </Text>
        <Text size="sm" c="dimmed">
          {entityLabels[event.entity]}
          {isRecord ? (
            <>
              {' · '}
              <GuardedLink to={recordHref(event.entity as RecordKind, event.entityId)}>
                Open the record
              </GuardedLink>
              {' · '}
              <GuardedLink to={trailHref(event.entity, event.entityId)}>
                Its whole history
              </GuardedLink>
            </>
          ) : null}
        </Text>
      </Stack>
      <section aria-labelledby="event-changes">
        <Title order={4} size="h5" id="event-changes" mb="xs">
          {event.entity === 'register'
            ? 'What happened'
            : event.before === null && event.after !== null
              ? 'Fields set when it was created'
              : event.after === null && event.before !== null
                ? 'Fields it held when it was deleted'
                : 'What changed'}
        </Title>
        {event.entity === 'register' ? (
          <Text size="sm" c="dimmed">
            The whole register was replaced by an import. The trail it brought with it comes before
            this event.
          </Text>
        ) : changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No field changed.
          </Text>
        ) : (
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            <ChangeTable
              entity={event.entity}
              changes={changes}
              names={names ?? new Map()}
              label={`Changes in event #${event.seq}`}
            />
          </Paper>
        )}
      </section>
      {event.entity === 'register' ? null : (
        <section aria-labelledby="event-restore">
          <Title order={4} size="h5" id="event-restore" mb="xs">
            Restore
          </Title>
          <RestoreActions event={event} />
        </section>
      )}
      <section aria-labelledby="event-hashes">
        <Title order={4} size="h5" id="event-hashes" mb="xs">
          Seal
        </Title>
        <Stack gap="xs">
          <Hash label="This event’s hash (SHA-256)" value={event.hash} />
          <Hash label="Previous event’s hash" value={event.prevHash} />
        </Stack>
      </section>
    </Stack>
  );
}
