/** A restricted transfer of personal data outside the UK (UK GDPR Chapter V). */
import { z } from 'zod';
import { idSchema, longText, optionalDateSchema, timestampSchema, toConfirmSchema } from './common';
import { art49Exceptions, traStatuses, transferMechanisms } from './enums';
import { countryCodeSchema } from './third-party';

export const transferSchema = z.object({
  id: idSchema,
  thirdPartyId: idSchema,
  activityIds: z.array(idSchema).max(500),
  destinations: z.array(countryCodeSchema).min(1, 'Choose at least one destination').max(250),
  mechanism: z.enum(transferMechanisms).nullable(),
  /**
   * For a US (or other partially adequate) destination, whether the recipient is within the
   * adequacy's scope, e.g. certified to the DPF UK Extension; null while nobody has checked.
   */
  recipientCertified: z.boolean().nullable(),
  art49Exception: z.enum(art49Exceptions).nullable(),
  supplementaryMeasures: longText,
  traStatus: z.enum(traStatuses),
  reviewDate: optionalDateSchema,
  internalNotes: longText,
  toConfirm: toConfirmSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Transfer = z.infer<typeof transferSchema>;
