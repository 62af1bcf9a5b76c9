/**
 * "Restore…": says what will be replaced by what (counts of both) and that the register as it
 * is now is backed up first, and restores only when confirmed.
 */
import { List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { BackupManifestInfo } from '../../../shared/ipc/contract';
import { errorMessage } from '../../components/notifyFailure';
import type { BackupBridge } from '../../platform/types';
import { countsOf, registerCounts } from './missing-records';
import { restorePrompts } from './askBackupPassphrase';
import { describeBackup, restoreBackup, type RestorableBackup } from './restore-backup';
import { countsSummary, ukDateTime } from './words';

export interface RestoreChoice {
  bridge: BackupBridge;
  /** `manifest` is null for a protected backup whose counts were lost (known once opened). */
  backup: RestorableBackup & { manifest: BackupManifestInfo | null };
  onRestored?: () => void;
}

export async function openRestoreBackup({ bridge, backup, onRestored }: RestoreChoice) {
  const now = await registerCounts();
  modals.openConfirmModal({
    title: 'Restore this backup?',
    size: 'lg',
    closeButtonProps: { 'aria-label': 'Close without restoring' },
    children: (
      <Stack gap="sm">
        <Text size="sm">Your register will be replaced by {describeBackup(backup)}.</Text>
        <List size="sm" spacing={4}>
          <List.Item>Your register now: {countsSummary(now)}.</List.Item>
          <List.Item>
            The backup:{' '}
            {backup.manifest
              ? countsSummary(backup.manifest.counts)
              : 'record counts unknown until it is opened with its passphrase'}
            .
          </List.Item>
        </List>
        <Text size="sm">
          First, Ropa Desk backs up the register as it is now. To undo the restore, restore that
          backup: it is listed as “Before a restore”.
        </Text>
      </Stack>
    ),
    labels: { confirm: 'Back up, then restore', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      void restoreBackup(bridge, backup, new Date(), restorePrompts).then(
        (restored) => {
          if (restored === null) return;
          notifications.show({
            color: 'teal',
            title: 'Backup restored',
            message: `Your register is back as it was on ${ukDateTime(backup.time)}: ${countsSummary(countsOf(restored))}.`,
          });
          onRestored?.();
        },
        (error: unknown) =>
          notifications.show({
            color: 'red',
            title: 'Nothing was restored',
            message: errorMessage(error),
            autoClose: false,
            withCloseButton: true,
          }),
      );
    },
  });
}
