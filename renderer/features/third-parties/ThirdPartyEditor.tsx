/** One third party: every field, the activities linked to it, its transfers, and delete. */
import { Badge, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy, IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import {
  blankThirdParty,
  thirdPartyKindLabels,
  thirdPartyTypeLabels,
  type ThirdParty,
} from '../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { listActivities } from '../../db/repos/activities';
import {
  activitiesLinkedTo,
  getThirdParty,
  saveThirdParty,
  setRecipientLinks,
} from '../../db/repos/third-parties';
import { transfersTo } from '../../db/repos/transfers';
import { paths } from '../../navigation/paths';
import { ErrorSummary } from '../organisation/ErrorSummary';
import { ToConfirmAlert } from '../organisation/ToConfirmAlert';
import { confirmDeleteThirdParty } from './confirmDeleteThirdParty';
import { GuardedLink } from './GuardedLink';
import { AboutSection } from './sections/AboutSection';
import { ContactSection, NotesSection } from './sections/ContactNotesSections';
import { ContractSection } from './sections/ContractSection';
import { DataSection } from './sections/DataSection';
import { LinkedActivitiesSection } from './sections/LinkedActivitiesSection';
import { TransfersSection } from './sections/TransfersSection';
import { thirdPartyKit, validateThirdParty } from './third-party-fields';

const FORM_ID = 'third-party-form';
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === a.length;

export function ThirdPartyEditor({ id }: { id: string }) {
  const isNew = id === 'new';
  // null once read and absent (or new); undefined while still reading.
  const stored = useLiveQuery(
    async () => (isNew ? null : ((await getThirdParty(id)) ?? null)),
    [id, isNew],
  );
  if (stored === undefined) {
    return (
      <Center mih={200}>
        <Loader aria-label="Loading the third party" />
      </Center>
    );
  }
  if (stored === null && !isNew) return <NotFound />;
  return <Editor stored={stored} />;
}

function NotFound() {
  const [, navigate] = useLocation();
  return (
    <>
      <PageHeader title="Third party not found" />
      <EmptyState
        icon={<IconUserQuestion size={26} />}
        title="This third party is not in the register"
        actions={<Button onClick={() => navigate(paths.thirdParties)}>Go to third parties</Button>}
      >
        It may have been deleted, or the link is out of date.
      </EmptyState>
    </>
  );
}

function Editor({ stored }: { stored: ThirdParty | null }) {
  const [, navigate] = useLocation();
  const [initial] = useState(() => stored ?? blankThirdParty(new Date().toISOString()));
  const savedId = stored?.id ?? null;
  const [refused, setRefused] = useState(0);
  const [saving, setSaving] = useState(false);
  const form = useForm<ThirdParty>({
    mode: 'controlled',
    initialValues: initial,
    validate: validateThirdParty,
    validateInputOnBlur: true,
  });

  const linked = useLiveQuery(() => (savedId ? activitiesLinkedTo(savedId) : []), [savedId]);
  const activities = useLiveQuery(listActivities, []);
  const transfers = useLiveQuery(() => (savedId ? transfersTo(savedId) : []), [savedId]);
  const liveRecipients = useMemo(
    () =>
      savedId && linked
        ? linked.filter((a) => a.recipientIds.includes(savedId)).map((a) => a.id)
        : [],
    [linked, savedId],
  );
  // null until the person edits the links; until then the picker shows what is stored.
  const [picked, setPicked] = useState<string[] | null>(null);
  const recipientIds = picked ?? liveRecipients;
  const linksDirty = picked !== null && !sameSet(picked, liveRecipients);
  const dirty = form.isDirty() || linksDirty;
  useUnsavedChanges(`“${form.values.name.trim() || 'the new third party'}”`, dirty);

  const seen = useRef(stored);
  useEffect(() => {
    // Another window changed it: follow, unless this form has edits.
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
        const saved = form.isDirty() || !savedId ? await saveThirdParty(values) : values;
        form.setValues(saved);
        form.resetDirty(saved);
        setRefused(0);
        if (linksDirty || (!savedId && recipientIds.length > 0)) {
          await setRecipientLinks(saved.id, recipientIds);
        }
        setPicked(null);
        notifications.show({
          color: 'teal',
          title: 'Third party saved',
          message: `“${saved.name}” is up to date.`,
        });
        if (!savedId) navigate(paths.thirdParty(saved.id), { replace: true });
      } catch (error) {
        notifications.show({
          color: 'red',
          title: 'Not everything was saved',
          message: error instanceof Error ? error.message : String(error),
          autoClose: false,
        });
      } finally {
        setSaving(false);
      }
    },
    () => setRefused((n) => n + 1),
  );

  const remove = () => {
    if (!stored) return;
    confirmDeleteThirdParty(
      stored,
      { activities: linked?.length ?? 0, transfers: transfers?.length ?? 0 },
      () => navigate(paths.thirdParties),
    );
  };

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
  const title = stored?.name || 'New third party';

  return (
    <>
      <GuardedLink
        to={paths.thirdParties}
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> Third parties
      </GuardedLink>
      <PageHeader
        title={title}
        description={
          stored
            ? `${thirdPartyKindLabels[stored.kind]} · ${thirdPartyTypeLabels[stored.type]}`
            : 'Someone outside your organisation who receives, handles or provides personal data.'
        }
        actions={
          <>
            {dirty ? (
              <Badge variant="outline" color="gray" c="var(--mantine-color-text)">
                Unsaved changes
              </Badge>
            ) : null}
            {stored ? (
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={18} aria-hidden />}
                onClick={remove}
              >
                Delete
              </Button>
            ) : null}
            {saveButton}
          </>
        }
      />
      <form id={FORM_ID} onSubmit={save} noValidate>
        <Stack gap="lg" maw={980}>
          {refused > 0 ? (
            <ErrorSummary key={refused} errors={form.errors} labelFor={thirdPartyKit.labelFor} />
          ) : null}
          <ToConfirmAlert
            toConfirm={form.values.toConfirm}
            labelFor={thirdPartyKit.labelFor}
            onConfirm={(path) =>
              form.setFieldValue('toConfirm', (flags) => flags.filter((flag) => flag !== path))
            }
            onConfirmAll={() => form.setFieldValue('toConfirm', [])}
          />
          <AboutSection form={form} />
          <DataSection form={form} transfers={transfers ?? []} />
          <ContractSection form={form} />
          <ContactSection form={form} />
          <LinkedActivitiesSection
            thirdPartyId={savedId}
            linked={linked ?? []}
            activities={activities}
            recipientIds={recipientIds}
            onRecipientIdsChange={setPicked}
          />
          <TransfersSection transfers={transfers ?? []} />
          <NotesSection form={form} />
          <Group justify="flex-end">{saveButton}</Group>
        </Stack>
      </form>
    </>
  );
}
