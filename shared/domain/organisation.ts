/** The controller: who the register belongs to. */
import { z } from 'zod';
import {
  idSchema,
  longText,
  optionalDateSchema,
  shortText,
  timestampSchema,
  toConfirmSchema,
} from './common';
import { legalForms } from './enums';

/** Royal Mail postcode shape, e.g. PL25 3BA, SW1A 1AA, M1 1AE (case and spacing tolerant). */
export const UK_POSTCODE =
  /^(GIR ?0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})$/i;
/** Companies House number: 8 digits, or a 2-letter prefix (SC, NI, OC, SO, NC, R0…) and 6 digits. */
export const COMPANY_NUMBER = /^([0-9]{8}|[A-Z]{2}[0-9]{6}|R0[0-9]{6})$/i;
/** ICO registration reference: Z, then a letter or digit, then six digits (e.g. ZA065060). */
export const ICO_REGISTRATION = /^Z[A-Z0-9][0-9]{6}$/i;
/** Charity numbers: England and Wales (6–7 digits, optional -N), Scotland (SC0nnnnn), NI (NIC or 1nnnnn). */
export const CHARITY_NUMBER = /^([0-9]{6,7}(-[0-9]{1,2})?|SC0[0-9]{5}|NIC[0-9]{6}|1[0-9]{5})$/i;
/** UK phone numbers: a leading 0 or +44, then 9 or 10 more digits, spaces, brackets or dashes between. */
export const UK_PHONE = /^(\+44\s?(\(0\))?|0)[\s()-]*(\d[\s()-]*){9,10}$/;

const optionalMatching = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || pattern.test(value), message);

export const emailSchema = z.email('Enter an email address like name@example.org');
const optionalEmail = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || emailSchema.safeParse(value).success,
    'Enter an email address like name@example.org',
  );
const optionalUrl = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value),
    'Enter a web address starting https://',
  );

export const addressSchema = z.object({
  line1: shortText,
  line2: shortText,
  town: shortText,
  county: shortText,
  postcode: optionalMatching(UK_POSTCODE, 'Enter a UK postcode like PL25 3BA'),
  country: shortText,
});
export type Address = z.infer<typeof addressSchema>;

export const contactSchema = z.object({
  name: shortText,
  email: optionalEmail,
  phone: optionalMatching(UK_PHONE, 'Enter a UK phone number like 01736 339277'),
  address: shortText,
});
export type Contact = z.infer<typeof contactSchema>;

export const audienceSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Name the audience').max(120),
  description: shortText,
});
export type Audience = z.infer<typeof audienceSchema>;

export const organisationSchema = z
  .object({
    id: idSchema,
    name: z.string().trim().min(1, 'Enter the organisation’s name').max(200),
    legalForm: z.enum(legalForms),
    registeredAddress: addressSchema,
    companyNumber: optionalMatching(
      COMPANY_NUMBER,
      'A company number has 8 characters, e.g. 08896465 or SC123456',
    ),
    charityNumber: optionalMatching(
      CHARITY_NUMBER,
      'Enter a charity number like 1234567, SC012345 or NIC100000',
    ),
    icoRegistrationNumber: optionalMatching(
      ICO_REGISTRATION,
      'An ICO registration number looks like ZA065060',
    ),
    icoRenewalDate: optionalDateSchema,
    email: optionalEmail,
    phone: optionalMatching(UK_PHONE, 'Enter a UK phone number like 01736 339277'),
    website: optionalUrl,
    dpo: z.object({
      appointed: z.boolean(),
      contact: contactSchema,
      /** Why no DPO is needed (not a public authority, no large-scale monitoring or special category data). */
      reasonNotRequired: longText,
    }),
    /** UK representative (for a controller outside the UK) or EU representative (Art 27). */
    representative: z.object({ needed: z.boolean(), contact: contactSchema }),
    complaints: z.object({
      /** How a person complains to the organisation (required of every controller from 19 June 2026). */
      process: longText,
      contact: shortText,
      acknowledgeWithinDays: z.number().int().min(1).max(30),
    }),
    socialMedia: z.array(z.object({ platform: shortText, handle: shortText })).max(50),
    audiences: z
      .array(audienceSchema)
      .max(50)
      .refine(
        (list) => new Set(list.map((a) => a.id)).size === list.length,
        'Two audiences share one id',
      ),
    toConfirm: toConfirmSchema,
    updatedAt: timestampSchema,
  })
  .superRefine((org, ctx) => {
    if (org.charityNumber === '' && /charit|cio/.test(org.legalForm)) {
      ctx.addIssue({
        code: 'custom',
        path: ['charityNumber'],
        message: 'A registered charity needs its charity number',
      });
    }
    if (!org.dpo.appointed && org.dpo.reasonNotRequired.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['dpo', 'reasonNotRequired'],
        message: 'Say why you do not need a DPO',
      });
    }
  });
export type Organisation = z.infer<typeof organisationSchema>;
