/**
 * The command line's logic: parse arguments, run one command, return the exit code. It only
 * touches the world through `io`, so every path is unit-tested without spawning a process.
 */
import { parseArgs } from 'node:util';
import { verifyChain } from '../../shared/audit/chain';
import type { Register } from '../../shared/domain/register';
import { exampleRegisterWithNotices } from '../../shared/example/konnect-notice';
import { writeRegisterFile } from '../../shared/register-file/format';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  inputError,
  oneFile,
  readRegisterOrReport,
  usageError,
  USAGE,
  writeOrReport,
  type ExitCode,
} from './common';
import type { CliIo } from './io';
import { checkCommand } from './check';
import { exportXlsxCommand } from './export-xlsx';
import { importXlsxCommand } from './import-xlsx';
import { noticeCommand } from './notice';
import { protectCommand, unprotectCommand } from './protect';
import { reportCommand } from './report';

export { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, USAGE, type ExitCode } from './common';

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
  const register = await exampleRegisterWithNotices(now);
  const text = await writeRegisterFile(register, now, `Ropa Desk CLI ${io.version}`);
  if (!(await writeOrReport(io, out, text, values.force === true))) return EXIT_BAD_INPUT;
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
  const path = oneFile(positionals, io, 'validate', 'a FILE');
  if (typeof path !== 'string') return path;
  const result = await readRegisterOrReport(path, io);
  if (result === null) return EXIT_BAD_INPUT;
  // A checksum only proves the file is as exported; the chain proves the history is intact.
  const chain = await verifyChain(result.register.auditEvents);
  if (!chain.ok) {
    return inputError(
      io,
      `${path}: the audit trail is broken at event ${chain.brokenAt}: ${chain.reason}`,
    );
  }
  const migrated =
    result.migratedFrom === null ? '' : `, migrated from schema ${result.migratedFrom}`;
  io.stdout(
    `valid: ${describeRegister(result.register)} (schema ${result.schemaVersion}${migrated})\n`,
  );
  return EXIT_OK;
}

const commands: Record<string, (args: string[], io: CliIo) => Promise<ExitCode>> = {
  example: exampleCommand,
  validate: validateCommand,
  notice: noticeCommand,
  check: checkCommand,
  report: reportCommand,
  'export-xlsx': exportXlsxCommand,
  'import-xlsx': (args, io) => importXlsxCommand(args, io),
  protect: protectCommand,
  unprotect: unprotectCommand,
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
