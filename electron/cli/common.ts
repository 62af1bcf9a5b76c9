/** What every command shares: exit codes, the usage text, and how failures are worded. */
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
  report ropa|third-parties|transfers|retention|lia FILE --out OUT.pdf [--id ID]
         [--confidential] [--internal-notes] [--force]
                                 Write a PDF report from a register file to OUT.pdf
  export-xlsx FILE --out OUT.xlsx [--force]
                                 Write the register as the ICO's documentation template

Options:
  --force      Replace the output file if it already exists (example, notice, export-xlsx, report)
  --format     md, html, pdf or txt; taken from OUT's extension when left out (notice)
  --audience   The audience's id; left out, one notice covering every audience (notice)
  --version    A published version's number; left out, the current draft (notice)
  --json       Print the findings as JSON (check)
  --fail-on    Exit with 3 when any finding at or above this severity is open (check)
  --date       The day to check for; left out, today in the UK (check)
  --id         The legitimate interests assessment's id (report lia)
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

/** Bad input: one line on stderr, exit 1. */
export function inputError(io: CliIo, message: string): ExitCode {
  io.stderr(`${PROGRAM}: ${message}\n`);
  return EXIT_BAD_INPUT;
}

/**
 * Reads and fully validates a register file. On failure it reports one line (which file, what
 * is wrong) and returns null; anything but a file or format problem is a bug and is thrown.
 */
export async function readRegisterOrReport(path: string, io: CliIo): Promise<ReadResult | null> {
  try {
    return await readRegisterFile(await io.fs.readText(path));
  } catch (error) {
    if (error instanceof CliFsError) inputError(io, describeFsError(error, true));
    else if (error instanceof RegisterFileError) inputError(io, `${path}: ${error.message}`);
    else throw error;
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
