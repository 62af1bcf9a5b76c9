/** Who is at the desk, the register file, where the data lives, and starting again. */
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconFileExport, IconFileImport, IconLock } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { getSettings, updateSettings } from '../../db/repos/settings';
import { FormSection } from '../../components/FormSection';
import { BackupsSection } from '../backups/BackupsSection';
import { useRegisterFileActions } from '../register-file/useRegisterFileActions';
import { SpreadsheetSection } from '../spreadsheet/SpreadsheetSection';
import { AdequacySettings } from './AdequacySettings';
import { DataLocation } from './DataLocation';
import { ReviewIntervalsSettings } from './ReviewIntervalsSettings';
import { StartAgain } from './StartAgain';

function YourName() {
  const settings = useLiveQuery(getSettings, []);
  const [name, setName] = useState<string | null>(null);
  const stored = settings?.userName ?? '';
  const value = name ?? stored;
  const changed = name !== null && name.trim() !== stored;

  const save = async () => {
    await updateSettings({ userName: value.trim() });
    // Show what is stored from now on (trimmed).
    setName(null);
    notifications.show({
      color: 'teal',
      title: 'Name saved',
      message: value.trim()
        ? `Changes are now recorded as made by ${value.trim()}.`
        : 'Changes are now recorded as made by an unnamed user.',
    });
  };

  return (
    <FormSection
      id="your-name"
      title="Who is making changes"
      intro="Recorded with every change you make, in the register’s audit trail, so that anyone reading it later knows who changed what."
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Your name"
            placeholder="For example, Sam Penrose"
            value={value}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={200}
            w={340}
            autoComplete="name"
            disabled={!settings}
          />
          <Button
            type="submit"
            variant="default"
            disabled={!changed}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          >
            Save name
          </Button>
        </Group>
      </form>
    </FormSection>
  );
}

function RegisterFile() {
  const { exportFile, exportProtectedFile, importFile } = useRegisterFileActions();
  return (
    <FormSection
      id="register-file"
      title="Register file"
      intro="A register file (.ropa.json) holds your whole register: organisation, activities, third parties, transfers and the audit trail. Use it as a backup, to move to another computer, or to share with an adviser."
    >
      <Group gap="sm">
        <Button
          leftSection={<IconFileExport size={18} aria-hidden />}
          onClick={() => void exportFile()}
        >
          Export register file…
        </Button>
        <Button
          variant="default"
          leftSection={<IconLock size={18} aria-hidden />}
          onClick={() => void exportProtectedFile()}
        >
          Export with a passphrase…
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileImport size={18} aria-hidden />}
          onClick={() => void importFile()}
        >
          Import register file…
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Importing replaces the register on this computer. Ropa Desk saves a copy of it first. A file
        protected with a passphrase asks for it when opened.
      </Text>
    </FormSection>
  );
}

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" />
      <Stack gap="lg" maw={880}>
        <YourName />
        <RegisterFile />
        <SpreadsheetSection />
        <AdequacySettings />
        <ReviewIntervalsSettings />
        <BackupsSection />
        <DataLocation />
        <StartAgain />
      </Stack>
    </>
  );
}
