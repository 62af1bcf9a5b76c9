/** Where the data comes from (ICO column 18): it decides whether Article 13 or 14 applies. */
import { Switch, TagsInput } from '@mantine/core';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';

export function SourcesSection({ form }: SectionProps) {
  return (
    <FormSection
      id="sources"
      title="Sources"
      intro="When all the data comes from the people themselves, Article 13 sets what they must be told; otherwise Article 14 does, and the notice must name the sources."
    >
      <Switch {...kit.fieldProps(form, 'collectedFromIndividual', { type: 'checkbox' })} />
      <TagsInput
        {...kit.fieldProps(form, 'sources')}
        splitChars={[]}
        placeholder={
          form.values.collectedFromIndividual
            ? 'e.g. The person, through our sign-up form'
            : 'e.g. Referral from a partner, Public register'
        }
      />
    </FormSection>
  );
}
