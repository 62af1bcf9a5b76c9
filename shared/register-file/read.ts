/**
 * Reading a register file: every way it can be wrong gets its own plain message, and nothing
 * is returned unless the whole file is valid. Older schema versions are migrated forward.
 */
import { z, ZodArray } from 'zod';
import { registerSchema, type Register } from '../domain/register';
import { CURRENT_SCHEMA_VERSION, REGISTER_FORMAT, registerChecksum } from './format';
import { describeIssues, RegisterFileError } from './issues';

export { RegisterFileError, type RegisterFileProblem } from './issues';
import { migrations, type Migration } from './migrations';

export interface ReadResult {
  register: Register;
  schemaVersion: number;
  migratedFrom: number | null;
  exportedAt: string;
  checksum: string;
}

/**
 * A User Timing mark where reading a register file (its text parsed, its checksum matched) ends
 * and checking its records begins: DevTools' performance panel, and the bench, show an import's
 * own work — validation, audit event, the one transaction — from here.
 */
export const FILE_READ_MARK = 'ropa-desk:register-file-read';

/** Larger files are refused before parsing (a register of 10,000 activities is about 40 MB). */
export const MAX_REGISTER_FILE_BYTES = 200 * 1024 * 1024;
const MAX_NESTING = 64;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Outside strings only brackets and quotes matter; each string is skipped whole with indexOf.
const structural = /[[\]{}"]/g;

/** The index just past the string opening at `start`, or -1 when it is never closed. */
function stringEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes += 1;
    if (backslashes % 2 === 0) return end + 1;
  }
}

/**
 * The deepest nesting of arrays and objects, scanned before JSON.parse so that a hostile file
 * cannot blow the stack of anything that walks the parsed value.
 */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  structural.lastIndex = 0;
  for (let match = structural.exec(text); match; match = structural.exec(text)) {
    const c = text.charCodeAt(match.index);
    if (c === 34) {
      const end = stringEnd(text, match.index);
      if (end < 0) return max;
      structural.lastIndex = end;
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > max) max = depth;
      if (max > MAX_NESTING) return max;
    } else depth -= 1;
  }
  return max;
}

/**
 * JSON.parse accepts what canonical JSON cannot hash: numbers beyond a double (1e400 becomes
 * Infinity) and lone UTF-16 surrogates ("\ud800"). No exported file holds either.
 */
async function checksumOfParsed(register: unknown): Promise<string> {
  try {
    return await registerChecksum(register);
  } catch {
    throw new RegisterFileError(
      'invalid',
      'The file holds a number too large to store or broken text (a lone surrogate), so it was not written by Ropa Desk or was damaged. Try the backup copy or export it again.',
    );
  }
}

/** Far more values than any one record holds (a notice version's 10,000 facts are about 60,000). */
const MAX_VALUES_PER_RECORD = 200_000;

function isOversized(record: unknown): boolean {
  let count = 0;
  const pending: unknown[] = [record];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    const children: unknown[] = Array.isArray(next) ? next : Object.values(next);
    count += children.length;
    if (count > MAX_VALUES_PER_RECORD) return true;
    for (const child of children) pending.push(child);
  }
  return false;
}

type Issues = readonly { path: readonly PropertyKey[]; message: string }[];

const invalidRegister = (issues: Issues): RegisterFileError =>
  new RegisterFileError(
    'invalid',
    `The register in the file is not valid — ${describeIssues({ issues })}. Correct it in the copy it came from and export it again, or try the backup copy.`,
  );

const recordSchemas = Object.entries(registerSchema.shape).flatMap(([table, schema]) =>
  schema instanceof ZodArray ? [{ table, record: schema.element }] : [],
);

type RecordTable = Exclude<keyof Register, 'organisation'>;

/**
 * The register's own checks across records (unique ids, links, audit order) over records that
 * are already parsed, so no record is validated twice.
 */
const linksSchema = registerSchema.safeExtend(
  Object.fromEntries(recordSchemas.map(({ table }) => [table, z.array(z.custom())])) as {
    [T in RecordTable]: z.ZodArray<z.ZodCustom<Register[T][number], Register[T][number]>>;
  },
);

/**
 * Zod describes every wrong value, so a few megabytes of wrong records would take minutes and
 * gigabytes to refuse. Each record is parsed alone, stopping at the first wrong one; the parsed
 * records replace the file's.
 */
function parseRecordByRecord(register: Record<string, unknown>): Record<string, unknown> {
  const tooLarge = (path: PropertyKey[]) =>
    invalidRegister([{ path, message: 'holds far more than any record can' }]);
  if (isOversized(register.organisation)) throw tooLarge(['organisation']);
  const parsedRecords: Record<string, unknown> = { ...register };
  for (const { table, record } of recordSchemas) {
    const rows = register[table];
    // Anything but a list is named by the links check, as the whole register's schema names it.
    if (!Array.isArray(rows)) continue;
    const parsedRows = new Array<unknown>(rows.length);
    for (const [index, row] of rows.entries()) {
      if (isOversized(row)) throw tooLarge([table, index]);
      const parsed = record.safeParse(row);
      if (!parsed.success) {
        throw invalidRegister(
          parsed.error.issues.map((issue) => ({ ...issue, path: [table, index, ...issue.path] })),
        );
      }
      parsedRows[index] = parsed.data;
    }
    parsedRecords[table] = parsedRows;
  }
  return parsedRecords;
}

/** Validates a migrated register once: record by record, then what links the records. */
function validRegister(migrated: unknown): Register {
  if (!isRecord(migrated)) {
    const parsed = registerSchema.safeParse(migrated);
    if (!parsed.success) throw invalidRegister(parsed.error.issues);
    return parsed.data;
  }
  const parsed = linksSchema.safeParse(parseRecordByRecord(migrated));
  if (!parsed.success) throw invalidRegister(parsed.error.issues);
  return parsed.data;
}

/** Applies each step from `fromVersion` up to `toVersion` in turn. */
export function migrateRegister(
  data: unknown,
  fromVersion: number,
  toVersion = CURRENT_SCHEMA_VERSION,
  steps: Readonly<Record<number, Migration>> = migrations,
): unknown {
  let current = data;
  for (let v = fromVersion; v < toVersion; v += 1) {
    const step = steps[v];
    if (!step)
      throw new RegisterFileError(
        'unknown-version',
        `No migration from register schema ${v} exists.`,
      );
    current = step(structuredClone(current));
  }
  return current;
}

export async function readRegisterFile(input: string): Promise<ReadResult> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '')
    throw new RegisterFileError(
      'empty',
      'The file is empty: it holds no register. Choose the register file again, or a backup copy.',
    );
  if (text.length > MAX_REGISTER_FILE_BYTES) {
    throw new RegisterFileError(
      'too-large',
      'The file is larger than 200 MB, far beyond any register: it is not a Ropa Desk register file. Choose a file exported from Ropa Desk (*.ropa.json).',
    );
  }
  if (nestingDepth(text) > MAX_NESTING) {
    throw new RegisterFileError(
      'not-a-register',
      'The file nests data far deeper than a register does: it is not a Ropa Desk register file. Choose a file exported from Ropa Desk (*.ropa.json).',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON never holds a raw NUL; UTF-16 text of a JSON file is full of them.
    if (text.includes('\u0000')) {
      throw new RegisterFileError(
        'not-json',
        'The file is saved as UTF-16 text, not as the UTF-8 JSON of a register file. Save it again as UTF-8, or export it again from Ropa Desk.',
      );
    }
    throw new RegisterFileError(
      'not-json',
      'The file is not valid JSON: it may be truncated or damaged. Try the backup copy or export it again.',
    );
  }
  if (!isRecord(json) || json.format !== REGISTER_FORMAT) {
    throw new RegisterFileError(
      'not-a-register',
      'This is not a Ropa Desk register file (its format name is missing or different). Choose a file exported from Ropa Desk (*.ropa.json).',
    );
  }
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new RegisterFileError(
      'unknown-version',
      'The file has no valid schema version, so it cannot be read safely. Try the backup copy or export it again.',
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new RegisterFileError(
      'newer-version',
      `The file was written by a newer Ropa Desk (register schema ${version}); this version reads schema ${CURRENT_SCHEMA_VERSION} and older. Update Ropa Desk to open it.`,
    );
  }
  if (
    typeof json.checksum !== 'string' ||
    typeof json.exportedAt !== 'string' ||
    !isRecord(json.register)
  ) {
    throw new RegisterFileError(
      'invalid',
      'The file is missing its checksum, export time or register: it is incomplete. Try the backup copy or export it again.',
    );
  }
  // The checksum covers the register as written, before any migration.
  if ((await checksumOfParsed(json.register)) !== json.checksum) {
    throw new RegisterFileError(
      'checksum-mismatch',
      'The file’s checksum does not match its content: it was changed or damaged after export. Nothing was imported. Try the backup copy or export it again.',
    );
  }
  performance.mark(FILE_READ_MARK);
  const register = validRegister(migrateRegister(json.register, version));
  return {
    register,
    schemaVersion: version,
    migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version,
    exportedAt: json.exportedAt,
    checksum: json.checksum,
  };
}
