/**
 * Settings ▸ Backups (desktop only): where backups go, "Back up now", protection with a
 * passphrase, and every backup with its date, reason, record counts (a lock when protected; a
 * protected backup whose counts were lost says so) and size, each restorable after a confirmation. Rotation keeps at most ten: a plain table.
 */
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp,
  IconDeviceFloppy,
  IconFolder,
  IconFolderOpen,
  IconLock,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry, ListBackupsResponse } from '../../../shared/ipc/contract';
import { FormSection } from '../../components/FormSection';
import { readableAlert } from '../../components/readableAlert';
import { platform } from '../../platform';
import type { BackupBridge } from '../../platform/types';
import { askToResumeBackups } from './askBackupPassphrase';
import { loadProtection } from './backup-passphrase';
import { BackupProtection } from './BackupProtection';
import { openRestoreBackup } from './openRestoreBackup';
import { onBackupWritten, takeBackup } from './take-backup';
import { holdsWords, reasonWords, sizeWords, ukDateTime } from './words';
import { ProblemAlert } from './ProblemAlert';

const INTRO =
  'Ropa Desk backs up your register by itself: 30 seconds after you change something, once a day, when it closes, and before any import or restore. It keeps the last 3 backups of today and one for each earlier day, 10 in all.';

export function BackupsSection() {
  const bridge = platform.backups;
  return bridge ? <Backups bridge={bridge} /> : null;
}

function Backups({ bridge }: { bridge: BackupBridge }) {
  const [listing, setListing] = useState<ListBackupsResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    void bridge
      .listBackups()
      .then(setListing, (error: unknown) =>
        setProblem(error instanceof Error ? error.message : String(error)),
      );
  }, [bridge]);
  useEffect(() => {
    load();
    void loadProtection(bridge);
    return onBackupWritten(load);
  }, [load, bridge]);

  const backUpNow = async () => {
    setBusy(true);
    setProblem(null);
    let outcome = await takeBackup(bridge, 'manual');
    if (outcome.status === 'paused' && (await askToResumeBackups())) {
      outcome = await takeBackup(bridge, 'manual');
    }
    setBusy(false);
    if (outcome.status === 'failed') setProblem(outcome.message);
    else if (outcome.status === 'paused')
      setProblem('Nothing was backed up: your backups are protected. Enter the passphrase first.');
    else if (outcome.status === 'empty')
      setProblem('The register is empty, so there is nothing to back up yet.');
    else
      notifications.show({
        color: 'teal',
        title: 'Backed up',
        message: `The register is backed up as it is at ${ukDateTime(outcome.backup.time)}.`,
      });
  };

  const reveal = async () => {
    setProblem(null);
    const answer = await bridge.revealBackupFolder();
    if (answer.status === 'failed') setProblem(answer.message);
  };

  const choose = async () => {
    setProblem(null);
    const answer = await bridge.chooseBackupFolder();
    if (answer.status === 'failed') setProblem(answer.message);
    if (answer.status !== 'chosen') return;
    // A first backup at once shows whether the new folder can be written to.
    const first = await takeBackup(bridge, 'manual');
    load();
    if (first.status === 'failed') {
      setProblem(first.message);
      return;
    }
    // Paused: the protection notice above already says backups wait for the passphrase.
    notifications.show({
      color: 'teal',
      title: 'Backup folder changed',
      message: `Backups now go to ${answer.folder}. The backups in the old folder stay there.`,
    });
  };

  return (
    <FormSection id="backups" title="Backups" intro={INTRO}>
      <Stack gap="xs">
        <Text size="sm">
          Backups are kept in{' '}
          {listing ? <Code>{listing.folder}</Code> : <Text span>the backup folder</Text>}
          {listing?.source === 'default' ? ', in Ropa Desk’s data folder.' : '.'}
        </Text>
        {listing?.source === 'fallback' ? (
          <Alert color="orange" variant="light" styles={readableAlert} role="alert">
            {listing.problem}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            loading={busy}
            onClick={() => void backUpNow()}
          >
            Back up now
          </Button>
          <Button
            variant="default"
            leftSection={<IconFolderOpen size={18} aria-hidden />}
            onClick={() => void reveal()}
          >
            Show folder
          </Button>
          <Button
            variant="default"
            leftSection={<IconFolder size={18} aria-hidden />}
            onClick={() => void choose()}
          >
            Choose another folder…
          </Button>
        </Group>
        <BackupProtection bridge={bridge} onBackedUp={load} />
      </Stack>
      {problem ? <ProblemAlert problem={problem} onDismiss={() => setProblem(null)} /> : null}
      {listing?.status === 'failed' ? (
        <Alert color="red" variant="light" styles={readableAlert} role="alert">
          {listing.message}
        </Alert>
      ) : null}
      {listing?.status === 'listed' ? (
        <BackupTable entries={listing.entries} bridge={bridge} onRestored={load} />
      ) : null}
    </FormSection>
  );
}

function BackupTable({
  entries,
  bridge,
  onRestored,
}: {
  entries: BackupEntry[];
  bridge: BackupBridge;
  onRestored: () => void;
}) {
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        There are no backups yet. The first is made a few moments after you change something, or now
        with “Back up now”.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder verticalSpacing="xs" aria-label="Backups, newest first">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Taken</Table.Th>
            <Table.Th scope="col">Why</Table.Th>
            <Table.Th scope="col">What it holds</Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.name}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{ukDateTime(entry.time)}</Table.Td>
              <Table.Td>{reasonWords[entry.reason]}</Table.Td>
              <Table.Td>
                {entry.status === 'ok' ? (
                  <Stack gap={4}>
                    {entry.protected ? (
                      <Badge
                        variant="light"
                        color="gray"
                        w="fit-content"
                        leftSection={<IconLock size={12} aria-hidden />}
                      >
                        Protected
                      </Badge>
                    ) : null}
                    <Text size="sm">{holdsWords(entry.manifest)}</Text>
                  </Stack>
                ) : (
                  <Stack gap={2}>
                    <Badge color="red" variant="light" w="fit-content">
                      Damaged
                    </Badge>
                    <Text size="sm">{entry.problem}</Text>
                  </Stack>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{sizeWords(entry.size)}</Table.Td>
              <Table.Td>
                {entry.status === 'ok' ? (
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconArrowBackUp size={14} aria-hidden />}
                    aria-label={`Restore the backup of ${ukDateTime(entry.time)}…`}
                    onClick={() => void openRestoreBackup({ bridge, backup: entry, onRestored })}
                  >
                    Restore…
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
