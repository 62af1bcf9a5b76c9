/**
 * Assessments that justify the register: legitimate interests assessments (LIAs) and transfer
 * risk assessments (TRAs). Answers are kept by question id (shared/lia, shared/tra hold the
 * questions and rules); revising keeps every earlier revision, read-only, in `history`.
 */
import { z } from 'zod';
import { idSchema, timestampSchema, toConfirmSchema } from './common';

export const answersSchema = z.record(
  z.string().min(1).max(100),
  z.union([z.string().max(20_000), z.boolean(), z.null()]),
);
export type Answers = z.infer<typeof answersSchema>;

export const assessmentStatuses = ['draft', 'completed'] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

export const liaPaths = ['standard', 'recognised'] as const;

const liaContent = {
  path: z.enum(liaPaths),
  answers: answersSchema,
  status: z.enum(assessmentStatuses),
};

export const liaRevisionSchema = z.object({
  revision: z.number().int().positive(),
  ...liaContent,
  savedAt: timestampSchema,
});
export type LiaRevision = z.infer<typeof liaRevisionSchema>;

export const liaSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'Name the assessment').max(200),
  activityIds: z.array(idSchema).max(500),
  ...liaContent,
  revision: z.number().int().positive(),
  /** Earlier revisions, oldest first. */
  history: z.array(liaRevisionSchema).max(200),
  toConfirm: toConfirmSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Lia = z.infer<typeof liaSchema>;

const traContent = {
  answers: answersSchema,
  status: z.enum(assessmentStatuses),
};

export const traRevisionSchema = z.object({
  revision: z.number().int().positive(),
  ...traContent,
  savedAt: timestampSchema,
});
export type TraRevision = z.infer<typeof traRevisionSchema>;

export const traSchema = z.object({
  id: idSchema,
  transferId: idSchema,
  ...traContent,
  revision: z.number().int().positive(),
  history: z.array(traRevisionSchema).max(200),
  toConfirm: toConfirmSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Tra = z.infer<typeof traSchema>;
