/**
 * `check FILE`: the compliance checks over a register file, on a day, with the shipped adequacy
 * list. Findings grouped by severity, or as JSON; `--fail-on` turns findings into an exit code
 * for scripts and CI.
 */
import { parseArgs } from 'node:util';
import { partitionFindings } from '../../shared/checks/accepted';
import { runChecks, severities, type Finding, type Severity } from '../../shared/checks';
import { isoDateSchema } from '../../shared/domain/common';
import { recordKindNames } from '../../shared/domain/oversight';
import { UK_ADEQUACY_BASELINE } from '../../shared/reference/adequacy';
import { longDate } from '../../shared/util/long-date';
import {
  EXIT_BAD_INPUT,
  EXIT_FINDINGS,
  EXIT_OK,
  oneFile,
  readRegisterOrReport,
  usageError,
  USAGE,
  type ExitCode,
} from './common';
import type { CliIo } from './io';
import { ukDay } from '../../shared/util/uk-day';

const isSeverity = (value: string): value is Severity =>
  (severities as readonly string[]).includes(value);

const HEADINGS: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

function asText(findings: readonly Finding[]): string {
  return severities
    .map((severity) => {
      const group = findings.filter((finding) => finding.severity === severity);
      if (group.length === 0) return '';
      const lines = group.map(
        (f) =>
          `  ${f.message}\n    ${recordKindNames[f.record.kind].one.toLowerCase()} “${f.record.name}”${f.field ? ` · field ${f.field}` : ''} · ${f.basis} · ${f.ruleId}\n`,
      );
      return `\n${HEADINGS[severity]} (${group.length})\n${lines.join('')}`;
    })
    .join('');
}

const asJson = (findings: readonly Finding[]): string =>
  `${JSON.stringify(
    findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
      recordId: f.record.id,
      reference: f.basis,
      recordKind: f.record.kind,
      field: f.field,
    })),
    null,
    2,
  )}\n`;

export async function checkCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      'fail-on': { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const failOn = values['fail-on']?.toLowerCase();
  if (failOn !== undefined && !isSeverity(failOn))
    return usageError(io, `--fail-on takes high, medium or low, not “${values['fail-on']}”`);
  if (values.date !== undefined && !isoDateSchema.safeParse(values.date).success)
    return usageError(io, `--date takes a real date as YYYY-MM-DD, not “${values.date}”`);
  const path = oneFile(positionals, io, 'check', 'a FILE');
  if (typeof path !== 'string') return path;
  const result = await readRegisterOrReport(path, io);
  if (result === null) return EXIT_BAD_INPUT;

  const { register } = result;
  const today = values.date ?? ukDay(io.now());
  const all = runChecks({ register, today, adequacy: UK_ADEQUACY_BASELINE });
  const { open, accepted } = partitionFindings(all, register.acceptedRisks, today);

  if (values.json) {
    io.stdout(asJson(open));
  } else {
    const count = (severity: Severity) => open.filter((f) => f.severity === severity).length;
    const name = register.organisation?.name ?? 'The register';
    const acceptedNote =
      accepted.length === 0
        ? ''
        : ` (and ${accepted.length} accepted as known ${accepted.length === 1 ? 'risk' : 'risks'}, not counted)`;
    io.stdout(
      open.length === 0
        ? `${name}: no open findings on ${longDate(today)}${acceptedNote}.\n`
        : `${name}: ${open.length} ${open.length === 1 ? 'finding' : 'findings'} on ${longDate(today)} — ${count('high')} high, ${count('medium')} medium, ${count('low')} low${acceptedNote}.\n${asText(open)}`,
    );
  }
  if (failOn === undefined) return EXIT_OK;
  const threshold = severities.indexOf(failOn);
  return open.some((f) => severities.indexOf(f.severity) <= threshold) ? EXIT_FINDINGS : EXIT_OK;
}
