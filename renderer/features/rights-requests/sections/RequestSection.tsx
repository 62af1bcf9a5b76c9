/** Who asked, for what, when and how, and whether their identity has been checked. */
import { Checkbox, Group, Select, Textarea, TextInput } from '@mantine/core';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import {
  rightsRequestKindOptions,
  rightsRequestKit as kit,
  type RightsRequestForm,
} from '../rights-request-fields';

export function RequestSection({ form }: { form: RightsRequestForm }) {
  return (
    <FormSection id="request" title="The request">
      <TextInput {...kit.fieldProps(form, 'requester')} required maw={480} />
      <Group align="flex-start" gap="md" wrap="wrap">
        <Select
          {...kit.fieldProps(form, 'kind')}
          data={rightsRequestKindOptions}
          allowDeselect={false}
          required
          w={320}
        />
        <DateField {...kit.dateProps(form, 'receivedOn')} required clearable={false} w={240} />
      </Group>
      <TextInput {...kit.fieldProps(form, 'channel')} maw={480} />
      <Textarea {...kit.fieldProps(form, 'details')} autosize minRows={2} maxRows={8} />
      <Checkbox {...kit.fieldProps(form, 'identityChecked', { type: 'checkbox' })} />
    </FormSection>
  );
}
