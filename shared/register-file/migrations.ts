/**
 * Forward migrations of the register file, one per schema step: migrations[n] turns a
 * schema-n register into a schema-(n+1) one. Released steps are never edited.
 */
export type Migration = (register: unknown) => unknown;

export const migrations: Readonly<Record<number, Migration>> = {};
