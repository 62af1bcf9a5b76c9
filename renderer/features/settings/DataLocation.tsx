/** "Where is my data?": the data and backup folders in the desktop app, the browser's storage otherwise. */
import { Button, Code, Group, List, Text } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { platform } from '../../platform';
import { FormSection } from '../../components/FormSection';

type Shown = { folder: string; path: string } | { problem: string } | null;

export function DataLocation() {
  const [shown, setShown] = useState<Shown>(null);
  const reveal = platform.revealDataFolder;
  const backups = platform.backups;
  const show = (folder: string, answer: Awaited<ReturnType<NonNullable<typeof reveal>>>) =>
    setShown(
      answer.status === 'shown' ? { folder, path: answer.path } : { problem: answer.message },
    );

  return (
    <FormSection id="data-location" title="Where is my data?">
      {reveal ? (
        <>
          <Text size="sm">
            Your register is kept in Ropa Desk’s data folder on this computer. Nothing is sent over
            the internet.
          </Text>
          <Text size="sm">
            Ropa Desk backs it up by itself to the backup folder (see Backups, above). To keep a
            copy on another disk too, choose a backup folder there, or export a register file.
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={18} aria-hidden />}
              onClick={() => void reveal().then((answer) => show('data folder', answer))}
            >
              Show the data folder
            </Button>
            {backups ? (
              <Button
                variant="default"
                leftSection={<IconFolderOpen size={18} aria-hidden />}
                onClick={() =>
                  void backups.revealBackupFolder().then((answer) => show('backup folder', answer))
                }
              >
                Show the backup folder
              </Button>
            ) : null}
          </Group>
          {shown && 'path' in shown ? (
            <Text size="sm" role="status">
              The {shown.folder} is <Code>{shown.path}</Code>
            </Text>
          ) : null}
          {shown && 'problem' in shown ? (
            <Text size="sm" c="red.8" role="alert">
              {shown.problem}
            </Text>
          ) : null}
        </>
      ) : (
        <>
          <Text size="sm">
            Ropa Desk is running in a web browser, so the register lives in this browser’s own
            storage for this address (<Code>{window.location.origin}</Code>). It stays on this
            computer and is never sent anywhere, but:
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>
              another browser, another browser profile or another address will not see it;
            </List.Item>
            <List.Item>clearing this site’s data in the browser’s settings deletes it;</List.Item>
            <List.Item>private or incognito windows forget it when they close.</List.Item>
          </List>
          <Text size="sm">
            To keep a copy, export a register file (above) regularly and keep it somewhere safe. You
            can import it here or in the desktop app.
          </Text>
        </>
      )}
    </FormSection>
  );
}
