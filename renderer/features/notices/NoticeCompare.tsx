/**
 * Two published versions side by side in time: what changed in substance (reusable as the
 * "what changed" note) and every word that changed in the text.
 */
import {
  Button,
  CopyButton,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCopy, IconFileUnknown } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { NoticeVersion } from '../../../shared/domain';
import { describeChanges, documentText, textDiff } from '../../../shared/notice';
import { longDate } from '../../../shared/notice/render/common';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { noticeRegister } from '../../db/repos/notices';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { DiffText } from './DiffText';
import { audienceIdOf, audienceName, noticeHeading } from './notice-address';

export interface NoticeCompareProps {
  audience: string;
  from: number;
  to: number;
}

export function NoticeCompare({ audience, from, to }: NoticeCompareProps) {
  const audienceId = audienceIdOf(audience);
  const register = useLiveQuery(noticeRegister);
  if (!register) return <PageLoader label="Loading the versions" />;
  const versions = register.noticeVersions.filter((v) => v.audienceId === audienceId);
  const before = versions.find((v) => v.number === from);
  const after = versions.find((v) => v.number === to);
  const heading = noticeHeading(audienceId, audienceName(register.organisation, audienceId));
  if (!before || !after) {
    return (
      <NotFound
        heading="Compare versions"
        title={`${heading} has no version ${before ? to : from}`}
        icon={<IconFileUnknown size={26} />}
        backTo={paths.noticeVersions(audience)}
        backLabel="See the published versions"
        backIcon={<IconArrowLeft size={18} aria-hidden />}
      >
        Choose two of its published versions to compare.
      </NotFound>
    );
  }
  return (
    <Comparison
      audience={audience}
      heading={heading}
      versions={versions}
      before={before}
      after={after}
    />
  );
}

interface ComparisonProps {
  audience: string;
  heading: string;
  versions: readonly NoticeVersion[];
  before: NoticeVersion;
  after: NoticeVersion;
}

function Comparison({ audience, heading, versions, before, after }: ComparisonProps) {
  const navigate = useGuardedNavigate();
  const [folded, setFolded] = useState(true);
  const changes = useMemo(() => describeChanges(before.facts, after.facts), [before, after]);
  const parts = useMemo(
    () => textDiff(documentText(before.document), documentText(after.document)),
    [before, after],
  );
  const added = parts.filter((p) => p.kind === 'added' && p.text.trim() !== '').length;
  const removed = parts.filter((p) => p.kind === 'removed' && p.text.trim() !== '').length;
  const note = changes.map((change) => `- ${change.sentence}`).join('\n');
  const data = versions.map((v) => ({
    value: String(v.number),
    label: `Version ${v.number} (${longDate(v.effectiveDate)})`,
  }));

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Version ${before.number} compared with version ${after.number}`}
        description={`${heading}: what changed between the version effective ${longDate(before.effectiveDate)} and the one effective ${longDate(after.effectiveDate)}.`}
        actions={
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
            onClick={() => navigate(paths.noticeVersions(audience))}
          >
            All versions
          </Button>
        }
      />
      <Group align="flex-end" gap="sm">
        <Select
          label="Earlier version"
          data={data}
          value={String(before.number)}
          onChange={(value) =>
            value && navigate(paths.noticeCompare(audience, Number(value), after.number))
          }
          allowDeselect={false}
          w={280}
        />
        <Select
          label="Later version"
          data={data}
          value={String(after.number)}
          onChange={(value) =>
            value && navigate(paths.noticeCompare(audience, before.number, Number(value)))
          }
          allowDeselect={false}
          w={280}
        />
      </Group>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="substance-heading">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Title order={3} size="h4" id="substance-heading">
                What changed in substance
              </Title>
              <Text size="sm" c="dimmed">
                {changes.length === 0
                  ? 'Nothing: the two versions say the same about what you do with data.'
                  : `${changes.length} ${changes.length === 1 ? 'change' : 'changes'} to what the notice says you do, in plain words you can reuse.`}
              </Text>
            </Stack>
            {changes.length > 0 ? (
              <CopyButton value={note}>
                {({ copied, copy }) => (
                  <Button
                    variant="default"
                    size="sm"
                    leftSection={
                      copied ? (
                        <IconCheck size={16} aria-hidden />
                      ) : (
                        <IconCopy size={16} aria-hidden />
                      )
                    }
                    onClick={copy}
                  >
                    {copied ? 'Copied' : 'Copy as “what changed” note'}
                  </Button>
                )}
              </CopyButton>
            ) : null}
          </Group>
          {changes.length > 0 ? (
            <List spacing={4} size="sm" data-testid="substantive-changes">
              {changes.map((change) => (
                <List.Item key={`${change.kind}:${change.key}`}>{change.sentence}</List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
      </Paper>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="text-heading">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Title order={3} size="h4" id="text-heading">
                Text differences
              </Title>
              <Text size="sm" c="dimmed">
                {added === 0 && removed === 0
                  ? changes.length > 0
                    ? 'The text of the two versions is the same: the changes above are in the register, and the later version kept your own wording where it said otherwise.'
                    : 'The text of the two versions is the same.'
                  : `${added} ${added === 1 ? 'addition' : 'additions'} and ${removed} ${removed === 1 ? 'removal' : 'removals'}. Added text is underlined in green; removed text is struck through in red.`}
              </Text>
            </Stack>
            {added + removed > 0 ? (
              <Switch
                label="Fold unchanged text"
                checked={folded}
                onChange={(event) => setFolded(event.currentTarget.checked)}
              />
            ) : null}
          </Group>
          {added + removed > 0 ? <DiffText parts={parts} folded={folded} /> : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
