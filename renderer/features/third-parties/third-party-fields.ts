/** The third-party form's labels, guidance and validation: one place, so they always agree. */
import type { UseFormReturnType } from '@mantine/form';
import { thirdPartySchema, type ThirdParty } from '../../../shared/domain';
import { article28Checklist } from '../../../shared/processors/article28';
import { createFieldKit } from '../../components/fieldKit';
import { zodValidate } from '../../components/zodValidate';

export type ThirdPartyForm = UseFormReturnType<ThirdParty>;

export interface ThirdPartySectionProps {
  form: ThirdPartyForm;
}

export const thirdPartyLabels: Record<string, string> = {
  name: 'Name',
  kind: 'Role (kind)',
  type: 'Type',
  services: 'Services it provides',
  dataShared: 'Personal data shared with it',
  countries: 'Countries where it processes the data',
  contact: 'Contact',
  'contact.name': 'Contact name',
  'contact.email': 'Contact email',
  'contact.phone': 'Contact phone',
  'contact.address': 'Contact address',
  website: 'Website',
  contract: 'Contract',
  'contract.status': 'Contract status',
  'contract.reference': 'Contract reference',
  'contract.signedOn': 'Signed on',
  'contract.expiresOn': 'Expires on',
  'contract.document': 'Contract document',
  article28: 'Article 28(3) terms',
  ...Object.fromEntries(
    article28Checklist.map((item) => [`article28.${item.id}`, `${item.reference}: ${item.title}`]),
  ),
  dueDiligence: 'Due diligence',
  'dueDiligence.certifications': 'Certifications',
  'dueDiligence.checkedOn': 'Date checked',
  'dueDiligence.notes': 'Due diligence notes',
  subProcessors: 'Sub-processors',
  reviewDate: 'Next review',
  internalNotes: 'Internal notes',
};

export const thirdPartyKit = createFieldKit<ThirdParty>({
  entity: 'thirdParty',
  labels: thirdPartyLabels,
});

const schemaErrors = zodValidate(thirdPartySchema);

/** Plainer words for the rules whose schema message is written for developers. */
const plainer: Record<string, string> = {
  'contract.signedOn': 'Enter a date as DD/MM/YYYY',
  'contract.expiresOn': 'Enter a date as DD/MM/YYYY',
  'dueDiligence.checkedOn': 'Enter a date as DD/MM/YYYY',
  reviewDate: 'Enter a date as DD/MM/YYYY',
};

export function validateThirdParty(values: ThirdParty): Record<string, string> {
  const errors = schemaErrors(values);
  for (const path of Object.keys(errors)) {
    const better = plainer[path];
    // Keep the schema's own words where they are already meant for people.
    if (better && !/cannot end before/.test(errors[path] ?? '')) errors[path] = better;
  }
  // Errors on one item of a list belong to the list's field, where the input shows them.
  for (const [path, message] of Object.entries(errors)) {
    const list = path.match(/^(dataShared|countries)\.\d+$/)?.[1];
    if (list) errors[list] ??= message;
  }
  return errors;
}

/** Processors and sub-processors must work under an Article 28 contract. */
export const needsContract = (kind: ThirdParty['kind']): boolean =>
  kind === 'processor' || kind === 'sub-processor';
