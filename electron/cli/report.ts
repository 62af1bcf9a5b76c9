/**
 * `report KIND FILE --out OUT.pdf`: a PDF report from a register file — the Article 30 record,
 * the third-party, transfers or retention register, one legitimate interests assessment, the
 * assurance pack for one funder (and programme), or the ICO audit preparation pack.
 */
import { parseArgs } from 'node:util';
import type { Register } from '../../shared/domain/register';
import { registerChecksum } from '../../shared/register-file/format';
import {
  funderChoices,
  isReportKind,
  reportBuilders,
  reportKinds,
  ReportSubjectError,
  reportTitles,
  type ReportInput,
  type ReportKind,
  type ReportSubject,
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
import { ropaPdfBytes } from './ropa-pool';

const kindList = reportKinds.join(', ');

function liaList(register: Register): string {
  if (register.lias.length === 0) return 'this register has no legitimate interests assessments';
  return `its assessments are ${register.lias.map((l) => `${l.id} (${l.title})`).join(', ')}`;
}

function funderList(register: Register): string {
  const funders = funderChoices(register);
  if (funders.length === 0) return 'this register has no third parties of type funder';
  return `its funders are ${funders.map((f) => `“${f.name}” (${f.id})`).join(', ')}`;
}

const folded = (text: string): string => text.trim().toLocaleLowerCase('en-GB');

/** The funder named by --funder (its id, or its name in any case) and the programme as recorded. */
function findFunder(
  register: Register,
  name: string,
  programme: string | undefined,
): ReportSubject | undefined {
  const funder = funderChoices(register).find(
    (f) => f.id === name || folded(f.name) === folded(name),
  );
  if (funder === undefined) return undefined;
  const recorded =
    programme === undefined
      ? undefined
      : (funder.programmes.find((p) => folded(p) === folded(programme)) ?? programme);
  return { funderId: funder.id, programme: recorded };
}

export async function reportCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string', short: 'o' },
      id: { type: 'string' },
      funder: { type: 'string' },
      programme: { type: 'string' },
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

  const funderName = values.funder?.trim();
  const programme = values.programme?.trim();
  if (kind === 'funder' && (funderName === undefined || funderName === '')) {
    return usageError(io, 'report funder needs --funder NAME: the funder’s name or id');
  }
  if (kind !== 'funder' && funderName !== undefined) {
    return usageError(io, `--funder is for report funder only, not report ${kind}`);
  }
  if (kind !== 'funder' && programme !== undefined) {
    return usageError(io, `--programme is for report funder only, not report ${kind}`);
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
  let subject: ReportSubject = { liaId: id };
  if (kind === 'funder' && funderName !== undefined) {
    const funder = findFunder(register, funderName, programme);
    if (funder === undefined) {
      return inputError(io, `${path}: there is no funder “${funderName}”: ${funderList(register)}`);
    }
    subject = funder;
  }
  const input: ReportInput = {
    register,
    checksum: await registerChecksum(register),
    generatedAt: io.now(),
    options: {
      confidential: values.confidential === true,
      includeInternalNotes: values['internal-notes'] === true,
    },
  };
  let bytes: Uint8Array;
  if (kind === 'ropa') bytes = await ropaPdfBytes(input);
  else {
    try {
      bytes = await pdfBytes(reportBuilders[kind](input, subject));
    } catch (error) {
      if (error instanceof ReportSubjectError) return inputError(io, `${path}: ${error.message}`);
      throw error;
    }
  }
  if (!(await writeOrReport(io, out, bytes, values.force === true))) return EXIT_BAD_INPUT;
  io.stdout(`wrote ${out}: ${describe(kind, register, subject)}\n`);
  return EXIT_OK;
}

function describe(kind: ReportKind, register: Register, subject: ReportSubject): string {
  const title = reportTitles[kind];
  if (kind === 'lia') {
    const lia = register.lias.find((l) => l.id === subject.liaId);
    return `legitimate interests assessment “${lia?.title ?? subject.liaId}”`;
  }
  if (kind === 'funder') {
    const funder = register.thirdParties.find((p) => p.id === subject.funderId);
    const programme = subject.programme ? `, programme “${subject.programme}”` : '';
    return `assurance pack for “${funder?.name ?? subject.funderId}”${programme}`;
  }
  if (kind === 'audit-pack') return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}
