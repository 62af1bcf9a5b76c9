/** Where the request stands: its status, the response date and the outcome. */
import { Group, Select, Textarea } from '@mantine/core';
import { rightsRequestStatuses } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import {
  rightsRequestKit as kit,
  rightsRequestStatusOptions,
  type RightsRequestForm,
} from '../rights-request-fields';

export function ResponseSection({ form }: { form: RightsRequestForm }) {
  const status = kit.fieldProps(form, 'status');
  return (
    <FormSection id="response" title="Response">
      <Group align="flex-start" gap="md" wrap="wrap">
        <Select
          {...status}
          data={rightsRequestStatusOptions}
          allowDeselect={false}
          onChange={(value) => {
            const next = rightsRequestStatuses.find((status) => status === value);
            if (!next) return;
            form.setFieldValue('status', next);
            // Whether a response date is needed depends on the status.
            form.clearFieldError('respondedOn');
          }}
          w={200}
        />
        <DateField {...kit.dateProps(form, 'respondedOn')} w={260} />
      </Group>
      <Textarea {...kit.fieldProps(form, 'outcome')} autosize minRows={2} maxRows={8} />
    </FormSection>
  );
}
