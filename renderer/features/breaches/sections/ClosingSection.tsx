/** Closing the breach: its status, the day it closed, who recorded it, and private notes. */
import { Group, Radio, Textarea, TextInput } from '@mantine/core';
import { logStatuses } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import { breachKit as kit, breachStatusLabels } from '../breach-fields';
import type { BreachForm } from '../breach-form';

export function ClosingSection({ form }: { form: BreachForm }) {
  return (
    <FormSection
      id="closing"
      title="Closing the breach"
      intro="Close it once it is contained, the decisions are recorded and the lessons are acted on. A closed breach stays in the log as evidence."
    >
      <Radio.Group {...kit.fieldProps(form, 'status')}>
        <Group gap="lg" mt={6}>
          {logStatuses.map((status) => (
            <Radio key={status} value={status} label={breachStatusLabels[status]} />
          ))}
        </Group>
      </Radio.Group>
      {form.values.status === 'closed' ? (
        <DateField {...kit.dateProps(form, 'closedOn')} required w={240} />
      ) : null}
      <TextInput {...kit.fieldProps(form, 'recordedBy')} maw={400} />
      <Textarea {...kit.fieldProps(form, 'internalNotes')} autosize minRows={2} maxRows={10} />
    </FormSection>
  );
}
