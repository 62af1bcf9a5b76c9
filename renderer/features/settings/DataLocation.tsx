/** "Where is my data?": the data folder in the desktop app, the browser's storage otherwise. */
import { Button, Code, List, Text } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { platform } from '../../platform';
import { FormSection } from '../../components/FormSection';

export function DataLocation() {
  const [shown, setShown] = useState<{ path: string } | { problem: string } | null>(null);
  const reveal = platform.revealDataFolder;

  return (
    <FormSection id="data-location" title="Where is my data?">
      {reveal ? (
        <>
          <Text size="sm">
            Your register is kept in Ropa Desk’s data folder on this computer. Nothing is sent over
            the internet.
          </Text>
          <Text size="sm">
            Ropa Desk does not make backups by itself yet. To keep a copy, export a register file
            (above) regularly and keep it somewhere safe.
          </Text>
          <div>
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={18} aria-hidden />}
              onClick={() =>
                void reveal().then((response) =>
                  setShown(
                    response.status === 'shown'
                      ? { path: response.path }
                      : { problem: response.message },
                  ),
                )
              }
            >
              Show the data folder
            </Button>
          </div>
          {shown && 'path' in shown ? (
            <Text size="sm" role="status">
              The data folder is <Code>{shown.path}</Code>
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
