/** Why the data is processed and about whom (ICO columns 2 and 4). */
import { TagsInput } from '@mantine/core';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';

export function PurposesSection({ form }: SectionProps) {
  return (
    <FormSection
      id="purposes"
      title="Purposes and people"
      intro="One purpose or group of people per entry: type it and press Enter."
    >
      <TagsInput
        {...kit.fieldProps(form, 'purposes')}
        splitChars={[]}
        placeholder="e.g. To send our monthly newsletter"
      />
      <TagsInput
        {...kit.fieldProps(form, 'dataSubjects')}
        splitChars={[]}
        placeholder="e.g. Supporters, Volunteers, Service users"
      />
    </FormSection>
  );
}
