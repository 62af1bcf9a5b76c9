/** One notice's published versions, newest first: open one, or compare any two. */
import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsDiff, IconFileText } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { NoticeVersion } from '../../../shared/domain';
import { longDate } from '../../../shared/notice/render/common';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { noticeRegister } from '../../db/repos/notices';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import { NoSuchNotice, audienceExists } from './NoticeEditor';
import { NoticeNav } from './NoticeNav';
import { audienceIdOf, audienceName, noticeHeading } from './notice-address';

export function NoticeVersions({ audience }: { audience: string }) {
  const navigate = useGuardedNavigate();
  const audienceId = audienceIdOf(audience);
  const register = useLiveQuery(noticeRegister);
  if (!register) return <PageLoader label="Loading the versions" />;
  if (!audienceExists(register, audienceId)) return <NoSuchNotice />;
  const versions = register.noticeVersions.filter((v) => v.audienceId === audienceId);
  const heading = noticeHeading(audienceId, audienceName(register.organisation, audienceId));
  return (
    <Stack gap={0}>
      <PageHeader
        title={heading}
        description="Each published version is kept exactly as it was published, with the SHA-256 fingerprint of its content. Versions are never edited: a change is a new version."
      />
      <NoticeNav audience={audience} current="versions" versionCount={versions.length} />
      {versions.length === 0 ? (
        <EmptyState
          icon={<IconFileText size={26} />}
          title="No published version yet"
          actions={
            <Button onClick={() => navigate(paths.notice(audience))}>Go to the draft</Button>
          }
        >
          Publish the draft when it says what you want: it becomes version 1, dated and kept
          unchanged. Later versions can be compared with it.
        </EmptyState>
      ) : (
        <Stack gap="lg">
          <Table
            withTableBorder
            verticalSpacing="sm"
            horizontalSpacing="md"
            aria-label="Published versions"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>Effective</Table.Th>
                <Table.Th>Published</Table.Th>
                <Table.Th>SHA-256</Table.Th>
                <Table.Th>What changed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...versions].reverse().map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <GuardedLink to={paths.noticeVersion(audience, version.number)} fw={600}>
                      Version {version.number}
                    </GuardedLink>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {longDate(version.effectiveDate)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {dayjs(version.publishedAt).format('D MMM YYYY, HH:mm')}
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm" title={version.hash}>
                      {version.hash.slice(0, 12)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-line' }}>
                      {version.changeNote || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {versions.length > 1 ? <ComparePicker audience={audience} versions={versions} /> : null}
        </Stack>
      )}
    </Stack>
  );
}

/** Two versions chosen by number, then the comparison screen. */
function ComparePicker({
  audience,
  versions,
}: {
  audience: string;
  versions: readonly NoticeVersion[];
}) {
  const navigate = useGuardedNavigate();
  const numbers = versions.map((v) => String(v.number));
  const [from, setFrom] = useState(numbers.at(-2) ?? '1');
  const [to, setTo] = useState(numbers.at(-1) ?? '1');
  const data = versions.map((v) => ({
    value: String(v.number),
    label: `Version ${v.number} (${longDate(v.effectiveDate)})`,
  }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="compare-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="compare-heading">
          Compare two versions
        </Title>
        <Group align="flex-end" gap="sm">
          <Select
            label="Earlier version"
            data={data}
            value={from}
            onChange={(value) => value && setFrom(value)}
            allowDeselect={false}
            w={280}
          />
          <Select
            label="Later version"
            data={data}
            value={to}
            onChange={(value) => value && setTo(value)}
            allowDeselect={false}
            w={280}
          />
          <Button
            leftSection={<IconArrowsDiff size={18} aria-hidden />}
            onClick={() => navigate(paths.noticeCompare(audience, Number(from), Number(to)))}
            disabled={from === to}
          >
            Compare
          </Button>
        </Group>
        {from === to ? (
          <Text size="sm" c="dimmed">
            Choose two different versions.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
