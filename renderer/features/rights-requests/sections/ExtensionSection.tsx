/** The extension by two further months, its reasons, and the due date it gives. */
import { Checkbox, Text, Textarea } from '@mantine/core';
import { responseDueOn } from '../../../../shared/logs/rights-clock';
import { longDate } from '../../../../shared/util/long-date';
import { FormSection } from '../../../components/FormSection';
import { rightsRequestKit as kit, type RightsRequestForm } from '../rights-request-fields';

export function ExtensionSection({ form, today }: { form: RightsRequestForm; today: string }) {
  const values = form.values;
  const extendedDue = values.receivedOn
    ? responseDueOn({ ...values, extended: true }, today)
    : null;
  return (
    <FormSection
      id="extension"
      title="Extension"
      intro="A complex request, or several from the same person, may take two further months. You must tell the person within the first month, with your reasons."
    >
      <Checkbox {...kit.fieldProps(form, 'extended', { type: 'checkbox' })} />
      {extendedDue ? (
        <Text size="sm" c={values.extended ? undefined : 'dimmed'}>
          {values.extended ? 'Extended due date: ' : 'If extended, the response would be due by '}
          <Text component="span" fw={600} size="sm">
            {longDate(extendedDue)}
          </Text>
          {values.pauses.some((pause) => pause.to === null)
            ? ' (if the information you are waiting for arrives today)'
            : ''}
          .
        </Text>
      ) : null}
      {values.extended ? (
        <Textarea
          {...kit.fieldProps(form, 'extensionReason')}
          autosize
          minRows={2}
          maxRows={6}
          required
        />
      ) : null}
    </FormSection>
  );
}
