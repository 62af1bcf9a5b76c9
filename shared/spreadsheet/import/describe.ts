/** The plain-text summary of an import plan the command line prints, and the preview can reuse. */
import type { ImportPlan } from './contract';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What each reading's field is called, for grouping the readings by kind. */
const readingKinds: Record<string, string> = {
  name: 'Activity names',
  purposes: 'Purposes shortened',
  lawfulBasis: 'Lawful bases',
  lawfulBasisDetail: 'Lawful basis details shortened',
  recognisedInterest: 'Recognised legitimate interests',
  specialCategories: 'Special category data',
  criminalOffenceData: 'Criminal offence data',
  art9Condition: 'Article 9 conditions',
  schedule1Condition: 'Schedule 1 conditions',
  kind: 'Third parties’ roles',
  type: 'Third parties’ types',
  countries: 'Third parties’ countries',
  'contract.status': 'Contracts',
  'contract.signedOn': 'Contract dates',
  'contract.reference': 'Contract dates that do not exist',
  destinations: 'Transfer destinations',
  mechanism: 'Transfer mechanisms',
  recipientCategories: 'Categories of recipients',
  collectedFromIndividual: 'Sources other than the person',
  'automatedDecisions.exists': 'Automated decision-making',
  'dpia.screening': 'DPIA screening answers',
  'dpia.status': 'DPIA progress',
  'retention.followsPolicy': 'Retention policy answers',
  internalNotes: 'Kept in internal notes',
};

/** Counts of what will be created, readings by kind, and every unreadable row with its reason. */
export function describePlan(plan: ImportPlan): string {
  const lines = [
    `Activities: ${plan.activities.length}`,
    `Third parties: ${plan.thirdParties.length} new, ${plan.reusedThirdParties.length} already in the register`,
    `Transfers: ${plan.transfers.length}`,
  ];
  if (plan.organisation)
    lines.push(`Organisation: ${plan.organisation.name} (from the contact block)`);
  const groups = new Map<string, number>();
  for (const reading of plan.readings) {
    const kind = readingKinds[reading.path] ?? 'Text shortened to fit';
    groups.set(kind, (groups.get(kind) ?? 0) + 1);
  }
  lines.push(`Readings to confirm: ${plan.readings.length}`);
  for (const [kind, n] of [...groups].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    lines.push(`  ${kind}: ${n}`);
  }
  if (plan.unreadable.length === 0) {
    lines.push('Rows that could not be read: none');
  } else {
    lines.push(`Rows that could not be read: ${plan.unreadable.length}`);
    for (const { row, reason } of plan.unreadable) lines.push(`  Row ${row}: ${reason}`);
  }
  return `${lines.join('\n')}\n`;
}

export const describeCounts = (plan: ImportPlan): string =>
  [
    plural(plan.activities.length, 'activity', 'activities'),
    plural(plan.thirdParties.length, 'new third party', 'new third parties'),
    plural(plan.transfers.length, 'transfer', 'transfers'),
  ].join(', ');
