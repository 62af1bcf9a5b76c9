/** The organisation form's labels, guidance and validation: one place, so they always agree. */
import type { UseFormReturnType } from '@mantine/form';
import { organisationSchema, type Organisation } from '../../../shared/domain';
import { createFieldKit } from '../../components/fieldKit';
import { zodValidate } from '../../components/zodValidate';

export type OrganisationForm = UseFormReturnType<Organisation>;

export interface OrganisationSectionProps {
  form: OrganisationForm;
}

const contactLabels = (prefix: string, who: string) => ({
  [`${prefix}.name`]: `${who}: name`,
  [`${prefix}.email`]: `${who}: email`,
  [`${prefix}.phone`]: `${who}: phone`,
  [`${prefix}.address`]: `${who}: postal address`,
});

export const organisationLabels: Record<string, string> = {
  name: 'Organisation name',
  legalForm: 'Legal form',
  registeredAddress: 'Registered address',
  'registeredAddress.line1': 'Address line 1',
  'registeredAddress.line2': 'Address line 2',
  'registeredAddress.town': 'Town or city',
  'registeredAddress.county': 'County',
  'registeredAddress.postcode': 'Postcode',
  'registeredAddress.country': 'Country',
  companyNumber: 'Company number',
  charityNumber: 'Charity number',
  icoRegistrationNumber: 'ICO registration number',
  icoRenewalDate: 'ICO registration renewal date',
  email: 'Email',
  phone: 'Phone',
  website: 'Website',
  dpo: 'Data protection officer',
  'dpo.appointed': 'We have appointed a data protection officer (DPO)',
  ...contactLabels('dpo.contact', 'DPO'),
  'dpo.reasonNotRequired': 'Why you do not need a DPO',
  representative: 'UK or EU representative',
  'representative.needed': 'We need a UK or EU representative (Article 27)',
  ...contactLabels('representative.contact', 'Representative'),
  complaints: 'Complaints',
  'complaints.process': 'How people can complain to you',
  'complaints.contact': 'Where complaints go',
  'complaints.acknowledgeWithinDays': 'Acknowledge a complaint within (days)',
  socialMedia: 'Social media accounts',
  audiences: 'Privacy notice audiences',
};

export const organisationKit = createFieldKit<Organisation>({
  entity: 'organisation',
  labels: organisationLabels,
});

const schemaErrors = zodValidate(organisationSchema);

/** Messages for the few rules whose schema wording is written for developers. */
const plainer: Record<string, string> = {
  'complaints.acknowledgeWithinDays': 'Enter a whole number of days from 1 to 30',
  icoRenewalDate: 'Enter a date as DD/MM/YYYY',
};

export function validateOrganisation(values: Organisation): Record<string, string> {
  const errors = schemaErrors(values);
  for (const path of Object.keys(errors)) {
    const better = plainer[path];
    if (better) errors[path] = better;
  }
  for (const [index, audience] of values.audiences.entries()) {
    const duplicate = values.audiences.findIndex(
      (other) => other.name.trim().toLowerCase() === audience.name.trim().toLowerCase(),
    );
    if (audience.name.trim() !== '' && duplicate !== index) {
      errors[`audiences.${index}.name`] ??= 'Another audience already has this name';
    }
  }
  return errors;
}
