/** One third party: every field, the activities linked to it, its transfers, and delete. */
import { Button } from '@mantine/core';
import { IconArrowLeft, IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import {
  blankThirdParty,
  thirdPartyKindLabels,
  thirdPartyTypeLabels,
  type ThirdParty,
} from '../../../shared/domain';
import { InternalNotesSection } from '../../components/InternalNotesSection';
import { RecordLoader } from '../../components/RecordLoader';
import { RecordEditor, useRecordForm, useRecordSave } from '../../components/RecordEditor';
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
import { confirmDeleteThirdParty } from './confirmDeleteThirdParty';
import { GuardedLink } from './GuardedLink';
import { HistoryLink } from '../audit-trail/HistoryLink';
import { ReviewsSection } from '../reviews/RecordReviews';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';
import { AboutSection } from './sections/AboutSection';
import { ContactSection } from './sections/ContactSection';
import { ContractSection } from './sections/ContractSection';
import { DataSection } from './sections/DataSection';
import { DueDiligenceSection } from './sections/DueDiligenceSection';
import { LinkedActivitiesSection } from './sections/LinkedActivitiesSection';
import { ProcessorContractSection } from './sections/ProcessorContractSection';
import { SubProcessorsSection } from './sections/SubProcessorsSection';
import { TransfersSection } from './sections/TransfersSection';
import { needsContract, thirdPartyKit, validateThirdParty } from './third-party-fields';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === a.length;

export function ThirdPartyEditor({ id }: { id: string }) {
  return (
    <RecordLoader
      id={id}
      get={getThirdParty}
      loadingLabel="Loading the third party"
      notFound={{
        heading: 'Third party not found',
        title: 'This third party is not in the register',
        icon: <IconUserQuestion size={26} />,
        backTo: paths.thirdParties,
        backLabel: 'Go to third parties',
      }}
    >
      {(stored) => <Editor stored={stored} />}
    </RecordLoader>
  );
}

function Editor({ stored }: { stored: ThirdParty | null }) {
  const [, navigate] = useLocation();
  const savedId = stored?.id ?? null;
  const form = useRecordForm(stored, blankThirdParty, validateThirdParty);
  useFocusFromQuery();

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

  const save = useRecordSave(form, {
    save: async (values) => (form.isDirty() || !savedId ? saveThirdParty(values) : values),
    afterSave: async (saved) => {
      if (linksDirty || (!savedId && recipientIds.length > 0)) {
        await setRecipientLinks(saved.id, recipientIds);
      }
      setPicked(null);
      if (!savedId) navigate(paths.thirdParty(saved.id), { replace: true });
    },
    savedNotice: (saved) => ({
      title: 'Third party saved',
      message: `“${saved.name}” is up to date.`,
    }),
    failedTitle: 'Not everything was saved',
  });

  const remove = () => {
    if (!stored) return;
    confirmDeleteThirdParty(
      stored,
      { activities: linked?.length ?? 0, transfers: transfers?.length ?? 0 },
      () => navigate(paths.thirdParties),
    );
  };

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
      <RecordEditor
        formId="third-party-form"
        form={form}
        save={save}
        labelFor={thirdPartyKit.labelFor}
        title={stored?.name || 'New third party'}
        description={
          stored
            ? `${thirdPartyKindLabels[stored.kind]} · ${thirdPartyTypeLabels[stored.type]}`
            : 'Someone outside your organisation who receives, handles or provides personal data.'
        }
        dirty={dirty}
        actions={
          stored ? (
            <>
              <HistoryLink entity="thirdParty" id={stored.id} name={`“${stored.name}”`} />
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={18} aria-hidden />}
                onClick={remove}
              >
                Delete
              </Button>
            </>
          ) : null
        }
      >
        <AboutSection form={form} />
        <DataSection form={form} transfers={transfers ?? []} />
        {needsContract(form.values.kind) ? (
          <>
            <ProcessorContractSection form={form} />
            <DueDiligenceSection form={form} />
            <SubProcessorsSection form={form} />
          </>
        ) : (
          <ContractSection form={form} />
        )}
        <ContactSection form={form} />
        <LinkedActivitiesSection
          thirdPartyId={savedId}
          linked={linked ?? []}
          activities={activities}
          recipientIds={recipientIds}
          onRecipientIdsChange={setPicked}
        />
        <TransfersSection form={form} transfers={transfers ?? []} />
        <ReviewsSection
          kind="thirdParty"
          id={stored?.id ?? ''}
          name={stored?.name ?? ''}
          saved={stored !== null}
          dirty={dirty}
          intro="Review the third party, its contract and its safeguards at least once a year, or sooner when its service or your use of it changes. Marking it reviewed moves its next review date."
        />
        <InternalNotesSection form={form} kit={thirdPartyKit} />
      </RecordEditor>
    </>
  );
}
