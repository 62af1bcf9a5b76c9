/** A published version, read-only: the frozen document, its fingerprint and its change note. */
import {
  ActionIcon,
  Button,
  CopyButton,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowsDiff,
  IconCheck,
  IconCopy,
  IconFileUnknown,
  IconShieldCheck,
  IconShieldX,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { NoticeVersion } from '../../../shared/domain';
import { longDate } from '../../../shared/notice/render/common';
import { hashOf } from '../../../shared/util/hash';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { noticeRegister } from '../../db/repos/notices';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { ExportMenu } from './ExportMenu';
import { NoticeChecklist } from './NoticeChecklist';
import { NoticeDocumentView } from './NoticeDocumentView';
import { audienceIdOf, audienceName, noticeHeading } from './notice-address';
import classes from './notices.module.css';

export function NoticeVersionView({ audience, number }: { audience: string; number: number }) {
  const navigate = useGuardedNavigate();
  const audienceId = audienceIdOf(audience);
  const register = useLiveQuery(noticeRegister);
  if (!register) return <PageLoader label="Loading the version" />;
  const versions = register.noticeVersions.filter((v) => v.audienceId === audienceId);
  const version = versions.find((v) => v.number === number);
  const heading = noticeHeading(audienceId, audienceName(register.organisation, audienceId));
  if (!version) {
    return (
      <NotFound
        heading={heading}
        title={`There is no version ${number}`}
        icon={<IconFileUnknown size={26} />}
        backTo={paths.noticeVersions(audience)}
        backLabel="See the published versions"
        backIcon={<IconArrowLeft size={18} aria-hidden />}
      >
        {versions.length > 0
          ? `This notice has versions 1 to ${versions.length}.`
          : 'This notice has not been published yet.'}
      </NotFound>
    );
  }
  const previous = versions.find((v) => v.number === number - 1);
  return (
    <Stack gap="lg">
      <PageHeader
        title={`Version ${version.number} — read-only`}
        description={`${heading}, as published. It takes effect on ${longDate(version.effectiveDate)} and can never be changed: a change is a new version.`}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={18} aria-hidden />}
              onClick={() => navigate(paths.noticeVersions(audience))}
            >
              All versions
            </Button>
            {previous ? (
              <Button
                variant="default"
                leftSection={<IconArrowsDiff size={18} aria-hidden />}
                onClick={() =>
                  navigate(paths.noticeCompare(audience, previous.number, version.number))
                }
              >
                Compare with version {previous.number}
              </Button>
            ) : null}
            <ExportMenu
              document={version.document}
              organisationName={register.organisation?.name ?? ''}
              label={`v${version.number}`}
              date={version.effectiveDate}
              versionLabel={`Version ${version.number}`}
              hash={version.hash}
            />
          </>
        }
      />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <NoticeDocumentView
            document={version.document}
            versionLabel={`Version ${version.number}`}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }} className={classes.aside}>
          <Stack gap="lg">
            <VersionFacts version={version} />
            <NoticeChecklist
              items={version.checklist}
              sectionTitles={new Map(version.document.sections.map((s) => [s.id, s.title]))}
              onGoTo={goToSection}
              when="as published"
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Scrolls to a section of the frozen document (its heading carries the id). */
function goToSection(sectionId: string) {
  const heading = document.getElementById(`v-${sectionId}`);
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function VersionFacts({ version }: { version: NoticeVersion }) {
  // Recomputed here, so that a copy altered outside the app shows as altered.
  const [intact, setIntact] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    hashOf(version.document).then(
      (hash) => current && setIntact(hash === version.hash),
      () => current && setIntact(false),
    );
    return () => {
      current = false;
    };
  }, [version]);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="version-facts">
      <Stack gap="md">
        <Title order={3} size="h4" id="version-facts">
          About this version
        </Title>
        <Stack gap={2}>
          <Text size="xs" fw={700} c="dimmed">
            Effective
          </Text>
          <Text size="sm">{longDate(version.effectiveDate)}</Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" fw={700} c="dimmed">
            Published
          </Text>
          <Text size="sm">{dayjs(version.publishedAt).format('D MMMM YYYY [at] HH:mm')}</Text>
        </Stack>
        <Stack gap={4}>
          <Text size="xs" fw={700} c="dimmed">
            SHA-256 fingerprint
          </Text>
          <Group gap={4} wrap="nowrap" align="flex-start">
            <Text
              size="xs"
              ff="monospace"
              style={{ wordBreak: 'break-all' }}
              data-testid="version-hash"
            >
              {version.hash}
            </Text>
            <CopyButton value={version.hash}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy the fingerprint'}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={copy}
                    aria-label="Copy the fingerprint"
                  >
                    {copied ? (
                      <IconCheck size={16} aria-hidden />
                    ) : (
                      <IconCopy size={16} aria-hidden />
                    )}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          {intact === null ? null : (
            <Group gap={6} wrap="nowrap">
              {intact ? (
                <IconShieldCheck
                  size={16}
                  aria-hidden
                  color="var(--mantine-color-teal-light-color)"
                />
              ) : (
                <IconShieldX size={16} aria-hidden color="var(--mantine-color-error)" />
              )}
              <Text size="xs" c={intact ? undefined : 'var(--mantine-color-error)'}>
                {intact
                  ? 'The content matches its fingerprint: unchanged since it was published.'
                  : 'The content does not match its fingerprint: it was altered after publishing. Restore the register from a backup.'}
              </Text>
            </Group>
          )}
        </Stack>
        <Stack gap={4}>
          <Text size="xs" fw={700} c="dimmed">
            What changed
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {version.changeNote || 'No note was published with this version.'}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
