/** The facts of the breach, in the order of the ICO's breach log: what, why, who, what next. */
import { Checkbox, NumberInput, Textarea, TextInput } from '@mantine/core';
import { FormSection } from '../../../components/FormSection';
import { breachKit as kit } from '../breach-fields';
import type { BreachForm } from '../breach-form';
import { DateTimeField } from '../DateTimeField';

type Props = { form: BreachForm };

export function WhatHappenedSection({ form }: Props) {
  return (
    <FormSection
      id="what-happened"
      title="What happened"
      intro="The organisation becomes aware when someone in it is reasonably sure that a security incident has affected personal data. The 72 hours for reporting to the ICO run from then."
    >
      <TextInput {...kit.fieldProps(form, 'title')} required maw={560} />
      <DateTimeField form={form} field="discoveredAt" required />
      <DateTimeField form={form} field="occurredAt" />
      <Textarea {...kit.fieldProps(form, 'whatHappened')} autosize minRows={3} maxRows={12} />
    </FormSection>
  );
}

export function CausesSection({ form }: Props) {
  return (
    <FormSection id="causes" title="Causes">
      <Textarea {...kit.fieldProps(form, 'causes')} autosize minRows={2} maxRows={10} />
    </FormSection>
  );
}

export function AffectedSection({ form }: Props) {
  const count = kit.fieldProps(form, 'peopleCount');
  return (
    <FormSection id="affected" title="The data and people affected">
      <Textarea {...kit.fieldProps(form, 'dataAffected')} autosize minRows={2} maxRows={10} />
      <Checkbox {...kit.fieldProps(form, 'specialCategoryInvolved', { type: 'checkbox' })} />
      <Textarea {...kit.fieldProps(form, 'peopleAffected')} autosize minRows={2} maxRows={10} />
      <NumberInput
        {...count}
        value={form.values.peopleCount ?? ''}
        onChange={(value) =>
          form.setFieldValue('peopleCount', typeof value === 'number' ? value : null)
        }
        min={0}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        w={240}
      />
    </FormSection>
  );
}

export function ConsequencesSection({ form }: Props) {
  return (
    <FormSection id="consequences" title="Likely consequences">
      <Textarea {...kit.fieldProps(form, 'likelyConsequences')} autosize minRows={2} maxRows={10} />
    </FormSection>
  );
}

export function StepsSection({ form }: Props) {
  return (
    <FormSection id="steps" title="Steps taken">
      <Textarea {...kit.fieldProps(form, 'stepsTaken')} autosize minRows={2} maxRows={10} />
    </FormSection>
  );
}
