/** A processing activity: one row of the Article 30(1) record. */
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
import { screeningItemIds } from '../dpia/screening';
import {
  activityStatuses,
  art9Conditions,
  dpiaScreenings,
  dpiaStatuses,
  lawfulBases,
  marketingBases,
  marketingChannels,
  recognisedLegitimateInterests,
  schedule1Conditions,
  specialCategories,
} from './enums';

export const retentionSchema = z.object({
  /** How long, in words a person reads: "7 years", "Engagement plus up to 20 years". */
  period: shortText,
  /** What starts the clock: "end of the financial year of the purchase". */
  trigger: shortText,
  /** Why that long: a law, guidance, a funder's stipulation. */
  justification: longText,
  /** How it is disposed of: deletion, shredding. */
  disposal: shortText,
  /** Where the retention and erasure policy document is (ICO column 28). */
  policyDocument: shortText,
  /** Whether data is retained and erased as the policy says (ICO column 29); null when unknown. */
  followsPolicy: z.boolean().nullable(),
  /** Why not, if it does not (ICO column 30). */
  notFollowingReason: longText,
});
export type Retention = z.infer<typeof retentionSchema>;

export const marketingSchema = z.object({
  /** Whether this activity sends electronic direct marketing (PECR). */
  electronic: z.boolean(),
  channels: z.array(z.enum(marketingChannels)).max(10),
  basis: z.enum(marketingBases).nullable(),
  /** How a person opts out when their details are collected and in every message. */
  optOut: longText,
});
export type Marketing = z.infer<typeof marketingSchema>;

export const activitySchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Name the activity').max(200),
  businessFunction: shortText,
  description: longText,
  purposes: textList,
  dataSubjects: textList,
  personalData: textList,
  specialCategories: z.array(z.enum(specialCategories)).max(10),
  criminalOffenceData: z.boolean(),
  sources: textList,
  /** True when all the data comes from the person themselves (so Art 13, not Art 14, applies). */
  collectedFromIndividual: z.boolean(),
  lawfulBasis: z.enum(lawfulBases).nullable(),
  lawfulBasisDetail: longText,
  /** For legitimate interests: what the interest is (ICO column 14). */
  legitimateInterest: longText,
  recognisedInterest: z.enum(recognisedLegitimateInterests).nullable(),
  art9Condition: z.enum(art9Conditions).nullable(),
  schedule1Condition: z.enum(schedule1Conditions).nullable(),
  appropriatePolicyDocument: shortText,
  /** For criminal offence data: official authority or the Schedule 1 condition relied on. */
  criminalDataAuthority: longText,
  jointController: shortText,
  /** Third parties that receive data in this activity (processors and other recipients). */
  recipientIds: z.array(idSchema).max(500),
  /** Recipients described by category where no single organisation is named. */
  recipientCategories: textList,
  retention: retentionSchema,
  securityMeasures: longText,
  systems: textList,
  /** Where the data is held (ICO column 20), to find it for an access request. */
  locations: textList,
  automatedDecisions: z.object({ exists: z.boolean(), details: longText }),
  dpia: z.object({
    screening: z.enum(dpiaScreenings),
    /** The ICO screening checklist, item by item (true is "yes"); unanswered items are absent. */
    answers: z.partialRecord(z.enum(screeningItemIds), z.boolean()),
    /** Why a DPIA is or is not needed, beyond the checklist. */
    notes: longText,
    status: z.enum(dpiaStatuses),
    link: shortText,
  }),
  /** Where the record of consent is kept (ICO column 19). */
  consentRecord: shortText,
  marketing: marketingSchema,
  /** Whether the person must give the data by law or contract, and what happens if not. */
  requirement: longText,
  audienceIds: z.array(idSchema).max(50),
  funderIds: z.array(idSchema).max(100),
  programmes: textList,
  owner: shortText,
  status: z.enum(activityStatuses),
  lastReviewed: optionalDateSchema,
  nextReview: optionalDateSchema,
  internalNotes: longText,
  toConfirm: toConfirmSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Activity = z.infer<typeof activitySchema>;
