/** How people complain to the organisation: every controller needs a process from 19 June 2026. */
import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { FormSection } from '../../../components/FormSection';
import { organisationKit as kit, type OrganisationSectionProps } from '../organisation-fields';

export function ComplaintsSection({ form }: OrganisationSectionProps) {
  return (
    <FormSection
      id="complaints"
      title="Complaints"
      intro="From 19 June 2026 every controller must have a way for people to complain about its use of their data, acknowledge a complaint within 30 days, and keep them told of progress (Data (Use and Access) Act 2025)."
    >
      <Textarea {...kit.fieldProps(form, 'complaints.process')} autosize minRows={4} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TextInput
          {...kit.fieldProps(form, 'complaints.contact')}
          placeholder="An email address, phone number or form"
        />
        <NumberInput
          {...kit.fieldProps(form, 'complaints.acknowledgeWithinDays')}
          min={1}
          max={30}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          suffix=" days"
        />
      </SimpleGrid>
    </FormSection>
  );
}
