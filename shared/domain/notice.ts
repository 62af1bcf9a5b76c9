/**
 * Privacy notices. A notice is composed from the register (shared/notice) as a document of
 * sections; the organisation may put any section, and the introduction, in its own words. A
 * draft holds only those words; publishing freezes the whole document as a numbered version
 * with its SHA-256, never edited afterwards.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, longText, shortText, timestampSchema } from './common';

export const noticeBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string().max(20_000) }),
  z.object({ kind: z.literal('list'), items: z.array(z.string().max(5_000)).max(2_000) }),
  /** A heading inside a section, e.g. one per way data is collected. */
  z.object({ kind: z.literal('subheading'), text: z.string().max(500) }),
]);
export type NoticeBlock = z.infer<typeof noticeBlockSchema>;

/** The sections of a notice, in the order UK notices are read. Ids are stored: never change them. */
export const noticeSectionIds = [
  'who-we-are',
  'what-we-collect',
  'lawful-bases',
  'sharing',
  'transfers',
  'retention',
  'marketing',
  'your-rights',
  'withdraw-consent',
  'automated-decisions',
  'sources',
  'requirement',
  'complaints',
  'changes',
  'legislation',
] as const;
export type NoticeSectionId = (typeof noticeSectionIds)[number];

export const noticeSectionSchema = z.object({
  id: z.enum(noticeSectionIds),
  title: shortText,
  blocks: z.array(noticeBlockSchema).max(5_000),
});
export type NoticeSection = z.infer<typeof noticeSectionSchema>;

/** A whole notice as a person reads it: what every output format (HTML, PDF, text) renders. */
export const noticeDocumentSchema = z.object({
  title: shortText,
  organisationName: shortText,
  /** The audience it speaks to, or null for one notice covering every audience. */
  audienceName: shortText.nullable(),
  /** The date the notice states it was last updated, as YYYY-MM-DD. */
  lastUpdated: isoDateSchema,
  introduction: z.array(noticeBlockSchema).max(200),
  sections: z.array(noticeSectionSchema).max(noticeSectionIds.length),
});
export type NoticeDocument = z.infer<typeof noticeDocumentSchema>;

/**
 * The organisation's own words for one part of a notice, with the SHA-256 of what the app
 * composed for that part when they wrote them: when the composed part changes, their words
 * are kept and the app shows that they may no longer match the register.
 */
export const noticeWordingSchema = z.object({
  text: longText,
  composedHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type NoticeWording = z.infer<typeof noticeWordingSchema>;

/** One statement of substance a notice makes, compared between versions to say what changed. */
export const noticeFactSchema = z.object({
  /** Stable across versions, e.g. "retention:act-client-records". */
  key: z.string().min(1).max(300),
  /** What the statement is about, e.g. "How long we keep client records". */
  label: z.string().max(500),
  value: z.string().max(20_000),
});
export type NoticeFact = z.infer<typeof noticeFactSchema>;

/** One Article 13/14 item as judged when a version was published (shared/notice/checklist). */
export const noticeChecklistItemSchema = z.object({
  number: z.number().int().min(1).max(16),
  requirement: z.string().max(300),
  status: z.enum(['covered', 'missing', 'not-applicable']),
  reason: z.string().max(5_000),
  sectionId: z.enum(noticeSectionIds).nullable(),
});

export const noticeDraftSchema = z.object({
  id: idSchema,
  /** The audience this notice is for, or null for one notice covering every audience. */
  audienceId: idSchema.nullable(),
  introduction: noticeWordingSchema.nullable(),
  wording: z.partialRecord(z.enum(noticeSectionIds), noticeWordingSchema),
  /** Whether the sharing section names each processor, not only its category. */
  nameProcessors: z.boolean(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type NoticeDraft = z.infer<typeof noticeDraftSchema>;

export const noticeVersionSchema = z.object({
  id: idSchema,
  audienceId: idSchema.nullable(),
  /** 1, 2, 3… for each audience (and for the all-audiences notice) separately. */
  number: z.number().int().positive(),
  effectiveDate: isoDateSchema,
  publishedAt: timestampSchema,
  /** The "what changed" note the organisation published with it. */
  changeNote: longText,
  document: noticeDocumentSchema,
  facts: z.array(noticeFactSchema).max(10_000),
  /** The Article 13/14 checklist as it stood at publication: what this version covered. */
  checklist: z.array(noticeChecklistItemSchema).max(16),
  /** SHA-256 (hex) of the canonical JSON of `document`. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type NoticeVersion = z.infer<typeof noticeVersionSchema>;
export type NoticeChecklistItem = z.infer<typeof noticeChecklistItemSchema>;
