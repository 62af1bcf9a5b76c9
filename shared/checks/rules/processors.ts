/** Article 28: processors need a contract with the terms Article 28(3) lists. */
import type { ThirdParty } from '../../domain/third-party';
import { contractStatusLabels } from '../../domain/enums';
import { article28Checklist, checklistStatus } from '../../processors/article28';
import type { Rule } from '../types';
import { defineRule, quoted, thirdPartyRecord } from '../helpers';

const isProcessor = (party: ThirdParty): boolean =>
  party.kind === 'processor' || party.kind === 'sub-processor';

const titleOf = (id: string): string =>
  article28Checklist.find((item) => item.id === id)?.title ?? id;

export const contractMissing = defineRule(
  {
    id: 'processors.contract-missing',
    severity: 'high',
    basis: 'UK GDPR Art 28(3)',
    title: 'A processor without an Article 28 contract in place',
  },
  ({ register }, report) => {
    for (const party of register.thirdParties) {
      if (!isProcessor(party) || party.contract.status === 'in-place') continue;
      report(
        thirdPartyRecord(party),
        'contract.status',
        `${quoted(party.name)} processes data for us but its contract is “${contractStatusLabels[party.contract.status].toLowerCase()}”: a processor needs a written contract with the Article 28 terms.`,
      );
    }
  },
);

export const checklistIncomplete = defineRule(
  {
    id: 'processors.article28-incomplete',
    severity: 'medium',
    basis: 'UK GDPR Art 28(1), 28(3)',
    title: 'A processor’s Article 28 checklist is not finished',
  },
  ({ register }, report) => {
    for (const party of register.thirdParties) {
      if (!isProcessor(party)) continue;
      const { missing } = checklistStatus(party.article28);
      if (missing.length === 0) continue;
      report(
        thirdPartyRecord(party),
        'article28',
        `${quoted(party.name)}’s contract has not been checked against ${missing.length} of the Article 28 terms.`,
      );
    }
  },
);

export const checklistGaps = defineRule(
  {
    id: 'processors.article28-gaps',
    severity: 'high',
    basis: 'UK GDPR Art 28(3)',
    title: 'A processor’s contract lacks Article 28 terms',
  },
  ({ register }, report) => {
    for (const party of register.thirdParties) {
      if (!isProcessor(party)) continue;
      const { gaps } = checklistStatus(party.article28);
      if (gaps.length === 0) continue;
      report(
        thirdPartyRecord(party),
        'article28',
        `${quoted(party.name)}’s contract lacks: ${gaps.map(titleOf).join(', ')}.`,
      );
    }
  },
);

export const processorRules: Rule[] = [contractMissing, checklistIncomplete, checklistGaps];
