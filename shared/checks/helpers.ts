/** Building blocks the rules share. Everything here is linear in the size of the register. */
import type { Activity } from '../domain/activity';
import type { Lia, Tra } from '../domain/assessments';
import type { Register } from '../domain/register';
import type { ThirdParty } from '../domain/third-party';
import type { Transfer } from '../domain/transfer';
import { countryName } from '../reference/countries';
import type { CheckContext, Finding, FindingRecord, Rule, Severity } from './types';

export interface RuleSpec {
  id: string;
  severity: Severity;
  basis: string;
  title: string;
}

/** Reports one finding of the rule being run. */
export type Report = (record: FindingRecord, field: string | null, message: string) => void;

/** A rule from its description and a function that reports what it finds. */
export function defineRule(
  spec: RuleSpec,
  run: (context: CheckContext, report: Report) => void,
): Rule {
  return {
    ...spec,
    check(context) {
      const findings: Finding[] = [];
      run(context, (record, field, message) =>
        findings.push({
          ruleId: spec.id,
          severity: spec.severity,
          basis: spec.basis,
          message,
          record,
          field,
        }),
      );
      return findings;
    },
  };
}

/** “Name”, in the curly quotes the app's messages use. */
export const quoted = (name: string): string => `“${name}”`;

/** Activities in use: drafts are still being written and retired ones no longer run. */
export const activeActivities = (register: Register): Activity[] =>
  register.activities.filter((activity) => activity.status === 'active');

export const activityRecord = (activity: Activity): FindingRecord => ({
  kind: 'activity',
  id: activity.id,
  name: activity.name,
});

export const thirdPartyRecord = (party: ThirdParty): FindingRecord => ({
  kind: 'thirdParty',
  id: party.id,
  name: party.name,
});

export const liaRecord = (lia: Lia): FindingRecord => ({
  kind: 'lia',
  id: lia.id,
  name: lia.title,
});

export const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

/** Countries as a person reads them: "United States, India". */
export const countryList = (codes: readonly string[]): string => codes.map(countryName).join(', ');

/** "Transfer to Mail Co (United States)": transfers have no name of their own. */
export const transferName = (transfer: Transfer, parties: Map<string, ThirdParty>): string => {
  const party = parties.get(transfer.thirdPartyId);
  return `Transfer to ${party ? party.name : 'an unknown third party'} (${countryList(transfer.destinations)})`;
};

export const transferRecord = (
  transfer: Transfer,
  parties: Map<string, ThirdParty>,
): FindingRecord => ({ kind: 'transfer', id: transfer.id, name: transferName(transfer, parties) });

export const traRecord = (tra: Tra, name: string): FindingRecord => ({
  kind: 'tra',
  id: tra.id,
  name,
});

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const isBlank = (text: string): boolean => text.trim() === '';
