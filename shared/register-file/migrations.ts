/**
 * Forward migrations of the register file, one per schema step: migrations[n] turns a
 * schema-n register into a schema-(n+1) one. Released steps are never edited; each has a
 * fixture file of its schema in tests/unit/shared/register-file/fixtures.
 */
export type Migration = (register: unknown) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const migrations: Readonly<Record<number, Migration>> = {
  /** Schema 2 adds legitimate interests and transfer risk assessments, none at first. */
  1: (register) => (isRecord(register) ? { ...register, lias: [], tras: [] } : register),
};
