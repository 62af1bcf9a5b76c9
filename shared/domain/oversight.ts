/**
 * Keeping the register under watch: findings accepted as known risks (until an expiry), and
 * the reviews recorded against any record.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, longText, optionalDateSchema, timestampSchema } from './common';

/** Every kind of record a finding, a review or an accepted risk can be about. */
export const recordKinds = [
  'organisation',
  'activity',
  'thirdParty',
  'transfer',
  'lia',
  'tra',
  'notice',
  'breach',
  'rightsRequest',
  'complaint',
] as const;
export type RecordKind = (typeof recordKinds)[number];

/** How each kind of record is named, one and many, wherever the app or the CLI lists them. */
export const recordKindNames: Record<RecordKind, { one: string; many: string }> = {
  organisation: { one: 'Organisation', many: 'Organisations' },
  activity: { one: 'Activity', many: 'Activities' },
  thirdParty: { one: 'Third party', many: 'Third parties' },
  transfer: { one: 'Transfer', many: 'Transfers' },
  lia: { one: 'Legitimate interests assessment', many: 'Legitimate interests assessments' },
  tra: { one: 'Transfer risk assessment', many: 'Transfer risk assessments' },
  notice: { one: 'Privacy notice', many: 'Privacy notices' },
  breach: { one: 'Breach', many: 'Breaches' },
  rightsRequest: { one: 'Rights request', many: 'Rights requests' },
  complaint: { one: 'Complaint', many: 'Complaints' },
};

/** The records whose review the register tracks (a notice by its audience id, or 'all'). */
export const reviewableKinds = [
  'activity',
  'thirdParty',
  'transfer',
  'lia',
  'tra',
  'notice',
] as const;
export type ReviewableKind = (typeof reviewableKinds)[number];

export const acceptedRiskSchema = z
  .object({
    id: idSchema,
    /** The finding accepted: its rule, and the record (and field) it was about. */
    ruleId: z.string().min(1).max(100),
    recordKind: z.enum(recordKinds),
    recordId: idSchema,
    field: z.string().max(100).nullable(),
    /** The finding's message when it was accepted, so the record reads on after it changes. */
    message: z.string().max(2000),
    reason: z.string().trim().min(1, 'Say why the organisation accepts this risk').max(5000),
    acceptedBy: z.string().trim().min(1, 'Say who accepted it').max(200),
    acceptedOn: isoDateSchema,
    /** The finding counts again from this day. */
    expiresOn: isoDateSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((risk) => risk.expiresOn > risk.acceptedOn, {
    path: ['expiresOn'],
    message: 'The expiry must be after the day it was accepted',
  });
export type AcceptedRisk = z.infer<typeof acceptedRiskSchema>;

export const reviewSchema = z
  .object({
    id: idSchema,
    recordKind: z.enum(reviewableKinds),
    recordId: idSchema,
    reviewedOn: isoDateSchema,
    reviewedBy: z.string().trim().min(1, 'Say who reviewed it').max(200),
    notes: longText,
    /** When it is next due; null when no further review is planned (e.g. a retired record). */
    nextReview: optionalDateSchema,
    createdAt: timestampSchema,
  })
  .refine((review) => review.nextReview === null || review.nextReview > review.reviewedOn, {
    path: ['nextReview'],
    message: 'The next review must be after this one',
  });
export type Review = z.infer<typeof reviewSchema>;
