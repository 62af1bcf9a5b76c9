/**
 * One complaint: when it must be acknowledged first, then what was received, the
 * acknowledgement, the response and outcome, whether it went to the ICO, and the activities.
 */
import { Button, Textarea } from '@mantine/core';
import { IconMessageReport, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import type { Complaint } from '../../../shared/domain';
import { blankComplaint } from '../../../shared/logs/blanks';
import { DEFAULT_ACKNOWLEDGE_WITHIN_DAYS } from '../../../shared/logs/complaints-clock';
import { complaintName, complaintPhrase } from '../../../shared/logs/names';
import { FormSection } from '../../components/FormSection';
import { NotFound } from '../../components/NotFound';
import { PageLoader } from '../../components/PageLoader';
import { useRecordForm, useRecordSave } from '../../components/RecordEditor';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { listActivities } from '../../db/repos/activities';
import { getComplaint, saveComplaint } from '../../db/repos/complaints';
import { getOrganisation } from '../../db/repos/organisation';
import { paths } from '../../navigation/paths';
import { LinkedActivities } from '../rights-requests/LinkedActivities';
import { LogEditor } from '../rights-requests/LogEditor';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';
import { today } from '../transfers/useAdequacy';
import { complaintKit as kit, validateComplaint } from './complaint-fields';
import { confirmDeleteComplaint } from './confirmDeleteComplaint';
import { AcknowledgementPanel } from './sections/AcknowledgementPanel';
import {
  AcknowledgementSection,
  IcoSection,
  ReceivedSection,
  ResponseSection,
} from './sections/ComplaintSections';

export function ComplaintEditor({ id }: { id: string }) {
  const isNew = id === 'new';
  const stored = useLiveQuery(
    async () => (isNew ? null : ((await getComplaint(id)) ?? null)),
    [id, isNew],
  );
  const organisation = useLiveQuery(async () => (await getOrganisation()) ?? null, []);
  if (stored === undefined || organisation === undefined)
    return <PageLoader label="Loading the complaint" />;
  if (stored === null && !isNew) {
    return (
      <NotFound
        heading="Complaint not found"
        title="This complaint is not in the log"
        icon={<IconMessageReport size={26} />}
        backTo={paths.complaints}
        backLabel="Go to complaints"
      >
        It may have been deleted, or the link is out of date.
      </NotFound>
    );
  }
  const withinDays =
    organisation?.complaints.acknowledgeWithinDays ?? DEFAULT_ACKNOWLEDGE_WITHIN_DAYS;
  return <Editor stored={stored} withinDays={withinDays} />;
}

function Editor({ stored, withinDays }: { stored: Complaint | null; withinDays: number }) {
  const [, navigate] = useLocation();
  const on = today();
  const form = useRecordForm(
    stored,
    (now) => blankComplaint(now, { receivedOn: on }),
    validateComplaint,
  );
  const activities = useLiveQuery(listActivities, []);
  const dirty = form.isDirty();
  const name = stored ? complaintPhrase(stored) : 'new complaint';
  useUnsavedChanges(`the ${name}`, dirty);
  useFocusFromQuery();

  const save = useRecordSave(form, {
    save: saveComplaint,
    afterSave: (saved) => {
      if (!stored) navigate(paths.complaint(saved.id), { replace: true });
    },
    savedNotice: (saved) => ({
      title: 'Complaint saved',
      message: `The ${complaintPhrase(saved)} is up to date.`,
    }),
    failedTitle: 'The complaint was not saved',
  });

  return (
    <LogEditor
      formId="complaint-form"
      errors={form.errors}
      save={save}
      labelFor={kit.labelFor}
      title={stored ? complaintName(stored) : 'Log a complaint'}
      description="A complaint to you about how you use someone's personal data."
      dirty={dirty}
      back={{ to: paths.complaints, label: 'Complaints' }}
      actions={
        stored ? (
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={() =>
              confirmDeleteComplaint(stored.id, name, () => navigate(paths.complaints))
            }
          >
            Delete
          </Button>
        ) : null
      }
      status={<AcknowledgementPanel complaint={form.values} today={on} withinDays={withinDays} />}
    >
      <ReceivedSection form={form} />
      <AcknowledgementSection form={form} withinDays={withinDays} />
      <ResponseSection form={form} />
      <IcoSection form={form} />
      <LinkedActivities
        field={kit.fieldProps(form, 'activityIds')}
        activities={activities}
        intro="The processing activities the complaint is about, so a pattern of complaints shows where to look."
      />
      <FormSection id="notes" title="Internal notes">
        <Textarea {...kit.fieldProps(form, 'internalNotes')} autosize minRows={3} />
      </FormSection>
    </LogEditor>
  );
}
