/** What was checked before relying on a processor, when, and when to look again. */
import { SimpleGrid, TagsInput, Textarea } from '@mantine/core';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import { thirdPartyKit as kit, type ThirdPartySectionProps } from '../third-party-fields';

/** Certifications small organisations most often meet; any other can be typed in. */
export const certificationSuggestions = [
  'ISO 27001',
  'ISO 27701',
  'Cyber Essentials',
  'Cyber Essentials Plus',
  'SOC 2 Type II',
  'PCI DSS',
];

export function DueDiligenceSection({ form }: ThirdPartySectionProps) {
  return (
    <FormSection
      id="due-diligence"
      title="Due diligence"
      intro="Article 28(1): use only processors that give sufficient guarantees. Note the evidence you saw and when, as certificates lapse."
    >
      <TagsInput
        {...kit.fieldProps(form, 'dueDiligence.certifications')}
        data={certificationSuggestions}
        placeholder="Choose or type a certification and press Enter"
        splitChars={[',', ';']}
        clearable
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DateField {...kit.dateProps(form, 'dueDiligence.checkedOn')} />
        <DateField {...kit.dateProps(form, 'reviewDate')} />
      </SimpleGrid>
      <Textarea
        {...kit.fieldProps(form, 'dueDiligence.notes')}
        autosize
        minRows={3}
        placeholder="e.g. Security page and sub-processor list reviewed; no reported breaches"
      />
    </FormSection>
  );
}
