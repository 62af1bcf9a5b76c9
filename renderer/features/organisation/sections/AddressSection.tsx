/** The registered address, as Companies House or the charity regulator hold it. */
import { SimpleGrid, TextInput } from '@mantine/core';
import { FormSection } from '../../../components/FormSection';
import { organisationKit as kit, type OrganisationSectionProps } from '../organisation-fields';

export function AddressSection({ form }: OrganisationSectionProps) {
  return (
    <FormSection id="address" title="Registered address">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TextInput
          {...kit.fieldProps(form, 'registeredAddress.line1')}
          autoComplete="address-line1"
        />
        <TextInput
          {...kit.fieldProps(form, 'registeredAddress.line2')}
          autoComplete="address-line2"
        />
        <TextInput
          {...kit.fieldProps(form, 'registeredAddress.town')}
          autoComplete="address-level2"
        />
        <TextInput
          {...kit.fieldProps(form, 'registeredAddress.county')}
          autoComplete="address-level1"
        />
        <TextInput
          {...kit.fieldProps(form, 'registeredAddress.postcode')}
          autoComplete="postal-code"
          placeholder="e.g. PL25 3BA"
          onBlur={(event) => {
            // Royal Mail style: upper case with one space before the last three characters.
            const raw = event.currentTarget.value.replace(/\s+/g, '').toUpperCase();
            if (raw.length >= 5)
              form.setFieldValue(
                'registeredAddress.postcode',
                `${raw.slice(0, -3)} ${raw.slice(-3)}`,
              );
            form.validateField('registeredAddress.postcode');
          }}
        />
        <TextInput
          {...kit.fieldProps(form, 'registeredAddress.country')}
          autoComplete="country-name"
        />
      </SimpleGrid>
    </FormSection>
  );
}
