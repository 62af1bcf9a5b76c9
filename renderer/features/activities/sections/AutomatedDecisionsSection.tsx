/** Automated decision-making and profiling (ICO column 17). */
import { Switch, Textarea } from '@mantine/core';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';

export function AutomatedDecisionsSection({ form }: SectionProps) {
  const { exists, details } = form.values.automatedDecisions;
  return (
    <FormSection
      id="automated-decisions"
      title="Automated decisions"
      intro="Decisions made about people by computer alone, with legal or similarly significant effects, including profiling."
    >
      <Switch {...kit.fieldProps(form, 'automatedDecisions.exists', { type: 'checkbox' })} />
      {exists || details !== '' ? (
        <Textarea
          {...kit.fieldProps(form, 'automatedDecisions.details')}
          autosize
          minRows={2}
          placeholder="The logic involved, the effects, and how a person can ask for a human to review it"
        />
      ) : null}
    </FormSection>
  );
}
