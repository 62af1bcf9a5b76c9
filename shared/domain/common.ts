/** Building blocks shared by every record schema. */
import { z } from 'zod';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(customParseFormat);

export const idSchema = z.string().min(1).max(64);

/** A calendar date as YYYY-MM-DD that really exists (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD')
  .refine((value) => dayjs(value, 'YYYY-MM-DD', true).isValid(), 'This date does not exist');

export const optionalDateSchema = isoDateSchema.nullable();

/** An instant, as produced by Date.prototype.toISOString. */
export const timestampSchema = z.iso.datetime({ offset: true });

export const shortText = z.string().trim().max(300);
export const longText = z.string().max(20_000);
export const textList = z.array(z.string().trim().min(1).max(500)).max(500);

/** Field paths a person still has to check ("to confirm"), e.g. "lawfulBasis". */
export const toConfirmSchema = z.array(z.string().min(1).max(100)).max(100);

export const newId = (): string => crypto.randomUUID();
