/** `export-xlsx FILE --out OUT.xlsx`: the register as the ICO's documentation template. */
import { writeIcoXlsx } from '../../shared/spreadsheet/write-xlsx';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  parseFileToOut,
  readRegisterOrReport,
  writeOrReport,
  type ExitCode,
} from './common';
import type { CliIo } from './io';

export async function exportXlsxCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const request = parseFileToOut(args, io, {
    command: 'export-xlsx',
    what: 'a register FILE',
    outName: 'OUT.xlsx',
  });
  if (typeof request === 'number') return request;
  const { path, out, force } = request;
  const result = await readRegisterOrReport(path, io);
  if (result === null) return EXIT_BAD_INPUT;
  const bytes = await writeIcoXlsx(result.register, io.now());
  if (!(await writeOrReport(io, out, bytes, force))) return EXIT_BAD_INPUT;
  const count = result.register.activities.length;
  io.stdout(
    `wrote ${out}: ${count} ${count === 1 ? 'activity' : 'activities'} in the ICO template\n`,
  );
  return EXIT_OK;
}
