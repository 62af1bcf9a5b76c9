/**
 * Nothing in the window touches the database until its version is known to be one this
 * release understands; a newer one is refused with what to do, and left exactly as it is.
 * Past the gate, an older database is backed up before Dexie upgrades it, and the storage under
 * the database is watched (persistence, free space).
 */
import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { checkDatabaseVersion, type DatabaseVersionCheck } from '../../db/version-guard';
import { BeforeMigration } from '../backups/BeforeMigration';
import { StorageWatch } from './StorageWatch';

export function DatabaseGate({ children }: { children: ReactNode }) {
  const [check, setCheck] = useState<DatabaseVersionCheck | null>(null);
  useEffect(() => {
    let live = true;
    void checkDatabaseVersion().then((result) => {
      if (live) setCheck(result);
    });
    return () => {
      live = false;
    };
  }, []);

  if (check === null) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Opening the register" />
      </Center>
    );
  }
  if (check.status !== 'newer') {
    return (
      <>
        <StorageWatch />
        <BeforeMigration>{children}</BeforeMigration>
      </>
    );
  }
  return (
    <Center mih="100vh" p="lg" component="main">
      <Paper withBorder p="xl" radius="md" maw={640}>
        <Stack gap="md">
          <Title order={1} size="h2">
            This register needs a newer Ropa Desk
          </Title>
          <Text>
            The register on this computer was last opened by a newer version of Ropa Desk: it is
            stored as version {check.found}, and this version of Ropa Desk understands up to version{' '}
            {check.supported}. So it has not been opened, and nothing in it has been changed or
            removed.
          </Text>
          <Text>
            Install the newest Ropa Desk to carry on with it: the register opens there just as you
            left it.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
