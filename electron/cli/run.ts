/**
 * The command line's logic: parse arguments, run one command, return the exit code. It only
 * touches the world through `io`, so every path is unit-tested without spawning a process.
 */
import { parseArgs } from 'node:util';
import { verifyChain } from '../../shared/audit/chain';
import type { Register } from '../../shared/domain/register';
import { exampleRegister } from '../../shared/example/konnect';
import { writeRegisterFile } from '../../shared/register-file/format';
import { readRegisterFile, RegisterFileError } from '../../shared/register-file/read';
import { CliFsError, type CliIo } from './io';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_BAD_INPUT | typeof EXIT_USAGE;

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  example --out FILE [--force]   Write the Konnect Communities example register to FILE
  validate FILE                  Check a register file and print a one-line summary

Options:
  --force      Replace FILE if it already exists (example only)
  -h, --help   Show this help

Exit codes: 0 success, 1 bad or unreadable file, 2 wrong usage.
`;

const PROGRAM = 'ropa-desk';

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** "Konnect Communities C.I.C. — 13 activities, 20 third parties, 5 transfers, 0 audit events". */
export function describeRegister(register: Register): string {
  const name = register.organisation?.name ?? 'no organisation';
  return `${name} — ${[
    plural(register.activities.length, 'activity', 'activities'),
    plural(register.thirdParties.length, 'third party', 'third parties'),
    plural(register.transfers.length, 'transfer', 'transfers'),
    plural(
      register.lias.length,
      'legitimate interests assessment',
      'legitimate interests assessments',
    ),
    plural(register.tras.length, 'transfer risk assessment', 'transfer risk assessments'),
    plural(register.auditEvents.length, 'audit event', 'audit events'),
  ].join(', ')}`;
}

function describeFsError(error: CliFsError, reading: boolean): string {
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

function usageError(io: CliIo, message: string): ExitCode {
  io.stderr(`${PROGRAM}: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

/** parseArgs messages carry a long hint after the first sentence; the usage says it better. */
const firstSentence = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split(/\.\s/)[0]?.replace(/\.$/, '') ??
  'invalid arguments';

async function exampleCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const out = values.out;
  if (out === undefined || out.trim() === '') return usageError(io, 'example needs --out FILE');
  const now = io.now();
  const register = exampleRegister(now);
  const text = await writeRegisterFile(register, now, `Ropa Desk CLI ${io.version}`);
  try {
    await io.fs.writeTextAtomic(out, text, { overwrite: values.force === true });
  } catch (error) {
    if (!(error instanceof CliFsError)) throw error;
    io.stderr(`${PROGRAM}: ${describeFsError(error, false)}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(`wrote ${out}: example register, ${describeRegister(register)}\n`);
  return EXIT_OK;
}

async function validateCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) return usageError(io, 'validate needs a FILE');
  if (extra.length > 0) return usageError(io, `validate takes one FILE, not ${positionals.length}`);
  try {
    const result = await readRegisterFile(await io.fs.readText(path));
    // A checksum only proves the file is as exported; the chain proves the history is intact.
    const chain = await verifyChain(result.register.auditEvents);
    if (!chain.ok) {
      io.stderr(
        `${PROGRAM}: ${path}: the audit trail is broken at event ${chain.brokenAt}: ${chain.reason}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    const migrated =
      result.migratedFrom === null ? '' : `, migrated from schema ${result.migratedFrom}`;
    io.stdout(
      `valid: ${describeRegister(result.register)} (schema ${result.schemaVersion}${migrated})\n`,
    );
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliFsError) io.stderr(`${PROGRAM}: ${describeFsError(error, true)}\n`);
    else if (error instanceof RegisterFileError)
      io.stderr(`${PROGRAM}: ${path}: ${error.message}\n`);
    else throw error;
    return EXIT_BAD_INPUT;
  }
}

const commands: Record<string, (args: string[], io: CliIo) => Promise<ExitCode>> = {
  example: exampleCommand,
  validate: validateCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined) return usageError(io, 'no command given');
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) return usageError(io, `unknown command “${name}”`);
  try {
    return await command(args, io);
  } catch (error) {
    // Only parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes: anything else is a bug.
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      return usageError(io, firstSentence(error));
    }
    throw error;
  }
}
