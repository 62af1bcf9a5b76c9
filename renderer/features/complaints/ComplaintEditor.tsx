/**
 * One complaint: when it must be acknowledged first, then what was received, the
 * acknowledgement, the response and outcome, whether it went to the ICO, and the activities.
 */
import { Textarea } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import type { Complaint } from '../../../shared/domain';
import { blankComplaint } from '../../../shared/logs/blanks';
import { DEFAULT_ACKNOWLEDGE_WITHIN_DAYS } from '../../../shared/logs/complaints-clock';
import { complaintName, complaintPhrase } from '../../../shared/logs/names';
import { FormSection } from '../../components/FormSection';
import { useRecordForm } from '../../components/RecordEditor';
import { getComplaint, saveComplaint } from '../../db/repos/complaints';
import { getOrganisation } from '../../db/repos/organisation';
import { paths } from '../../navigation/paths';
import { LinkedActivities } from '../logs/LinkedActivities';
import { LogEditor } from '../logs/LogEditor';
import { RecordLoader } from '../../components/RecordLoader';
import { useLogEntrySave } from '../logs/useLogEntrySave';
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
  const organisation = useLiveQuery(async () => (await getOrganisation()) ?? null, []);
  const withinDays =
    organisation?.complaints.acknowledgeWithinDays ?? DEFAULT_ACKNOWLEDGE_WITHIN_DAYS;
  return (
    <RecordLoader
      id={id}
      get={getComplaint}
      ready={organisation !== undefined}
      loadingLabel="Loading the complaint"
      notFound={{
        heading: 'Complaint not found',
        title: 'This complaint is not in the log',
        icon: <IconMessageReport size={26} />,
        backTo: paths.complaints,
        backLabel: 'Go to complaints',
      }}
    >
      {(stored) => <Editor stored={stored} withinDays={withinDays} />}
    </RecordLoader>
  );
}

function Editor({ stored, withinDays }: { stored: Complaint | null; withinDays: number }) {
  const [, navigate] = useLocation();
  const on = today();
  const form = useRecordForm(
    stored,
    (now) => blankComplaint(now, { receivedOn: on }),
    validateComplaint,
  );
  const name = stored ? complaintPhrase(stored) : 'new complaint';
  const { dirty, save } = useLogEntrySave(form, {
    stored: stored !== null,
    name: `the ${name}`,
    noun: 'Complaint',
    phrase: complaintPhrase,
    save: saveComplaint,
    href: (saved) => paths.complaint(saved.id),
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
      onDelete={
        stored
          ? () => confirmDeleteComplaint(stored.id, name, () => navigate(paths.complaints))
          : undefined
      }
      status={<AcknowledgementPanel complaint={form.values} today={on} withinDays={withinDays} />}
    >
      <ReceivedSection form={form} />
      <AcknowledgementSection form={form} withinDays={withinDays} />
      <ResponseSection form={form} />
      <IcoSection form={form} />
      <LinkedActivities
        field={kit.fieldProps(form, 'activityIds')}
        intro="The processing activities the complaint is about, so a pattern of complaints shows where to look."
      />
      <FormSection id="notes" title="Internal notes">
        <Textarea {...kit.fieldProps(form, 'internalNotes')} autosize minRows={3} />
      </FormSection>
    </LogEditor>
  );
}
