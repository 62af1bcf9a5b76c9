/** Who the controller is: name, legal form, registration numbers and how to reach it. */
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { legalFormLabels, legalForms } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import { organisationKit as kit, type OrganisationSectionProps } from '../organisation-fields';

const legalFormOptions = legalForms.map((value) => ({ value, label: legalFormLabels[value] }));

export function IdentitySection({ form }: OrganisationSectionProps) {
  const charity = /charit|cio/.test(form.values.legalForm);
  return (
    <FormSection
      id="identity"
      title="Who you are"
      intro="As registered, and as your privacy notice names you."
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TextInput {...kit.fieldProps(form, 'name')} required autoComplete="organization" />
        <Select
          {...kit.fieldProps(form, 'legalForm')}
          data={legalFormOptions}
          allowDeselect={false}
        />
        <TextInput {...kit.fieldProps(form, 'companyNumber')} placeholder="e.g. 08896465" />
        <TextInput
          {...kit.fieldProps(form, 'charityNumber')}
          placeholder={charity ? 'e.g. 1234567' : 'Only if you are a registered charity'}
          description="Only a registered charity may use PECR’s charitable-purpose soft opt-in for email and text marketing."
        />
        <TextInput {...kit.fieldProps(form, 'icoRegistrationNumber')} placeholder="e.g. ZA065060" />
        <DateField {...kit.dateProps(form, 'icoRenewalDate')} />
        <TextInput {...kit.fieldProps(form, 'email')} type="email" autoComplete="email" />
        <TextInput {...kit.fieldProps(form, 'phone')} type="tel" autoComplete="tel" />
        <TextInput
          {...kit.fieldProps(form, 'website')}
          type="url"
          placeholder="https://"
          autoComplete="url"
        />
      </SimpleGrid>
    </FormSection>
  );
}
