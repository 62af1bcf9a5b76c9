/** The processing activities a log entry concerns, chosen by name. */
import { MultiSelect } from '@mantine/core';
import type { Activity } from '../../../shared/domain';
import { FormSection } from '../../components/FormSection';
import type { LogFieldBinding } from './logKit';

export interface LinkedActivitiesProps {
  /** The activityIds field's binding. */
  field: LogFieldBinding;
  activities: readonly Activity[] | undefined;
  intro: string;
}

export function LinkedActivities({ field, activities, intro }: LinkedActivitiesProps) {
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
