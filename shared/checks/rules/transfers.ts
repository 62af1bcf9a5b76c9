/** Chapter V: a record, and a valid mechanism, for every restricted transfer. */
import type { Transfer } from '../../domain/transfer';
import type { TransferVerdict } from '../../transfers/verdict';
import { findAdequacy } from '../../transfers/requirements';
import { transferVerdict } from '../../transfers/verdict';
import type { CheckContext, Rule } from '../types';
import type { RuleSpec } from '../helpers';
import {
  byId,
  countryList,
  defineRule,
  quoted,
  thirdPartyRecord,
  transferName,
  transferRecord,
} from '../helpers';

/**
 * Each third party's countries outside the UK that no transfer record covers, split by whether
 * UK adequacy regulations cover the country in full on the day: those still need recording
 * (Art 30(1)(e)), but the rest also need a safeguard, so they matter more.
 */
function unrecordedDestinations({ register, adequacy, today }: CheckContext) {
  const covered = new Map<string, Set<string>>();
  for (const transfer of register.transfers) {
    const set = covered.get(transfer.thirdPartyId) ?? new Set<string>();
    for (const destination of transfer.destinations) set.add(destination);
    covered.set(transfer.thirdPartyId, set);
  }
  return register.thirdParties.map((party) => {
    const recorded = covered.get(party.id);
    const uncovered = party.countries.filter(
      (code) => code !== 'GB' && !(recorded?.has(code) ?? false),
    );
    const adequate = (code: string) => {
      const found = findAdequacy(code, today, adequacy);
      return found.found && found.entry.scope === 'full';
    };
    return {
      party,
      adequate: uncovered.filter(adequate),
      other: uncovered.filter((code) => !adequate(code)),
    };
  });
}

export const transferRecordMissing = defineRule(
  {
    id: 'transfers.record-missing',
    severity: 'high',
    basis: 'UK GDPR Art 44; Art 30(1)(e)',
    title: 'A third party outside the UK without a transfer record',
  },
  (context, report) => {
    for (const { party, other } of unrecordedDestinations(context)) {
      if (other.length === 0) continue;
      report(
        thirdPartyRecord(party),
        'countries',
        `${quoted(party.name)} is in ${countryList(other)}, but no transfer record covers sending data there.`,
      );
    }
  },
);

export const adequateTransferUnrecorded = defineRule(
  {
    id: 'transfers.record-missing-adequate',
    severity: 'low',
    basis: 'UK GDPR Art 30(1)(e), Art 45',
    title: 'A transfer to an adequate country is not recorded',
  },
  (context, report) => {
    for (const { party, adequate } of unrecordedDestinations(context)) {
      if (adequate.length === 0) continue;
      report(
        thirdPartyRecord(party),
        'countries',
        `${quoted(party.name)} is in ${countryList(adequate)}, covered by UK adequacy regulations, but no transfer record says so: record the transfer for the Article 30 record.`,
      );
    }
  },
);

/** Verdicts, computed once per context and shared by the four verdict rules. */
const verdictCache = new WeakMap<CheckContext, Map<string, TransferVerdict>>();
function verdicts(context: CheckContext): Map<string, TransferVerdict> {
  let cached = verdictCache.get(context);
  if (!cached) {
    cached = new Map(
      context.register.transfers.map((t) => [
        t.id,
        transferVerdict(t, context.adequacy, context.today),
      ]),
    );
    verdictCache.set(context, cached);
  }
  return cached;
}

const verdictRule = (
  spec: RuleSpec,
  verdict: Exclude<TransferVerdict, 'covered'>,
  field: string,
  message: (name: string, transfer: Transfer) => string,
): Rule =>
  defineRule(spec, (context, report) => {
    const parties = byId(context.register.thirdParties);
    const found = verdicts(context);
    for (const transfer of context.register.transfers) {
      if (found.get(transfer.id) !== verdict) continue;
      report(
        transferRecord(transfer, parties),
        field,
        message(transferName(transfer, parties), transfer),
      );
    }
  });

export const transferNotValid = verdictRule(
  {
    id: 'transfers.mechanism-not-valid',
    severity: 'high',
    basis: 'UK GDPR Art 44, 46',
    title: 'A transfer relies on a mechanism that is no longer valid',
  },
  'not-valid',
  'mechanism',
  (name) =>
    `${name} relies on a mechanism that does not cover it on this date: choose a valid safeguard, such as the IDTA or the UK Addendum.`,
);

export const transferNeedsSafeguard = verdictRule(
  {
    id: 'transfers.needs-safeguard',
    severity: 'high',
    basis: 'UK GDPR Art 44–46, 49',
    title: 'A transfer without adequacy or a safeguard',
  },
  'safeguard',
  'mechanism',
  (name) =>
    `${name} is not covered by adequacy on the reference list: it needs a safeguard (IDTA, UK Addendum, binding corporate rules) or a recorded Article 49 exception.`,
);

export const transferNeedsTra = verdictRule(
  {
    id: 'transfers.needs-tra',
    severity: 'high',
    basis: 'UK GDPR Art 46; ICO guidance on transfer risk assessments',
    title: 'An Article 46 safeguard without a completed transfer risk assessment',
  },
  'needs-tra',
  'traStatus',
  (name) =>
    `${name} relies on an Article 46 safeguard, which needs a completed transfer risk assessment.`,
);

export const transferConfirmCertification = verdictRule(
  {
    id: 'transfers.confirm-certification',
    severity: 'medium',
    basis:
      'UK GDPR Art 45; The Data Protection (Adequacy) (United States of America) Regulations 2023',
    title: 'A transfer relies on a partial adequacy not yet confirmed to cover the recipient',
  },
  'confirm',
  'recipientCertified',
  (name) =>
    `${name} relies on an adequacy that covers only some recipients: confirm the recipient is within it (for the US, certified to the Data Privacy Framework UK Extension), or choose a safeguard.`,
);

export const transferRules: Rule[] = [
  transferRecordMissing,
  adequateTransferUnrecorded,
  transferNotValid,
  transferNeedsSafeguard,
  transferNeedsTra,
  transferConfirmCertification,
];
