/** The data protection officer (or why none is needed) and any UK or EU representative. */
import { Stack, Switch, Textarea } from '@mantine/core';
import type { Organisation } from '../../../../shared/domain';
import { ContactFields } from '../../../components/ContactFields';
import { FormSection } from '../../../components/FormSection';
import { organisationKit as kit, type OrganisationSectionProps } from '../organisation-fields';

export function PeopleSection({ form }: OrganisationSectionProps) {
  const { dpo, representative } = form.values;
  return (
    <FormSection
      id="people"
      title="Data protection officer and representative"
      intro="Your privacy notice must give the DPO’s contact details if you have one, and your representative’s if you need one."
    >
      <Stack gap="md">
        <Switch {...kit.fieldProps(form, 'dpo.appointed', { type: 'checkbox' })} />
        {dpo.appointed ? (
          <ContactFields<Organisation> form={form} kit={kit} prefix="dpo.contact" />
        ) : (
          <Textarea
            {...kit.fieldProps(form, 'dpo.reasonNotRequired')}
            required
            autosize
            minRows={3}
            placeholder="e.g. We are not a public authority, and our core activities involve no large-scale monitoring and no large-scale special category data."
          />
        )}
      </Stack>
      <Stack gap="md">
        <Switch {...kit.fieldProps(form, 'representative.needed', { type: 'checkbox' })} />
        {representative.needed ? (
          <ContactFields<Organisation> form={form} kit={kit} prefix="representative.contact" />
        ) : null}
      </Stack>
    </FormSection>
  );
}
