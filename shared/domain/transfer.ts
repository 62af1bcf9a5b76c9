/** A restricted transfer of personal data outside the UK (UK GDPR Chapter V). */
import { z } from 'zod';
import {
  idSchema,
  longText,
  optionalDateSchema,
  shortText,
  timestampSchema,
  toConfirmSchema,
} from './common';
import { traStatuses, transferMechanisms } from './enums';
import { countryCodeSchema } from './third-party';

export const transferSchema = z.object({
  id: idSchema,
  thirdPartyId: idSchema,
  activityIds: z.array(idSchema).max(500),
  destinations: z.array(countryCodeSchema).min(1, 'Choose at least one destination').max(250),
  mechanism: z.enum(transferMechanisms).nullable(),
  art49Exception: shortText,
  supplementaryMeasures: longText,
  traStatus: z.enum(traStatuses),
  reviewDate: optionalDateSchema,
  internalNotes: longText,
  toConfirm: toConfirmSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Transfer = z.infer<typeof transferSchema>;
