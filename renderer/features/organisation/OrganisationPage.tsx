/** The organisation profile: who the controller is, as every report and notice will name it. */
import { Badge, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { blankOrganisation, type Organisation } from '../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { getOrganisation, saveOrganisation } from '../../db/repos/organisation';
import { ErrorSummary } from './ErrorSummary';
import { organisationKit, validateOrganisation } from './organisation-fields';
import { AddressSection } from './sections/AddressSection';
import { AudiencesSection } from './sections/AudiencesSection';
import { ComplaintsSection } from './sections/ComplaintsSection';
import { IdentitySection } from './sections/IdentitySection';
import { PeopleSection } from './sections/PeopleSection';
import { SocialMediaSection } from './sections/SocialMediaSection';
import { ToConfirmAlert } from './ToConfirmAlert';

const FORM_ID = 'organisation-form';

export function OrganisationPage() {
  // null once read and absent; undefined while still reading.
  const stored = useLiveQuery(async () => (await getOrganisation()) ?? null, []);
  if (stored === undefined) {
    return (
      <Center mih={200}>
        <Loader aria-label="Loading the organisation profile" />
      </Center>
    );
  }
  return <OrganisationEditor stored={stored} />;
}

function OrganisationEditor({ stored }: { stored: Organisation | null }) {
  const [initial] = useState(() => stored ?? blankOrganisation(new Date().toISOString()));
  // Counts refused saves: each one shows the error summary afresh and moves the focus to it.
  const [refused, setRefused] = useState(0);
  const [saving, setSaving] = useState(false);
  const form = useForm<Organisation>({
    mode: 'controlled',
    initialValues: initial,
    validate: validateOrganisation,
    validateInputOnBlur: true,
  });
  const dirty = form.isDirty();
  useUnsavedChanges('the organisation profile', dirty);

  // Another window or an import changed the profile: follow it unless this form has edits.
  const seen = useRef(stored);
  useEffect(() => {
    // Only a new read counts: right after a save the old row is still what the query holds.
    if (stored === seen.current) return;
    seen.current = stored;
    if (!stored || form.isDirty() || stored.updatedAt === form.getValues().updatedAt) return;
    form.setValues(stored);
    form.resetDirty(stored);
  }, [stored, form]);

  const save = form.onSubmit(
    async (values) => {
      setSaving(true);
      try {
        const saved = await saveOrganisation(values);
        form.setValues(saved);
        form.resetDirty(saved);
        setRefused(0);
        notifications.show({
          color: 'teal',
          title: 'Organisation saved',
          message: `${saved.name}’s profile is up to date.`,
        });
      } catch (error) {
        notifications.show({
          color: 'red',
          title: 'The organisation was not saved',
          message: error instanceof Error ? error.message : String(error),
          autoClose: false,
        });
      } finally {
        setSaving(false);
      }
    },
    () => setRefused((n) => n + 1),
  );

  const saveButton = (
    <Button
      type="submit"
      form={FORM_ID}
      loading={saving}
      leftSection={<IconDeviceFloppy size={18} aria-hidden />}
    >
      Save
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Organisation"
        description="Who is responsible for the personal data: your privacy notices, reports and the record of processing name you as set out here."
        actions={
          <>
            {dirty ? (
              <Badge variant="outline" color="gray" c="var(--mantine-color-text)">
                Unsaved changes
              </Badge>
            ) : null}
            {saveButton}
          </>
        }
      />
      <form id={FORM_ID} onSubmit={save} noValidate>
        <Stack gap="lg" maw={980}>
          {refused > 0 ? (
            <ErrorSummary key={refused} errors={form.errors} labelFor={organisationKit.labelFor} />
          ) : null}
          <ToConfirmAlert
            toConfirm={form.values.toConfirm}
            labelFor={organisationKit.labelFor}
            onConfirm={(path) =>
              form.setFieldValue('toConfirm', (flags) => flags.filter((flag) => flag !== path))
            }
            onConfirmAll={() => form.setFieldValue('toConfirm', [])}
          />
          <IdentitySection form={form} />
          <AddressSection form={form} />
          <PeopleSection form={form} />
          <ComplaintsSection form={form} />
          <SocialMediaSection form={form} />
          <AudiencesSection form={form} />
          <Group justify="flex-end">{saveButton}</Group>
        </Stack>
      </form>
    </>
  );
}
