/** What every command shares: exit codes, the usage text, and how failures are worded. */
import { parseArgs } from 'node:util';
import {
  decryptRegisterBytes,
  isEncryptedRegister,
  ProtectedFileError,
} from '../../shared/register-file/encryption';
import {
  readRegisterFile,
  RegisterFileError,
  type ReadResult,
} from '../../shared/register-file/read';
import { CliFsError, type CliIo } from './io';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
/** `check --fail-on`: findings at or above the threshold were found. */
export const EXIT_FINDINGS = 3;
export type ExitCode =
  typeof EXIT_OK | typeof EXIT_BAD_INPUT | typeof EXIT_USAGE | typeof EXIT_FINDINGS;

export const PROGRAM = 'ropa-desk';

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  example --out FILE [--force]   Write the Konnect Communities example register to FILE
  validate FILE                  Check a register file and print a one-line summary
  notice FILE --out OUT [--format md|html|pdf|txt] [--audience ID] [--version N] [--force]
                                 Write the privacy notice from a register file to OUT
  check FILE [--json] [--fail-on high|medium|low] [--date YYYY-MM-DD]
                                 Run the compliance checks and print the findings by severity
  report ropa|third-parties|transfers|retention|lia|funder|audit-pack FILE --out OUT.pdf
         [--id ID] [--funder NAME [--programme P]] [--confidential] [--internal-notes] [--force]
                                 Write a PDF report from a register file to OUT.pdf
  export-xlsx FILE --out OUT.xlsx [--force]
                                 Write the register as the ICO's documentation template
  import-xlsx IN.xlsx|IN.csv --out FILE [--force]
                                 Read an ICO-style spreadsheet into a new register file,
                                 printing what it read and every row it could not read
  protect FILE --out OUT [--force]
                                 Write the register protected with the passphrase in
                                 ROPA_DESK_PASSPHRASE (at least 12 characters)
  unprotect FILE --out OUT [--force]
                                 Write a protected register as a plain register file

Options:
  --force      Replace the output file if it already exists (example, notice, export-xlsx,
               import-xlsx, protect, unprotect, report)

A protected register file is read by every command when ROPA_DESK_PASSPHRASE holds its
passphrase.
  --format     md, html, pdf or txt; taken from OUT's extension when left out (notice)
  --audience   The audience's id; left out, one notice covering every audience (notice)
  --version    A published version's number; left out, the current draft (notice)
  --json       Print the findings as JSON (check)
  --fail-on    Exit with 3 when any finding at or above this severity is open (check)
  --date       The day to check for; left out, today in the UK (check)
  --id         The legitimate interests assessment's id (report lia)
  --funder     The funder's name (any case) or id (report funder)
  --programme  One of the programmes on the funder's activities; left out, all (report funder)
  --confidential    Mark the report CONFIDENTIAL on its title page and every page (report)
  --internal-notes  Include the records' internal notes, left out by default (report)
  -h, --help   Show this help

The checks use the UK adequacy list shipped with Ropa Desk; findings the register accepts as
known risks (until their expiry) are left out and counted.

Exit codes: 0 success, 1 bad or unreadable file, 2 wrong usage, 3 findings at or above --fail-on.
`;

export function describeFsError(error: CliFsError, reading: boolean): string {
  const verb = reading ? 'cannot read' : 'cannot write';
  switch (error.problem) {
    case 'not-found':
      return `${verb} ${error.path}: no such file`;
    case 'no-folder':
      return `${verb} ${error.path}: the folder does not exist`;
    case 'exists':
      return `${error.path} already exists; add --force to replace it`;
    case 'is-directory':
      return `${verb} ${error.path}: it is a folder, not a file`;
    case 'too-large':
      return `${verb} ${error.path}: the file is larger than any register could be`;
    case 'denied':
      return `${verb} ${error.path}: permission denied`;
    case 'other':
      return `${verb} ${error.path}: ${error.message}`;
  }
}

export function usageError(io: CliIo, message: string): ExitCode {
  io.stderr(`${PROGRAM}: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

/** The one FILE a command takes, or the exit code of the usage error it reported. */
export function oneFile(
  positionals: readonly string[],
  io: CliIo,
  command: string,
  what: string,
): string | ExitCode {
  const [path, ...extra] = positionals;
  if (path === undefined) return usageError(io, `${command} needs ${what}`);
  if (extra.length > 0)
    return usageError(io, `${command} takes one FILE, not ${positionals.length}`);
  return path;
}

/** What a "FILE --out OUT [--force]" command was asked to do. */
export interface FileToOut {
  path: string;
  out: string;
  force: boolean;
}

/**
 * Parses "COMMAND FILE --out OUT [--force] [--help]": the request, or the exit code of the help
 * or usage error it printed. `what` names the FILE and `outName` the OUT in messages.
 */
export function parseFileToOut(
  args: string[],
  io: CliIo,
  spec: { command: string; what: string; outName: string },
): FileToOut | ExitCode {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const path = oneFile(positionals, io, spec.command, spec.what);
  if (typeof path !== 'string') return path;
  const out = values.out;
  if (out === undefined || out.trim() === '') {
    return usageError(io, `${spec.command} needs --out ${spec.outName}`);
  }
  return { path, out, force: values.force === true };
}

/** Bad input: one line on stderr, exit 1. */
export function inputError(io: CliIo, message: string): ExitCode {
  io.stderr(`${PROGRAM}: ${message}\n`);
  return EXIT_BAD_INPUT;
}

export const PASSPHRASE_VARIABLE = 'ROPA_DESK_PASSPHRASE';

/** A register file's text, unprotected with the passphrase when it is protected. */
async function registerText(text: string, io: CliIo): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (!isEncryptedRegister(bytes)) return text;
  if (io.passphrase === undefined) {
    throw new PassphraseNeeded(
      `the file is protected with a passphrase: set ${PASSPHRASE_VARIABLE} to it and run the command again`,
    );
  }
  return new TextDecoder().decode(await decryptRegisterBytes(bytes, io.passphrase));
}

class PassphraseNeeded extends Error {}

/**
 * Reads and fully validates a register file, protected or not. On failure it reports one line
 * (which file, what is wrong) and returns null; anything but a file, passphrase or format
 * problem is a bug and is thrown.
 */
export async function readRegisterOrReport(path: string, io: CliIo): Promise<ReadResult | null> {
  try {
    return await readRegisterFile(await registerText(await io.fs.readText(path), io));
  } catch (error) {
    if (error instanceof CliFsError) inputError(io, describeFsError(error, true));
    else if (
      error instanceof RegisterFileError ||
      error instanceof ProtectedFileError ||
      error instanceof PassphraseNeeded
    ) {
      inputError(io, `${path}: ${error.message}`);
    } else throw error;
    return null;
  }
}

/** Writes text or bytes; on failure reports one line and returns false. */
export async function writeOrReport(
  io: CliIo,
  path: string,
  data: string | Uint8Array,
  overwrite: boolean,
): Promise<boolean> {
  try {
    if (typeof data === 'string') await io.fs.writeTextAtomic(path, data, { overwrite });
    else await io.fs.writeBytesAtomic(path, data, { overwrite });
    return true;
  } catch (error) {
    if (!(error instanceof CliFsError)) throw error;
    inputError(io, describeFsError(error, false));
    return false;
  }
}
