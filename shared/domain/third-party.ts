/** A third party that receives, processes or provides personal data. */
import { z } from 'zod';
import {
  idSchema,
  longText,
  optionalDateSchema,
  shortText,
  textList,
  timestampSchema,
  toConfirmSchema,
} from './common';
import { contractStatuses, thirdPartyKinds, thirdPartyTypes } from './enums';
import { contactSchema } from './organisation';

/** ISO 3166-1 alpha-2 country code, upper case (GB for the UK). */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code');

export const thirdPartySchema = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1, 'Name the third party').max(200),
    kind: z.enum(thirdPartyKinds),
    type: z.enum(thirdPartyTypes),
    services: longText,
    dataShared: textList,
    countries: z.array(countryCodeSchema).max(250),
    contact: contactSchema,
    website: shortText,
    contract: z.object({
      status: z.enum(contractStatuses),
      reference: shortText,
      signedOn: optionalDateSchema,
      expiresOn: optionalDateSchema,
    }),
    dueDiligence: longText,
    reviewDate: optionalDateSchema,
    internalNotes: longText,
    toConfirm: toConfirmSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .superRefine((party, ctx) => {
    const { signedOn, expiresOn } = party.contract;
    if (signedOn && expiresOn && expiresOn < signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['contract', 'expiresOn'],
        message: 'The contract cannot end before it was signed',
      });
    }
  });
export type ThirdParty = z.infer<typeof thirdPartySchema>;
