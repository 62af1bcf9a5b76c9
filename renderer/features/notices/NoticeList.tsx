/**
 * Every notice the organisation can publish (one for all audiences, one per audience): its
 * latest version, its draft, and whether the register has moved on since it was published.
 */
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { longDate } from '../../../shared/notice/render/common';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { noticeRegister } from '../../db/repos/notices';
import { paths } from '../../navigation/paths';
import { ChangeList } from './ChangeList';
import { GuardedLink } from '../third-parties/GuardedLink';
import { audienceParam } from './notice-address';
import { noticeRows, type NoticeRow } from './notice-rows';

const SHOWN_CHANGES = 3;

export function NoticeList() {
  const register = useLiveQuery(noticeRegister);
  const today = dayjs().format('YYYY-MM-DD');
  const rows = useMemo(
    () => (register ? noticeRows(register, today) : undefined),
    [register, today],
  );
  if (!rows || !register) return <PageLoader label="Loading the notices" />;
  const audiences = register.organisation?.audiences.length ?? 0;
  return (
    <Stack gap={0}>
      <PageHeader
        title="Privacy notices"
        description="Each notice is composed from the register, so it says what you really do. Put any part in your own words, check it against Articles 13 and 14, and publish dated versions that never change afterwards."
      />
      <Stack gap="sm">
        <Table
          withTableBorder
          verticalSpacing="md"
          horizontalSpacing="md"
          aria-label="Privacy notices"
          layout="fixed"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">Notice</Table.Th>
              <Table.Th w="17%">Published</Table.Th>
              <Table.Th w="17%">Draft</Table.Th>
              <Table.Th>Since the last version</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <NoticeListRow key={row.audienceId ?? 'all'} row={row} />
            ))}
          </Table.Tbody>
        </Table>
        {audiences === 0 ? (
          <Text size="sm" c="dimmed">
            To publish a notice for each audience (website visitors, clients, volunteers…), add the
            audiences to the <GuardedLink to={paths.organisation}>organisation profile</GuardedLink>{' '}
            and name them on each activity.
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}

function NoticeListRow({ row }: { row: NoticeRow }) {
  const audience = audienceParam(row.audienceId);
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={2}>
          <GuardedLink to={paths.notice(audience)} fw={600}>
            {row.audienceId === null ? 'Privacy notice for all audiences' : row.name}
          </GuardedLink>
          {row.description ? (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {row.description}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {row.activityCount === 1 ? '1 activity' : `${row.activityCount} activities`}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        {row.latest ? (
          <Stack gap={2}>
            <GuardedLink to={paths.noticeVersion(audience, row.latest.number)} size="sm" fw={500}>
              Version {row.latest.number}
            </GuardedLink>
            <Text size="xs" c="dimmed">
              Effective {longDate(row.latest.effectiveDate)}
            </Text>
            {row.versionCount > 1 ? (
              <GuardedLink to={paths.noticeVersions(audience)} size="xs">
                All {row.versionCount} versions
              </GuardedLink>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Not published yet
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {!row.draft || row.ownWording === 0
            ? 'As composed'
            : `Own wording in ${row.ownWording} ${row.ownWording === 1 ? 'part' : 'parts'}`}
        </Text>
        {row.draft ? (
          <Text size="xs" c="dimmed">
            Saved {dayjs(row.draft.updatedAt).format('D MMM YYYY')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Drift row={row} />
      </Table.Td>
    </Table.Tr>
  );
}

function Drift({ row }: { row: NoticeRow }) {
  if (!row.latest) {
    return (
      <Text size="sm" c="dimmed">
        Publish a first version to track changes.
      </Text>
    );
  }
  if (row.changes.length === 0) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-teal-light-color)" />
        <Text size="sm">Up to date with the register</Text>
      </Group>
    );
  }
  const count = row.changes.length;
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Badge
          color="yellow"
          variant="light"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
          style={{ flexShrink: 0, color: 'var(--mantine-color-text)' }}
        >
          Out of date
        </Badge>
        <Text size="sm" fw={500}>
          The register has changed since version {row.latest.number}: {count}{' '}
          {count === 1 ? 'change' : 'changes'}
        </Text>
      </Group>
      <ChangeList changes={row.changes} limit={SHOWN_CHANGES} size="xs" dimmed />
    </Stack>
  );
}
