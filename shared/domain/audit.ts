/** An append-only, hash-chained record of every change to the register. */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

export const auditEntities = [
  'organisation',
  'activity',
  'thirdParty',
  'transfer',
  'lia',
  'tra',
  'notice',
  'acceptedRisk',
  'review',
  'breach',
  'rightsRequest',
  'complaint',
  'register',
] as const;
export type AuditEntity = (typeof auditEntities)[number];
export const auditActions = ['create', 'update', 'delete', 'import', 'restore'] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEventSchema = z.object({
  /** Position in the chain, from 1. */
  seq: z.number().int().positive(),
  at: timestampSchema,
  actor: z.string().max(200),
  entity: z.enum(auditEntities),
  entityId: idSchema,
  action: z.enum(auditActions),
  /** A short human summary, e.g. "Retired activity “Newsletter”". */
  summary: z.string().max(500),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** SHA-256 (hex) of the previous event, or 64 zeros for the first. */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 (hex) of this event's canonical content including prevHash. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const GENESIS_HASH = '0'.repeat(64);
