/** Security measures (ICO column 11), and the systems and places the data lives (column 20). */
import { SimpleGrid, TagsInput, Textarea } from '@mantine/core';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';

export function SecuritySection({ form }: SectionProps) {
  return (
    <FormSection
      id="security"
      title="Security and location"
      intro="Knowing where the data is held is what lets you find it all for an access request."
    >
      <Textarea
        {...kit.fieldProps(form, 'securityMeasures')}
        autosize
        minRows={2}
        placeholder="e.g. Two-factor sign-in, encrypted laptops, locked filing cabinet"
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TagsInput
          {...kit.fieldProps(form, 'systems')}
          splitChars={[]}
          placeholder="e.g. Microsoft 365, Mailchimp"
        />
        <TagsInput
          {...kit.fieldProps(form, 'locations')}
          splitChars={[]}
          placeholder="e.g. SharePoint HR site, Office filing cabinet"
        />
      </SimpleGrid>
    </FormSection>
  );
}
