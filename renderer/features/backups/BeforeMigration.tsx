/**
 * Holds the window back at start until the backup before a schema migration is written (desktop
 * only). If it fails, the person decides: try again, or upgrade without a backup.
 */
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { readableAlert } from '../../components/readableAlert';
import { platform } from '../../platform';
import { askToResumeBackups } from './askBackupPassphrase';
import { backupBeforeMigration } from './migration-backup';

type State = { step: 'backing-up' } | { step: 'failed'; message: string } | { step: 'ready' };

export function BeforeMigration({ children }: { children: ReactNode }) {
  const bridge = platform.backups;
  const [state, setState] = useState<State>(bridge ? { step: 'backing-up' } : { step: 'ready' });

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!bridge) return;
    let live = true;
    void backupBeforeMigration(bridge, { askPassphrase: askToResumeBackups }).then((outcome) => {
      if (!live) return;
      setState(
        outcome.status === 'failed'
          ? { step: 'failed', message: outcome.message }
          : { step: 'ready' },
      );
    });
    return () => {
      live = false;
    };
  }, [bridge, attempt]);

  const tryAgain = () => {
    setState({ step: 'backing-up' });
    setAttempt((n) => n + 1);
  };

  if (state.step === 'ready') return children;
  if (state.step === 'backing-up') {
    return (
      <Center mih="100vh">
        <Loader aria-label="Backing up the register" />
      </Center>
    );
  }
  return (
    <Center mih="100vh" p="lg" component="main">
      <Paper withBorder p="xl" radius="md" maw={640}>
        <Stack gap="md">
          <Title order={1} size="h2">
            The register could not be backed up before its upgrade
          </Title>
          <Text>
            This version of Ropa Desk stores the register in a newer way, and backs it up before
            changing it. That backup failed, so nothing has been changed yet.
          </Text>
          <Alert color="red" variant="light" styles={readableAlert} role="alert">
            {state.message}
          </Alert>
          <Text>
            Put the cause right and try again. Or carry on without a backup: the upgrade itself
            keeps every record.
          </Text>
          <Group gap="sm">
            <Button onClick={tryAgain}>Try again</Button>
            <Button variant="default" onClick={() => setState({ step: 'ready' })}>
              Upgrade without a backup
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
