/**
 * Reading a register file: every way it can be wrong gets its own plain message, and nothing
 * is returned unless the whole file is valid. Older schema versions are migrated forward.
 */
import { ZodArray } from 'zod';
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

/** Larger files are refused before parsing (a register of 10,000 activities is about 40 MB). */
export const MAX_REGISTER_FILE_BYTES = 200 * 1024 * 1024;
const MAX_NESTING = 64;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > max) max = depth;
      if (max > MAX_NESTING) return max;
    } else if (c === 125 || c === 93) depth -= 1;
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

/**
 * Zod describes every wrong value, so a few megabytes of wrong records would take minutes and
 * gigabytes to refuse. Each record is checked alone first, stopping at the first wrong one.
 */
function checkRecordByRecord(register: Record<string, unknown>): void {
  const tooLarge = (path: PropertyKey[]) =>
    invalidRegister([{ path, message: 'holds far more than any record can' }]);
  if (isOversized(register.organisation)) throw tooLarge(['organisation']);
  for (const { table, record } of recordSchemas) {
    const rows = register[table];
    // Anything but a list is named by the whole-register check.
    if (!Array.isArray(rows)) continue;
    for (const [index, row] of rows.entries()) {
      if (isOversized(row)) throw tooLarge([table, index]);
      const parsed = record.safeParse(row);
      if (!parsed.success) {
        throw invalidRegister(
          parsed.error.issues.map((issue) => ({ ...issue, path: [table, index, ...issue.path] })),
        );
      }
    }
  }
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
  const migrated = migrateRegister(json.register, version);
  if (isRecord(migrated)) checkRecordByRecord(migrated);
  const parsed = registerSchema.safeParse(migrated);
  if (!parsed.success) throw invalidRegister(parsed.error.issues);
  return {
    register: parsed.data,
    schemaVersion: version,
    migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version,
    exportedAt: json.exportedAt,
    checksum: json.checksum,
  };
}
