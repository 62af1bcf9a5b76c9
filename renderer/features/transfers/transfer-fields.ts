/** The transfer form's labels, guidance and validation: one place, so they always agree. */
import type { UseFormReturnType } from '@mantine/form';
import { transferSchema, type Transfer } from '../../../shared/domain';
import { createFieldKit } from '../../components/fieldKit';
import { zodValidate } from '../../components/zodValidate';

export type TransferForm = UseFormReturnType<Transfer>;

export const transferLabels: Record<string, string> = {
  thirdPartyId: 'Third party that receives the data',
  activityIds: 'Activities whose data is transferred',
  destinations: 'Destination countries',
  mechanism: 'Safeguard relied on',
  recipientCertified: 'Recipient within the adequacy’s scope',
  art49Exception: 'Article 49 exception',
  supplementaryMeasures: 'Supplementary measures',
  traStatus: 'Transfer risk assessment',
  reviewDate: 'Next review',
  internalNotes: 'Internal notes',
};

export const transferKit = createFieldKit<Transfer>({ entity: 'transfer', labels: transferLabels });

const schemaErrors = zodValidate(transferSchema);

export function validateTransfer(values: Transfer): Record<string, string> {
  const errors = schemaErrors(values);
  if (errors.thirdPartyId || values.thirdPartyId === '') {
    errors.thirdPartyId = 'Choose the third party that receives the data';
  }
  if (errors.reviewDate) errors.reviewDate = 'Enter a date as DD/MM/YYYY';
  // An exception relied on must be named: each has its own conditions to meet.
  if (values.mechanism === 'art49-exception' && values.art49Exception === null) {
    errors.art49Exception = 'Choose which Article 49 exception applies';
  }
  for (const [path, message] of Object.entries(errors)) {
    const list = path.match(/^(destinations|activityIds)\.\d+$/)?.[1];
    if (list) errors[list] ??= message;
  }
  return errors;
}
