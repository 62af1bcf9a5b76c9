/** The complaint's fields: what was received, its acknowledgement, the response, and the ICO. */
import { Checkbox, Group, Select, Textarea, TextInput } from '@mantine/core';
import { complaintOutcomes, logStatuses } from '../../../../shared/domain';
import { acknowledgementDueOn } from '../../../../shared/logs/complaints-clock';
import { longDate } from '../../../../shared/util/long-date';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import {
  complaintKit as kit,
  complaintOutcomeOptions,
  complaintStatusOptions,
  type ComplaintForm,
} from '../complaint-fields';

export function ReceivedSection({ form }: { form: ComplaintForm }) {
  return (
    <FormSection id="complaint" title="The complaint">
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput {...kit.fieldProps(form, 'complainant')} required w={400} />
        <DateField {...kit.dateProps(form, 'receivedOn')} required clearable={false} w={220} />
      </Group>
      <TextInput {...kit.fieldProps(form, 'channel')} maw={480} />
      <Textarea {...kit.fieldProps(form, 'summary')} autosize minRows={2} maxRows={8} />
    </FormSection>
  );
}

export function AcknowledgementSection({
  form,
  withinDays,
}: {
  form: ComplaintForm;
  withinDays: number;
}) {
  const received = form.values.receivedOn;
  const field = kit.dateProps(form, 'acknowledgedOn');
  return (
    <FormSection id="acknowledgement" title="Acknowledgement">
      <DateField
        {...field}
        description={
          received
            ? `Due by ${longDate(acknowledgementDueOn(received, withinDays))}: within ${withinDays} days of receipt.`
            : field.description
        }
        w={320}
      />
    </FormSection>
  );
}

export function ResponseSection({ form }: { form: ComplaintForm }) {
  return (
    <FormSection
      id="response"
      title="Response and outcome"
      intro="Take appropriate steps to look into the complaint, keep the person informed without undue delay, and tell them the outcome."
    >
      <Textarea {...kit.fieldProps(form, 'response')} autosize minRows={3} maxRows={10} />
      <Group align="flex-start" gap="md" wrap="wrap">
        <DateField {...kit.dateProps(form, 'respondedOn')} w={220} />
        <Select
          {...kit.fieldProps(form, 'outcome')}
          data={complaintOutcomeOptions}
          placeholder="Not decided yet"
          onChange={(value) =>
            form.setFieldValue('outcome', complaintOutcomes.find((o) => o === value) ?? null)
          }
          clearable
          w={220}
        />
        <Select
          {...kit.fieldProps(form, 'status')}
          data={complaintStatusOptions}
          allowDeselect={false}
          onChange={(value) => {
            const next = logStatuses.find((status) => status === value);
            if (next) form.setFieldValue('status', next);
          }}
          w={160}
        />
      </Group>
    </FormSection>
  );
}

export function IcoSection({ form }: { form: ComplaintForm }) {
  return (
    <FormSection
      id="ico"
      title="The ICO"
      intro="If the person is not satisfied they may complain to the ICO, which usually expects them to have complained to you first."
    >
      <Checkbox {...kit.fieldProps(form, 'wentToIco', { type: 'checkbox' })} />
      {form.values.wentToIco ? (
        <TextInput {...kit.fieldProps(form, 'icoReference')} maw={320} />
      ) : null}
    </FormSection>
  );
}
