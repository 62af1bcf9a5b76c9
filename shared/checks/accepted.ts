/**
 * Findings the organisation has accepted as known risks: each acceptance names a finding by
 * its rule, record and field, and holds it out of the counts until (not including) its expiry.
 */
import type { AcceptedRisk } from '../domain/oversight';
import type { Finding } from './types';

/** What identifies a finding across runs: its rule, its record and the field it points at. */
export const findingKey = (finding: Finding): string =>
  riskKey(finding.ruleId, finding.record.kind, finding.record.id, finding.field);

/** The same key for an acceptance, so the two can be matched. */
export const acceptedRiskKey = (risk: AcceptedRisk): string =>
  riskKey(risk.ruleId, risk.recordKind, risk.recordId, risk.field);

const riskKey = (ruleId: string, kind: string, id: string, field: string | null): string =>
  [ruleId, kind, id, field ?? ''].join('\u0000');

/** Whether an acceptance still holds on `today` (YYYY-MM-DD): it ends on its expiry day. */
export const isInForce = (risk: AcceptedRisk, today: string): boolean => today < risk.expiresOn;

export interface PartitionedFindings {
  /** Findings that count: nobody has accepted them, or their acceptance has expired. */
  open: Finding[];
  /** Findings held out of the counts, each with the acceptance that holds it. */
  accepted: { finding: Finding; risk: AcceptedRisk }[];
  /** Acceptances past their expiry, so the person can renew or let them go. */
  expired: AcceptedRisk[];
}

/** Splits findings into those that count and those accepted as known risks on `today`. */
export function partitionFindings(
  findings: readonly Finding[],
  acceptedRisks: readonly AcceptedRisk[],
  today: string,
): PartitionedFindings {
  const inForce = new Map<string, AcceptedRisk>();
  const expired: AcceptedRisk[] = [];
  for (const risk of acceptedRisks) {
    if (!isInForce(risk, today)) {
      expired.push(risk);
      continue;
    }
    const key = acceptedRiskKey(risk);
    const current = inForce.get(key);
    // Two acceptances of one finding: the one lasting longer is the one that holds it.
    if (!current || risk.expiresOn > current.expiresOn) inForce.set(key, risk);
  }
  const open: Finding[] = [];
  const accepted: PartitionedFindings['accepted'] = [];
  for (const finding of findings) {
    const risk = inForce.get(findingKey(finding));
    if (risk) accepted.push({ finding, risk });
    else open.push(finding);
  }
  return { open, accepted, expired };
}
