/** What the third party is and what it does for the organisation. */
import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  thirdPartyKindLabels,
  thirdPartyKinds,
  thirdPartyTypeLabels,
  thirdPartyTypes,
} from '../../../../shared/domain';
import { FormSection } from '../../../components/FormSection';
import { thirdPartyKit as kit, type ThirdPartySectionProps } from '../third-party-fields';

const kindOptions = thirdPartyKinds.map((value) => ({ value, label: thirdPartyKindLabels[value] }));
const typeOptions = thirdPartyTypes.map((value) => ({ value, label: thirdPartyTypeLabels[value] }));

export function AboutSection({ form }: ThirdPartySectionProps) {
  return (
    <FormSection id="about" title="About">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TextInput
          {...kit.fieldProps(form, 'name')}
          required
          placeholder="e.g. Mailchimp (Intuit Inc.)"
        />
        <TextInput {...kit.fieldProps(form, 'website')} type="url" placeholder="https://" />
        <Select {...kit.fieldProps(form, 'kind')} data={kindOptions} allowDeselect={false} />
        <Select
          {...kit.fieldProps(form, 'type')}
          data={typeOptions}
          allowDeselect={false}
          searchable
        />
      </SimpleGrid>
      <Textarea
        {...kit.fieldProps(form, 'services')}
        autosize
        minRows={2}
        placeholder="e.g. Sends our monthly newsletter"
      />
    </FormSection>
  );
}
