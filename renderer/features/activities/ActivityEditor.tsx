/**
 * The activity screen: a new one (blank or from a template) or a stored one, or a clear
 * message when the id or template does not exist.
 */
import { Center, Loader } from '@mantine/core';
import { IconArrowLeft, IconFileUnknown } from '@tabler/icons-react';
import { useState } from 'react';
import { blankActivity, type Activity } from '../../../shared/domain';
import { NotFound } from '../../components/NotFound';
import { paths } from '../../navigation/paths';
import { ActivityForm } from './ActivityForm';
import { findTemplate } from './templates';
import { useActivity } from './useActivities';

export interface ActivityEditorProps {
  /** A stored activity's id, or 'new'. */
  id: string;
  /** For a new activity: the template to start from. */
  templateId?: string;
}

export function ActivityEditor({ id, templateId }: ActivityEditorProps) {
  return id === 'new' ? <NewActivity templateId={templateId} /> : <StoredActivity id={id} />;
}

function NewActivity({ templateId }: { templateId: string | undefined }) {
  const template = templateId === undefined ? undefined : findTemplate(templateId);
  // Built once: a re-render must not replace what the person has typed with a fresh draft.
  const [initial] = useState<Activity | null>(() => {
    const now = new Date().toISOString();
    if (templateId === undefined) return blankActivity(now);
    return template ? template.build(now) : null;
  });
  if (!initial) {
    return (
      <Missing
        heading="New activity"
        title="Template not found"
        message="There is no activity template with that name in this version of Ropa Desk. Start from another template, or from a blank activity."
      />
    );
  }
  return <ActivityForm initial={initial} isNew templateName={template?.name} />;
}

function StoredActivity({ id }: { id: string }) {
  const live = useActivity(id);
  // The form starts from the first copy read and keeps the person's edits from then on; the
  // live read still tells when the activity disappears underneath it.
  const [initial, setInitial] = useState<Activity | null>(null);
  if (initial === null && live) setInitial(live);
  if (initial)
    return <ActivityForm initial={initial} isNew={false} deletedElsewhere={live === null} />;
  if (live === undefined) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label="Loading the activity" />
      </Center>
    );
  }
  return (
    <Missing
      heading="Processing activity"
      title="This activity no longer exists"
      message="It may have been deleted, here or in another window. Deleted activities stay in the audit trail."
    />
  );
}

function Missing({ heading, title, message }: { heading: string; title: string; message: string }) {
  return (
    <NotFound
      heading={heading}
      title={title}
      icon={<IconFileUnknown size={26} />}
      backTo={paths.activities}
      backLabel="Back to processing activities"
      backIcon={<IconArrowLeft size={18} aria-hidden />}
    >
      {message}
    </NotFound>
  );
}
