/** The processing activities a log entry concerns, chosen by name from the register. */
import { MultiSelect } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { FormSection } from '../../components/FormSection';
import { listActivities } from '../../db/repos/activities';
import type { LogFieldBinding } from './logKit';

export interface LinkedActivitiesProps {
  /** The activityIds field's binding. */
  field: LogFieldBinding;
  intro: string;
}

export function LinkedActivities({ field, intro }: LinkedActivitiesProps) {
  const activities = useLiveQuery(listActivities, []);
  const options = (activities ?? [])
    .map((activity) => ({ value: activity.id, label: activity.name || 'Untitled activity' }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  return (
    <FormSection id="activities" title="Activities concerned" intro={intro}>
      <MultiSelect
        {...field}
        data={options}
        searchable
        placeholder={options.length ? 'Choose activities' : undefined}
        nothingFoundMessage="No activity by that name"
        disabled={options.length === 0}
      />
    </FormSection>
  );
}
