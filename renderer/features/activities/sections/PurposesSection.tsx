/** Why the data is processed and about whom (ICO columns 2 and 4). */
import { TagsInput } from '@mantine/core';
import { fieldProps, FormSection, type SectionProps } from '../form-kit';

export function PurposesSection({ form }: SectionProps) {
  return (
    <FormSection
      id="purposes"
      title="Purposes and people"
      intro="One purpose or group of people per entry: type it and press Enter."
    >
      <TagsInput
        {...fieldProps(form, 'purposes')}
        splitChars={[]}
        placeholder="e.g. To send our monthly newsletter"
      />
      <TagsInput
        {...fieldProps(form, 'dataSubjects')}
        splitChars={[]}
        placeholder="e.g. Supporters, Volunteers, Service users"
      />
    </FormSection>
  );
}
