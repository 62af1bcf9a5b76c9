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
import { article28Answers, article28ItemIds } from '../processors/article28';
import { contractStatuses, thirdPartyKinds, thirdPartyTypes } from './enums';
import { contactSchema } from './organisation';

/** ISO 3166-1 alpha-2 country code, upper case (GB for the UK). */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code');

/** An organisation a processor engages to process our data on its behalf. */
export const subProcessorSchema = z.object({
  name: z.string().trim().min(1, 'Name the sub-processor').max(200),
  service: shortText,
  countries: z.array(countryCodeSchema).max(250),
});
export type SubProcessor = z.infer<typeof subProcessorSchema>;

export const dueDiligenceSchema = z.object({
  /** Certifications seen, e.g. "ISO 27001", "Cyber Essentials Plus". */
  certifications: textList,
  /** When someone last checked them. */
  checkedOn: optionalDateSchema,
  notes: longText,
});
export type DueDiligence = z.infer<typeof dueDiligenceSchema>;

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
      /** Where the signed contract or accepted terms are: a file path or a link. */
      document: shortText,
    }),
    /** The Article 28(3) checklist, item by item; an item not yet looked at has no answer. */
    article28: z.partialRecord(z.enum(article28ItemIds), z.enum(article28Answers)),
    dueDiligence: dueDiligenceSchema,
    subProcessors: z.array(subProcessorSchema).max(200),
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
