/**
 * One rights request: its due date and state first, then the request, the waits that stop the
 * clock, any extension, the searches made, the response and the activities concerned.
 */
import { Button, Textarea } from '@mantine/core';
import { IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import type { RightsRequest } from '../../../shared/domain';
import { blankRightsRequest } from '../../../shared/logs/blanks';
import { rightsRequestName, rightsRequestPhrase } from '../../../shared/logs/names';
import { FormSection } from '../../components/FormSection';
import { NotFound } from '../../components/NotFound';
import { PageLoader } from '../../components/PageLoader';
import { useRecordForm, useRecordSave } from '../../components/RecordEditor';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { listActivities } from '../../db/repos/activities';
import { getRightsRequest, saveRightsRequest } from '../../db/repos/rights-requests';
import { paths } from '../../navigation/paths';
import { today } from '../transfers/useAdequacy';
import { confirmDeleteRightsRequest } from './confirmDeleteRightsRequest';
import { LinkedActivities } from './LinkedActivities';
import { LogEditor } from './LogEditor';
import { rightsRequestKit as kit, validateRightsRequest } from './rights-request-fields';
import { ClockPanel } from './sections/ClockPanel';
import { ExtensionSection } from './sections/ExtensionSection';
import { PausesSection } from './sections/PausesSection';
import { RequestSection } from './sections/RequestSection';
import { ResponseSection } from './sections/ResponseSection';
import { SearchesSection } from './sections/SearchesSection';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';

export function RightsRequestEditor({ id }: { id: string }) {
  const isNew = id === 'new';
  // null once read and absent (or new); undefined while still reading.
  const stored = useLiveQuery(
    async () => (isNew ? null : ((await getRightsRequest(id)) ?? null)),
    [id, isNew],
  );
  if (stored === undefined) return <PageLoader label="Loading the request" />;
  if (stored === null && !isNew) {
    return (
      <NotFound
        heading="Request not found"
        title="This rights request is not in the log"
        icon={<IconUserQuestion size={26} />}
        backTo={paths.rightsRequests}
        backLabel="Go to rights requests"
      >
        It may have been deleted, or the link is out of date.
      </NotFound>
    );
  }
  return <Editor stored={stored} />;
}

function Editor({ stored }: { stored: RightsRequest | null }) {
  const [, navigate] = useLocation();
  const on = today();
  const form = useRecordForm(
    stored,
    (now) => blankRightsRequest(now, { receivedOn: on }),
    validateRightsRequest,
  );
  const activities = useLiveQuery(listActivities, []);
  const dirty = form.isDirty();
  const name = stored ? rightsRequestPhrase(stored) : 'new rights request';
  useUnsavedChanges(`the ${name}`, dirty);
  useFocusFromQuery();

  const save = useRecordSave(form, {
    save: saveRightsRequest,
    afterSave: (saved) => {
      if (!stored) navigate(paths.rightsRequest(saved.id), { replace: true });
    },
    savedNotice: (saved) => ({
      title: 'Request saved',
      message: `The ${rightsRequestPhrase(saved)} is up to date.`,
    }),
    failedTitle: 'The request was not saved',
  });

  return (
    <LogEditor
      formId="rights-request-form"
      errors={form.errors}
      save={save}
      labelFor={kit.labelFor}
      title={stored ? rightsRequestName(stored) : 'Log a rights request'}
      description="A request from a person to use one of their rights over their personal data."
      dirty={dirty}
      back={{ to: paths.rightsRequests, label: 'Rights requests' }}
      actions={
        stored ? (
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={() =>
              confirmDeleteRightsRequest(stored.id, name, () => navigate(paths.rightsRequests))
            }
          >
            Delete
          </Button>
        ) : null
      }
      status={<ClockPanel request={form.values} today={on} />}
    >
      <RequestSection form={form} />
      <PausesSection form={form} today={on} />
      <ExtensionSection form={form} today={on} />
      <SearchesSection form={form} today={on} />
      <ResponseSection form={form} />
      <LinkedActivities
        field={kit.fieldProps(form, 'activityIds')}
        activities={activities}
        intro="The processing activities whose data the request concerns: it shows where to search, and which activities people exercise their rights over."
      />
      <FormSection id="notes" title="Internal notes">
        <Textarea {...kit.fieldProps(form, 'internalNotes')} autosize minRows={3} />
      </FormSection>
    </LogEditor>
  );
}
