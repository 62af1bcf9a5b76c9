/**
 * After the preview: a person's correction of one reading, and the register with the plan's
 * records added — pure, validated, written by the caller in one transaction.
 */
import { registerSchema, type Register } from '../../domain/register';
import type { ImportPlan, Reading } from './contract';

const booleanPaths = new Set([
  'criminalOffenceData',
  'collectedFromIndividual',
  'automatedDecisions.exists',
]);
const nullableBooleanPaths = new Set(['retention.followsPolicy']);
const nullableEnumPaths = new Set([
  'lawfulBasis',
  'art9Condition',
  'schedule1Condition',
  'recognisedInterest',
  'mechanism',
]);
const listPaths = new Set(['specialCategories', 'destinations']);

/** The value a reading's text stands for in the record's field. */
function fieldValue(path: string, value: string): unknown {
  if (booleanPaths.has(path)) return value === 'true';
  if (nullableBooleanPaths.has(path)) return value === 'unknown' ? null : value === 'true';
  if (nullableEnumPaths.has(path)) return value === '' || value === 'none' ? null : value;
  if (listPaths.has(path))
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  return value;
}

/** A copy of `record` with `path` ("dpia.status") set to `value`. */
function setPath<T extends object>(record: T, path: string, value: unknown): T {
  const [head = '', ...rest] = path.split('.');
  const current = (record as Record<string, unknown>)[head];
  const next =
    rest.length === 0 ? value : setPath((current ?? {}) as object, rest.join('.'), value);
  return { ...record, [head]: next };
}

function corrected<T extends { id: string; toConfirm: string[] }>(
  records: T[],
  reading: Reading,
  value: string,
): T[] {
  // A note kept in the internal notes is confirmed, not replaced: other notes share the field.
  const keep = reading.path === 'internalNotes';
  return records.map((record) =>
    record.id === reading.recordId
      ? {
          ...(keep ? record : setPath(record, reading.path, fieldValue(reading.path, value))),
          toConfirm: record.toConfirm.filter((path) => path !== reading.path),
        }
      : record,
  );
}

/**
 * Sets the person's value for a reading in its record and takes the path off the record's
 * "to confirm" list. With choices, `value` must be one of them (throws otherwise); booleans are
 * 'true' / 'false' ('unknown' where the field allows), lists (special categories, destinations)
 * comma-separated codes, text fields the text; a reading about the internal notes is confirmed
 * as it stands.
 */
export function correctReading(plan: ImportPlan, readingId: string, value: string): ImportPlan {
  const reading = plan.readings.find((r) => r.id === readingId);
  if (!reading) throw new RangeError(`No reading ${readingId} in this import`);
  if (reading.choices && !reading.choices.some((choice) => choice.value === value)) {
    throw new RangeError(`“${value}” is not one of the choices for ${reading.path}`);
  }
  const label = reading.choices?.find((choice) => choice.value === value)?.label;
  const readings = plan.readings.map((r) =>
    r.id === readingId
      ? { ...r, value, reading: label ?? (reading.path === 'internalNotes' ? r.reading : value) }
      : r,
  );
  switch (reading.recordKind) {
    case 'activity':
      return { ...plan, readings, activities: corrected(plan.activities, reading, value) };
    case 'thirdParty':
      return { ...plan, readings, thirdParties: corrected(plan.thirdParties, reading, value) };
    case 'transfer':
      return { ...plan, readings, transfers: corrected(plan.transfers, reading, value) };
  }
}

/** The register with the plan's records added; the organisation only when it had none. Throws a ZodError if invalid. */
export function applyImport(register: Register, plan: ImportPlan): Register {
  return registerSchema.parse({
    ...register,
    organisation: register.organisation ?? plan.organisation,
    activities: [...register.activities, ...plan.activities],
    thirdParties: [...register.thirdParties, ...plan.thirdParties],
    transfers: [...register.transfers, ...plan.transfers],
  });
}
