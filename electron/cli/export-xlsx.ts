/** `export-xlsx FILE --out OUT.xlsx`: the register as the ICO's documentation template. */
import { parseArgs } from 'node:util';
import { writeIcoXlsx } from '../../shared/spreadsheet/write-xlsx';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  oneFile,
  readRegisterOrReport,
  usageError,
  USAGE,
  writeOrReport,
  type ExitCode,
} from './common';
import type { CliIo } from './io';

export async function exportXlsxCommand(args: string[], io: CliIo): Promise<ExitCode> {
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
  const path = oneFile(positionals, io, 'export-xlsx', 'a register FILE');
  if (typeof path !== 'string') return path;
  const out = values.out;
  if (out === undefined || out.trim() === '') {
    return usageError(io, 'export-xlsx needs --out OUT.xlsx');
  }
  const result = await readRegisterOrReport(path, io);
  if (result === null) return EXIT_BAD_INPUT;
  const bytes = await writeIcoXlsx(result.register, io.now());
  if (!(await writeOrReport(io, out, bytes, values.force === true))) return EXIT_BAD_INPUT;
  const count = result.register.activities.length;
  io.stdout(
    `wrote ${out}: ${count} ${count === 1 ? 'activity' : 'activities'} in the ICO template\n`,
  );
  return EXIT_OK;
}
