/** The organisation profile: who the controller is, as every report and notice will name it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { blankOrganisation, type Organisation } from '../../../shared/domain';
import { PageLoader } from '../../components/PageLoader';
import { RecordEditor, useRecordForm, useRecordSave } from '../../components/RecordEditor';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { getOrganisation, saveOrganisation } from '../../db/repos/organisation';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';
import { organisationKit, validateOrganisation } from './organisation-fields';
import { AddressSection } from './sections/AddressSection';
import { AudiencesSection } from './sections/AudiencesSection';
import { ComplaintsSection } from './sections/ComplaintsSection';
import { IdentitySection } from './sections/IdentitySection';
import { PeopleSection } from './sections/PeopleSection';
import { SocialMediaSection } from './sections/SocialMediaSection';

export function OrganisationPage() {
  // null once read and absent; undefined while still reading.
  const stored = useLiveQuery(async () => (await getOrganisation()) ?? null, []);
  if (stored === undefined) return <PageLoader label="Loading the organisation profile" />;
  return <OrganisationEditor stored={stored} />;
}

function OrganisationEditor({ stored }: { stored: Organisation | null }) {
  const form = useRecordForm(stored, blankOrganisation, validateOrganisation);
  useFocusFromQuery();
  const dirty = form.isDirty();
  useUnsavedChanges('the organisation profile', dirty);
  const save = useRecordSave(form, {
    save: saveOrganisation,
    savedNotice: (saved) => ({
      title: 'Organisation saved',
      message: `${saved.name}’s profile is up to date.`,
    }),
    failedTitle: 'The organisation was not saved',
  });

  return (
    <RecordEditor
      formId="organisation-form"
      form={form}
      save={save}
      labelFor={organisationKit.labelFor}
      title="Organisation"
      description="Who is responsible for the personal data: your privacy notices, reports and the record of processing name you as set out here."
      dirty={dirty}
    >
      <IdentitySection form={form} />
      <AddressSection form={form} />
      <PeopleSection form={form} />
      <ComplaintsSection form={form} />
      <SocialMediaSection form={form} />
      <AudiencesSection form={form} />
    </RecordEditor>
  );
}
