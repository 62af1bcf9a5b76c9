/**
 * Asked at start when the register holds fewer records than the last backup: what is missing,
 * and whether to restore that backup. Nothing is restored unless the person chooses to.
 */
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { LatestBackupResponse } from '../../../shared/ipc/contract';
import type { MissingRecords } from './missing-records';
import { describeBackup } from './restore-backup';
import { countOf } from './words';

type Latest = Extract<LatestBackupResponse, { status: 'found' }>['backup'];

interface MissingRecordsProps {
  backup: Latest;
  missing: MissingRecords[];
  onRestore: () => void;
  onKeep: () => void;
}

function MissingRecordsNotice({ backup, missing, onRestore, onKeep }: MissingRecordsProps) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        The register on this computer holds fewer records than {describeBackup(backup)}:
      </Text>
      <List size="sm" spacing={4}>
        {missing.map((m) => (
          <List.Item key={m.table}>
            {countOf(m.table, m.inBackup)} in the backup, {m.now.toLocaleString('en-GB')} now
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        If you removed them yourself since that backup, keep the register as it is. If not, the
        app’s storage may have lost them: restore the backup to get them back. Your register as it
        is now is backed up first, so you can change your mind.
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onKeep}>
          Keep the register as it is
        </Button>
        <Button onClick={onRestore}>Restore the backup…</Button>
      </Group>
    </Stack>
  );
}

/** Opens the question; resolves to true when the person chose to restore. */
export function askAboutMissingRecords(
  backup: Latest,
  missing: MissingRecords[],
): Promise<boolean> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (restore: boolean) => {
      if (answered) return;
      answered = true;
      modals.close(id);
      resolve(restore);
    };
    const id = modals.open({
      title: 'Records are missing from your register',
      size: 'lg',
      closeButtonProps: { 'aria-label': 'Close, keeping the register as it is' },
      onClose: () => answer(false),
      children: (
        <MissingRecordsNotice
          backup={backup}
          missing={missing}
          onRestore={() => answer(true)}
          onKeep={() => answer(false)}
        />
      ),
    });
  });
}
