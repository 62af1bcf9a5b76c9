/** Data protection impact assessment: screening, progress and link (ICO columns 21–23). */
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import {
  dpiaScreeningLabels,
  dpiaScreenings,
  dpiaStatusLabels,
  dpiaStatuses,
} from '../../../../shared/domain';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';
import { optionsOf } from '../options';

export function DpiaSection({ form }: SectionProps) {
  return (
    <FormSection
      id="dpia"
      title="DPIA"
      intro="Screen every activity; a full impact assessment is needed where the processing is likely to result in a high risk to people."
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Select
          {...kit.fieldProps(form, 'dpia.screening')}
          data={optionsOf(dpiaScreenings, dpiaScreeningLabels)}
          allowDeselect={false}
        />
        <Select
          {...kit.fieldProps(form, 'dpia.status')}
          data={optionsOf(dpiaStatuses, dpiaStatusLabels)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <TextInput
        {...kit.fieldProps(form, 'dpia.link')}
        placeholder="Link or location of the DPIA"
      />
    </FormSection>
  );
}
