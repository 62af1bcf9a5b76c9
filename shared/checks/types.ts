/** The shapes of the compliance checks: rules over a register, and what they find. */
import type { RecordKind } from '../domain/oversight';
import type { Register } from '../domain/register';
import type { AdequacyList } from '../reference/adequacy';
import type { ReviewIntervals } from '../reviews/schedule';

export const severities = ['high', 'medium', 'low'] as const;
export type Severity = (typeof severities)[number];

export { recordKinds, type RecordKind } from '../domain/oversight';

/** The record a finding is about, so the UI can name it and open it. */
export interface FindingRecord {
  kind: RecordKind;
  id: string;
  name: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The article or ICO guidance the rule rests on, e.g. "UK GDPR Art 30(1)(b)". */
  basis: string;
  /** Plain English naming the record, e.g. "“Payroll” does not say whose data it processes." */
  message: string;
  record: FindingRecord;
  /** The field path to fix, e.g. "dataSubjects", for the UI to jump to; null for the whole record. */
  field: string | null;
}

export interface CheckContext {
  register: Register;
  /** The day the checks are for, YYYY-MM-DD: a parameter, never the clock. */
  today: string;
  adequacy: AdequacyList;
  /** How often each kind of record is reviewed (Settings); the defaults when not given. */
  reviewIntervals?: ReviewIntervals;
}

export interface Rule {
  /** Stable: stored with accepted risks, so never change one. */
  id: string;
  severity: Severity;
  basis: string;
  /** What the rule looks for, as a short heading. */
  title: string;
  check(context: CheckContext): Finding[];
}
