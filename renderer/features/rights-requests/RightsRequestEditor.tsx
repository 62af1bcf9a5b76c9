/**
 * One rights request: its due date and state first, then the request, the waits that stop the
 * clock, any extension, the searches made, the response and the activities concerned.
 */
import { Textarea } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { RightsRequest } from '../../../shared/domain';
import { blankRightsRequest } from '../../../shared/logs/blanks';
import { rightsRequestName, rightsRequestPhrase } from '../../../shared/logs/names';
import { FormSection } from '../../components/FormSection';
import { useRecordForm } from '../../components/RecordEditor';
import { getRightsRequest, saveRightsRequest } from '../../db/repos/rights-requests';
import { paths } from '../../navigation/paths';
import { LinkedActivities } from '../logs/LinkedActivities';
import { LogEditor } from '../logs/LogEditor';
import { RecordLoader } from '../../components/RecordLoader';
import { useLogEntrySave } from '../logs/useLogEntrySave';
import { today } from '../transfers/useAdequacy';
import { confirmDeleteRightsRequest } from './confirmDeleteRightsRequest';
import { rightsRequestKit as kit, validateRightsRequest } from './rights-request-fields';
import { ClockPanel } from './sections/ClockPanel';
import { ExtensionSection } from './sections/ExtensionSection';
import { PausesSection } from './sections/PausesSection';
import { RequestSection } from './sections/RequestSection';
import { ResponseSection } from './sections/ResponseSection';
import { SearchesSection } from './sections/SearchesSection';

export function RightsRequestEditor({ id }: { id: string }) {
  return (
    <RecordLoader
      id={id}
      get={getRightsRequest}
      loadingLabel="Loading the request"
      notFound={{
        heading: 'Request not found',
        title: 'This rights request is not in the log',
        icon: <IconUserQuestion size={26} />,
        backTo: paths.rightsRequests,
        backLabel: 'Go to rights requests',
      }}
    >
      {(stored) => <Editor stored={stored} />}
    </RecordLoader>
  );
}

function Editor({ stored }: { stored: RightsRequest | null }) {
  const [, navigate] = useLocation();
  const on = today();
  const form = useRecordForm(
    stored,
    (now) => blankRightsRequest(now, { receivedOn: on }),
    validateRightsRequest,
  );
  const name = stored ? rightsRequestPhrase(stored) : 'new rights request';
  const { dirty, save } = useLogEntrySave(form, {
    stored: stored !== null,
    name: `the ${name}`,
    noun: 'Request',
    phrase: rightsRequestPhrase,
    save: saveRightsRequest,
    href: (saved) => paths.rightsRequest(saved.id),
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
      onDelete={
        stored
          ? () => confirmDeleteRightsRequest(stored.id, name, () => navigate(paths.rightsRequests))
          : undefined
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
        intro="The processing activities whose data the request concerns: it shows where to search, and which activities people exercise their rights over."
      />
      <FormSection id="notes" title="Internal notes">
        <Textarea {...kit.fieldProps(form, 'internalNotes')} autosize minRows={3} />
      </FormSection>
    </LogEditor>
  );
}
