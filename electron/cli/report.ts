/**
 * `report KIND FILE --out OUT.pdf`: a PDF report from a register file — the Article 30 record,
 * the third-party, transfers or retention register, or one legitimate interests assessment.
 */
import { parseArgs } from 'node:util';
import type { Register } from '../../shared/domain/register';
import { registerChecksum } from '../../shared/register-file/format';
import {
  isReportKind,
  reportBuilders,
  reportKinds,
  reportTitles,
  type ReportKind,
} from '../../shared/reports';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  inputError,
  readRegisterOrReport,
  usageError,
  USAGE,
  writeOrReport,
  type ExitCode,
} from './common';
import type { CliIo } from './io';
import { pdfBytes } from './pdf';

const kindList = reportKinds.join(', ');

function liaList(register: Register): string {
  if (register.lias.length === 0) return 'this register has no legitimate interests assessments';
  return `its assessments are ${register.lias.map((l) => `${l.id} (${l.title})`).join(', ')}`;
}

export async function reportCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string', short: 'o' },
      id: { type: 'string' },
      confidential: { type: 'boolean' },
      'internal-notes': { type: 'boolean' },
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
  const [kind, path, ...extra] = positionals;
  if (kind === undefined) return usageError(io, `report needs a KIND: ${kindList}`);
  if (!isReportKind(kind)) {
    return usageError(io, `the report KIND must be one of ${kindList}, not “${kind}”`);
  }
  if (path === undefined) return usageError(io, 'report needs a register FILE after the KIND');
  if (extra.length > 0) return usageError(io, 'report takes one KIND and one FILE');
  const out = values.out;
  if (out === undefined || out.trim() === '') return usageError(io, 'report needs --out OUT.pdf');
  const id = values.id?.trim();
  if (kind === 'lia' && (id === undefined || id === '')) {
    return usageError(io, 'report lia needs --id ID: the assessment’s id');
  }
  if (kind !== 'lia' && id !== undefined) {
    return usageError(io, `--id is for report lia only, not report ${kind}`);
  }

  const result = await readRegisterOrReport(path, io);
  if (result === null) return EXIT_BAD_INPUT;
  const register = result.register;
  if (kind === 'lia' && !register.lias.some((l) => l.id === id)) {
    return inputError(
      io,
      `${path}: there is no legitimate interests assessment “${id}”: ${liaList(register)}`,
    );
  }
  const definition = reportBuilders[kind](
    {
      register,
      checksum: await registerChecksum(register),
      generatedAt: io.now(),
      options: {
        confidential: values.confidential === true,
        includeInternalNotes: values['internal-notes'] === true,
      },
    },
    { liaId: id },
  );
  const bytes = await pdfBytes(definition);
  if (!(await writeOrReport(io, out, bytes, values.force === true))) return EXIT_BAD_INPUT;
  io.stdout(`wrote ${out}: ${describe(kind, register, id)}\n`);
  return EXIT_OK;
}

function describe(kind: ReportKind, register: Register, id: string | undefined): string {
  const title = reportTitles[kind];
  if (kind !== 'lia') return title.charAt(0).toLowerCase() + title.slice(1);
  const lia = register.lias.find((l) => l.id === id);
  return `legitimate interests assessment “${lia?.title ?? id}”`;
}
