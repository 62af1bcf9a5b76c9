/**
 * What a notice covers and how it names things, shared by the composer, its facts and its
 * checklist so that the three always agree.
 */
import type { Activity } from '../domain/activity';
import type { LawfulBasis, TransferMechanism } from '../domain/enums';
import {
  art49ExceptionLabels,
  marketingChannelLabels,
  recognisedLegitimateInterestLabels,
  thirdPartyTypeLabels,
} from '../domain/enums';
import type { Register } from '../domain/register';
import type { ThirdParty } from '../domain/third-party';
import type { Transfer } from '../domain/transfer';
import { countryName } from '../reference/countries';

/** The day the Data (Use and Access) Act 2025 received Royal Assent. */
export const DUAA_ROYAL_ASSENT = '2025-06-19';

/**
 * The activities a notice speaks about: those for the audience (or, for the all-audiences
 * notice, every one), never a retired one, in register order.
 */
export function activitiesInScope(register: Register, audienceId: string | null): Activity[] {
  return register.activities.filter(
    (activity) =>
      activity.status !== 'retired' &&
      (audienceId === null || activity.audienceIds.includes(audienceId)),
  );
}

export const isProcessor = (party: ThirdParty): boolean =>
  party.kind === 'processor' || party.kind === 'sub-processor';

/** A recipient as the notice names it: processors by name only when the user chooses. */
export function recipientName(party: ThirdParty, nameProcessors: boolean): string {
  if (party.type === 'other') return party.name;
  const category = thirdPartyTypeLabels[party.type];
  if (!nameProcessors || !isProcessor(party)) return category;
  // "Bookkeeper (bookkeeper)" says nothing twice: the category goes only where it adds something.
  return party.name.toLowerCase().includes(category.toLowerCase())
    ? party.name
    : `${party.name} (${lowerFirst(category)})`;
}

/** The third parties that receive data in the given activities, each once, in register order. */
export function recipientsOf(register: Register, activities: readonly Activity[]): ThirdParty[] {
  const ids = recipientIdsOf(activities);
  return register.thirdParties.filter((party) => ids.has(party.id));
}

/** Every recipient id of the activities; a loop, as flatMap's copies showed at 10,000 activities. */
function recipientIdsOf(activities: readonly Activity[]): Set<string> {
  const ids = new Set<string>();
  for (const activity of activities) for (const id of activity.recipientIds) ids.add(id);
  return ids;
}

/** Transfers for any activity in scope (or, when a transfer names none, for a recipient in scope). */
export function transfersInScope(register: Register, activities: readonly Activity[]): Transfer[] {
  const activityIds = new Set(activities.map((a) => a.id));
  const recipientIds = recipientIdsOf(activities);
  return register.transfers.filter((transfer) =>
    transfer.activityIds.length > 0
      ? transfer.activityIds.some((id) => activityIds.has(id))
      : recipientIds.has(transfer.thirdPartyId),
  );
}

export const basesUsed = (activities: readonly Activity[]): LawfulBasis[] => {
  const used = new Set(activities.flatMap((a) => (a.lawfulBasis ? [a.lawfulBasis] : [])));
  return [...used].sort();
};

export const usesConsent = (activity: Activity): boolean =>
  activity.lawfulBasis === 'consent' || activity.marketing.basis === 'consent';

export const hasMarketing = (activity: Activity): boolean =>
  activity.marketing.electronic ||
  activity.marketing.channels.length > 0 ||
  activity.marketing.basis !== null;

/** Whether an activity says that people who opt out are kept on a suppression list. */
export const mentionsSuppression = (activity: Activity): boolean =>
  /suppression/i.test(
    [activity.name, activity.description, activity.marketing.optOut, ...activity.purposes].join(
      ' ',
    ),
  );

/** The lawful basis in a sentence a person understands. */
export function basisSentence(activity: Activity): string {
  switch (activity.lawfulBasis) {
    case null:
      return 'We have not yet recorded the lawful basis for this.';
    case 'consent':
      return 'We rely on your consent (UK GDPR Article 6(1)(a)). You can withdraw it whenever you wish.';
    case 'contract':
      return 'We need it to make or carry out a contract with you, or to take steps you ask for before one (UK GDPR Article 6(1)(b)).';
    case 'legal-obligation':
      return 'The law requires us to do this (UK GDPR Article 6(1)(c)).';
    case 'vital-interests':
      return 'It is needed to protect someone’s life (UK GDPR Article 6(1)(d)).';
    case 'public-task':
      return 'It is needed to carry out a task in the public interest or our official functions (UK GDPR Article 6(1)(e)).';
    case 'legitimate-interests':
      return 'It is necessary for our legitimate interests, which we have weighed against your interests, rights and freedoms (UK GDPR Article 6(1)(f)).';
    case 'recognised-legitimate-interest':
      return `It serves a recognised legitimate interest, one the law itself lists, so no balancing test is needed (UK GDPR Article 6(1)(ea))${
        activity.recognisedInterest
          ? `: ${lowerFirst(recognisedLegitimateInterestLabels[activity.recognisedInterest])}`
          : ''
      }.`;
  }
}

/** A short name for the basis, used in facts and the checklist. */
export const basisName: Record<LawfulBasis, string> = {
  consent: 'your consent',
  contract: 'a contract with you',
  'legal-obligation': 'a legal obligation',
  'vital-interests': 'vital interests',
  'public-task': 'a public task',
  'legitimate-interests': 'our legitimate interests',
  'recognised-legitimate-interest': 'a recognised legitimate interest',
};

/** How a transfer is protected, in words a person understands. */
export function safeguardSentence(transfer: Transfer): string {
  const mechanism: TransferMechanism | null = transfer.mechanism;
  switch (mechanism) {
    case null:
      return 'We have not yet recorded the safeguard for this transfer.';
    case 'adequacy':
      return 'The UK has decided that the destination protects personal data to a standard it accepts (UK adequacy regulations), so no further safeguard is needed.';
    case 'uk-us-data-bridge':
      return 'The recipient is certified under the UK Extension to the EU–US Data Privacy Framework (the “UK–US data bridge”), which UK law treats as giving adequate protection.';
    case 'idta':
      return 'We have a contract with the recipient in the form UK law approves, the International Data Transfer Agreement, which binds it to protect the data. You can ask us for a copy.';
    case 'uk-addendum':
      return 'We have a contract with the recipient made of standard data protection clauses with the UK Addendum approved under UK law, which binds it to protect the data. You can ask us for a copy.';
    case 'bcrs':
      return 'The recipient’s group is bound by binding corporate rules approved by a data protection regulator. You can ask us for details.';
    case 'art49-exception':
      return `No general safeguard covers it; the law allows it as an exception in this case${
        transfer.art49Exception ? ` (${art49ExceptionLabels[transfer.art49Exception]})` : ''
      }.`;
    case 'legacy-eu-sccs':
      return 'It rests on older contract clauses that no longer count as a safeguard for UK transfers; we are putting a valid safeguard in place.';
  }
}

/** The short name of a safeguard, for facts. */
export function safeguardName(transfer: Transfer): string {
  switch (transfer.mechanism) {
    case null:
      return 'not recorded';
    case 'adequacy':
      return 'UK adequacy regulations';
    case 'uk-us-data-bridge':
      return 'the UK–US data bridge';
    case 'idta':
      return 'the International Data Transfer Agreement';
    case 'uk-addendum':
      return 'standard clauses with the UK Addendum';
    case 'bcrs':
      return 'binding corporate rules';
    case 'art49-exception':
      return transfer.art49Exception
        ? `an exception: ${art49ExceptionLabels[transfer.art49Exception]}`
        : 'an exception in the law';
    case 'legacy-eu-sccs':
      return 'old clauses no longer valid';
  }
}

export const countriesText = (codes: readonly string[]): string =>
  joinAnd(codes.filter((code) => code !== 'GB').map(countryName));

export const channelsText = (activity: Activity): string =>
  joinAnd(activity.marketing.channels.map((c) => lowerFirst(marketingChannelLabels[c])));

export const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A sentence ends with one full stop (or the mark it already has). */
export const sentence = (text: string): string => {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

export { longDate } from '../util/long-date';
