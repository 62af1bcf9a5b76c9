/**
 * The compliance rules engine: every rule over a register, on a given day, with a given
 * adequacy list. Pure and linear in the size of the register.
 */
import { art30Rules } from './rules/art30';
import { breachRules } from './rules/breaches';
import { complaintRules } from './rules/complaints';
import { dpiaRules } from './rules/dpia';
import { lawfulBasisRules } from './rules/lawful-basis';
import { marketingRules } from './rules/marketing';
import { noticeRules } from './rules/notices';
import { organisationRules } from './rules/organisation';
import { processorRules } from './rules/processors';
import { reviewRules } from './rules/reviews';
import { rightsRules } from './rules/rights';
import { specialCategoryRules } from './rules/special-category';
import { transferRules } from './rules/transfers';
import type { CheckContext, Finding, Rule, Severity } from './types';
import { severities } from './types';

export * from './types';

export const rules: readonly Rule[] = [
  ...organisationRules,
  ...art30Rules,
  ...lawfulBasisRules,
  ...specialCategoryRules,
  ...processorRules,
  ...transferRules,
  ...marketingRules,
  ...dpiaRules,
  ...reviewRules,
  ...noticeRules,
  ...rightsRules,
  ...complaintRules,
  ...breachRules,
];

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const rank = (severity: Severity): number => severities.indexOf(severity);

/** Every finding, most severe first, then by the name of the record, then by rule. */
export function runChecks(context: CheckContext, ruleSet: readonly Rule[] = rules): Finding[] {
  return ruleSet
    .flatMap((rule) => rule.check(context))
    .sort(
      (a, b) =>
        rank(a.severity) - rank(b.severity) ||
        collator.compare(a.record.name, b.record.name) ||
        a.ruleId.localeCompare(b.ruleId),
    );
}

export type FindingSummary = Record<Severity, number> & { total: number };

/** How many findings there are of each severity. */
export function summarise(findings: readonly Finding[]): FindingSummary {
  const summary: FindingSummary = { high: 0, medium: 0, low: 0, total: findings.length };
  for (const finding of findings) summary[finding.severity] += 1;
  return summary;
}
