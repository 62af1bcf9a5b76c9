/** `import-xlsx IN.xlsx|IN.csv --out FILE`: a new register file read from an ICO-style spreadsheet. */
import { readFile, stat } from 'node:fs/promises';
import { emptyRegister } from '../../shared/domain/register';
import { writeRegisterFile } from '../../shared/register-file/format';
import {
  applyImport,
  describeCounts,
  describePlan,
  detectLayout,
  hasNameOrPurpose,
  MAX_SPREADSHEET_BYTES,
  planImport,
  readSpreadsheet,
  SpreadsheetReadError,
  spreadsheetTooLarge,
} from '../../shared/spreadsheet/import';
import {
  describeFsError,
  EXIT_BAD_INPUT,
  EXIT_OK,
  inputError,
  parseFileToOut,
  writeOrReport,
  type ExitCode,
} from './common';
import { CliFsError, type CliIo } from './io';

/** Reads a spreadsheet's bytes; CliFs reads text only, and a workbook is a zip file. */
export async function readSpreadsheetBytes(path: string): Promise<Uint8Array> {
  const code = (error: unknown): unknown =>
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliFsError('is-directory', path);
    // Bigger than the import accepts: say so without reading it all into memory.
    if (info.size > MAX_SPREADSHEET_BYTES) throw spreadsheetTooLarge(path, info.size);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof CliFsError || error instanceof SpreadsheetReadError) throw error;
    const errno = code(error);
    throw new CliFsError(
      errno === 'ENOENT' || errno === 'ENOTDIR'
        ? 'not-found'
        : errno === 'EACCES' || errno === 'EPERM'
          ? 'denied'
          : 'other',
      path,
      String(errno ?? error),
    );
  }
}

export async function importXlsxCommand(
  args: string[],
  io: CliIo,
  readBytes: (path: string) => Promise<Uint8Array> = readSpreadsheetBytes,
): Promise<ExitCode> {
  const request = parseFileToOut(args, io, {
    command: 'import-xlsx',
    what: 'a spreadsheet IN.xlsx or IN.csv',
    outName: 'FILE for the new register',
  });
  if (typeof request === 'number') return request;
  const { path, out } = request;
  let text;
  try {
    text = await readSpreadsheet(await readBytes(path), path);
  } catch (error) {
    if (error instanceof CliFsError) return inputError(io, describeFsError(error, true));
    if (error instanceof SpreadsheetReadError) return inputError(io, error.message);
    throw error;
  }
  const layout = detectLayout(text);
  if (!hasNameOrPurpose(layout)) {
    return inputError(
      io,
      `${path}: no column is headed “Purpose of processing” (or a name for the activity), so no row can be read; head the purpose column that way and import again`,
    );
  }
  const now = io.now();
  const plan = planImport(text, layout, {
    register: emptyRegister(),
    now,
    newId: () => crypto.randomUUID(),
  });
  io.stdout(`Read ${path}: sheet “${layout.sheet}”, headings on row ${layout.headingRow + 1}\n`);
  io.stdout(describePlan(plan));
  if (plan.activities.length === 0) {
    return inputError(
      io,
      plan.unreadable.length === 0
        ? `${path}: there are no rows below the headings, so there is nothing to import`
        : `${path}: no row could be read as an activity; the reasons are listed above`,
    );
  }
  const register = applyImport(emptyRegister(), plan);
  const file = await writeRegisterFile(register, now, `Ropa Desk CLI ${io.version}`);
  if (!(await writeOrReport(io, out, file, request.force))) return EXIT_BAD_INPUT;
  io.stdout(
    `wrote ${out}: a new register with ${describeCounts(plan)}; every reading is marked to confirm\n`,
  );
  return EXIT_OK;
}
