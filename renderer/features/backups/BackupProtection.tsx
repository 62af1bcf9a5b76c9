/**
 * Settings ▸ Backups ▸ protection: turn on a passphrase for backups, change it, turn it off, and
 * enter it when automatic backups are paused for want of it. Shows plainly which of those states
 * backups are in.
 */
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconKey,
  IconLock,
  IconLockOpen,
  IconShieldLock,
} from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import type { BackupBridge } from '../../platform/types';
import {
  askNewBackupPassphrase,
  askToResumeBackups,
  hideBackupsPaused,
} from './askBackupPassphrase';
import {
  isPaused,
  protectionSaved,
  protectionTurnedOff,
  useBackupPassphrase,
} from './backup-passphrase';
import { makeVerifier } from './protected-backup';
import { takeBackup } from './take-backup';
import { ProblemAlert } from './ProblemAlert';

interface Props {
  bridge: BackupBridge;
  /** After a backup taken here, so the list shows it. */
  onBackedUp: () => void;
}

export function BackupProtection({ bridge, onBackedUp }: Props) {
  const state = useBackupPassphrase();
  const { protection } = state;
  const [busy, setBusy] = useState<'set' | 'off' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  /** A backup at once, so the newest backup is protected (or shows why it could not be). */
  const backUpNow = async () => {
    const outcome = await takeBackup(bridge, 'manual');
    onBackedUp();
    if (outcome.status === 'failed') setProblem(outcome.message);
  };

  const choose = async (change: boolean) => {
    setProblem(null);
    const passphrase = await askNewBackupPassphrase(change);
    if (passphrase === null) return;
    setBusy('set');
    try {
      const verifier = await makeVerifier(passphrase);
      const saved = await bridge.setBackupProtection({ verifier });
      if (saved.status === 'failed') {
        setProblem(saved.message);
        return;
      }
      protectionSaved(verifier, passphrase);
      hideBackupsPaused();
      await backUpNow();
      notifications.show({
        color: 'teal',
        title: change ? 'Backup passphrase changed' : 'Backups are protected',
        message: change
          ? 'Backups from now on use the new passphrase. Older backups still open with the passphrase they were taken with.'
          : 'Every backup from now on is encrypted with your passphrase. Backups taken before stay unprotected until newer ones replace them.',
      });
    } catch (error) {
      setProblem(`Backup protection was not changed (${errorMessage(error)}). Try again.`);
    } finally {
      setBusy(null);
    }
  };

  const enter = async () => {
    setProblem(null);
    if (await askToResumeBackups()) await backUpNow();
  };

  const turnOff = () => {
    setProblem(null);
    modals.openConfirmModal({
      title: 'Turn off backup protection?',
      closeButtonProps: { 'aria-label': 'Close, keeping backups protected' },
      children: (
        <Text size="sm">
          Backups from now on are not encrypted: anyone who can open the backup folder can read your
          register. Backups already protected stay protected, and restoring one still asks for its
          passphrase.
        </Text>
      ),
      labels: { confirm: 'Turn off protection', cancel: 'Keep protection' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        setBusy('off');
        void bridge
          .setBackupProtection({ verifier: null })
          .then((saved) => {
            if (saved.status === 'failed') setProblem(saved.message);
            else {
              protectionTurnedOff();
              hideBackupsPaused();
            }
          })
          .finally(() => setBusy(null));
      },
    });
  };

  if (protection.status === 'unknown') return null;

  const paused = isPaused(state);
  const changeButton = (
    <Button
      variant="default"
      leftSection={<IconKey size={18} aria-hidden />}
      loading={busy === 'set'}
      onClick={() => void choose(protection.status === 'on')}
    >
      {protection.status === 'on' ? 'Change passphrase…' : 'Set the passphrase again…'}
    </Button>
  );
  const offButton = (
    <Button
      variant="default"
      leftSection={<IconLockOpen size={18} aria-hidden />}
      loading={busy === 'off'}
      onClick={turnOff}
    >
      Turn off protection…
    </Button>
  );

  return (
    <Stack gap="xs" mt="xs">
      <Title order={4} size="h5">
        Passphrase protection
      </Title>
      {protection.status === 'off' ? (
        <>
          <Text size="sm">
            Backups are not protected: anyone who can open the backup folder can read them. With a
            passphrase, each backup is encrypted (AES-256) and can only be restored with it.
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconShieldLock size={18} aria-hidden />}
              loading={busy === 'set'}
              onClick={() => void choose(false)}
            >
              Protect backups with a passphrase…
            </Button>
          </Group>
        </>
      ) : (
        <>
          {protection.status === 'damaged' ? (
            <Alert color="red" variant="light" styles={readableAlert} role="alert">
              {protection.message}
            </Alert>
          ) : paused ? (
            <Alert
              color="orange"
              variant="light"
              styles={readableAlert}
              icon={<IconAlertTriangle aria-hidden />}
              title="Automatic backups are paused"
              role="status"
            >
              Your backups are protected with a passphrase, and Ropa Desk has not been given it
              since it started. No backup is taken until you enter it.
            </Alert>
          ) : (
            <Group gap={6} wrap="nowrap">
              <IconLock size={18} aria-hidden />
              <Text size="sm">
                Backups are protected with a passphrase. Ropa Desk keeps it only while it is open,
                and asks for it once after each start. A lost passphrase cannot be recovered.
              </Text>
            </Group>
          )}
          <Group gap="sm">
            {paused && protection.status === 'on' ? (
              <Button leftSection={<IconKey size={18} aria-hidden />} onClick={() => void enter()}>
                Enter passphrase…
              </Button>
            ) : null}
            {changeButton}
            {offButton}
          </Group>
        </>
      )}
      {problem ? <ProblemAlert problem={problem} onDismiss={() => setProblem(null)} /> : null}
    </Stack>
  );
}
