/**
 * The register file (*.ropa.json): the portable form of a whole register. An envelope with a
 * format name, a schema version, the export time and a SHA-256 of the canonical register.
 */
import { registerSchema, type Register } from '../domain/register';
import { safeFileName } from '../util/file-name';
import { hashOf } from '../util/hash';
import { describeIssues, RegisterFileError } from './issues';

export const REGISTER_FORMAT = 'ropa-desk.register';
export const CURRENT_SCHEMA_VERSION = 5;
export const REGISTER_FILE_EXTENSION = '.ropa.json';

export interface RegisterFile {
  format: typeof REGISTER_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  generator: string;
  checksum: string;
  register: Register;
}

export const registerChecksum = async (register: unknown): Promise<string> =>
  `sha256:${await hashOf(register)}`;

/** Builds the file text for `register`. Validates first so that no file we write is unreadable. */
export async function writeRegisterFile(
  register: Register,
  exportedAt: string,
  generator: string,
): Promise<string> {
  const parsed = registerSchema.safeParse(register);
  if (!parsed.success) {
    throw new RegisterFileError(
      'invalid',
      `The register cannot be written to a file until this is put right — ${describeIssues(parsed.error)}.`,
    );
  }
  const valid = parsed.data;
  const file: RegisterFile = {
    format: REGISTER_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt,
    generator,
    checksum: await registerChecksum(valid),
    register: valid,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A short name for a register file: "Konnect Communities C.I.C. 2026-11-25.ropa.json". */
export function registerFileName(organisationName: string | undefined, date: string): string {
  const base = safeFileName(organisationName ?? 'Register', 80);
  return `${base || 'Register'} ${date}${REGISTER_FILE_EXTENSION}`;
}
