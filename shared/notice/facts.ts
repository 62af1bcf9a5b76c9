/**
 * The statements of substance a notice makes, as keyed facts, so that two versions (or a
 * version and today's register) can be compared in plain sentences: "We now share data with…".
 */
import type { NoticeFact } from '../domain/notice';
import type { Register } from '../domain/register';
import type { ComposeOptions } from './compose';
import { rightsForNotice } from './compose';
import {
  activitiesInScope,
  basisName,
  channelsText,
  countriesText,
  hasMarketing,
  joinAnd,
  lowerFirst,
  mentionsSuppression,
  recipientName,
  recipientsOf,
  safeguardName,
  transfersInScope,
} from './scope';
import {
  marketingBasisLabels,
  recognisedLegitimateInterestLabels,
  thirdPartyTypeLabels,
} from '../domain/enums';

const categoryLabels = new Set<string>(Object.values(thirdPartyTypeLabels));

export function noticeFacts(register: Register, options: ComposeOptions): NoticeFact[] {
  const facts: NoticeFact[] = [];
  const add = (key: string, label: string, value: string) => {
    if (value.trim() !== '') facts.push({ key, label, value: value.trim() });
  };
  const org = register.organisation;
  if (org) {
    add('org:name', 'Our name', org.name);
    const a = org.registeredAddress;
    add(
      'org:address',
      'Our registered address',
      [a.line1, a.line2, a.town, a.county, a.postcode, a.country]
        .filter((x) => x.trim())
        .join(', '),
    );
    add('org:company-number', 'Our company number', org.companyNumber);
    add('org:charity-number', 'Our charity number', org.charityNumber);
    add('org:ico-registration', 'Our ICO registration number', org.icoRegistrationNumber);
    add('org:email', 'Our email address', org.email);
    add('org:phone', 'Our phone number', org.phone);
    add('org:website', 'Our website', org.website);
    if (org.dpo.appointed)
      add(
        'org:dpo',
        'Our data protection officer',
        Object.values(org.dpo.contact).filter(Boolean).join(', '),
      );
    if (org.representative.needed)
      add(
        'org:representative',
        'Our representative',
        Object.values(org.representative.contact).filter(Boolean).join(', '),
      );
    add('org:complaints', 'How to complain to us', org.complaints.process);
    add(
      'org:social-media',
      'Our social media accounts',
      joinAnd(org.socialMedia.map((s) => (s.handle ? `${s.platform} (${s.handle})` : s.platform))),
    );
  }
  const activities = activitiesInScope(register, options.audienceId);
  for (const activity of activities) {
    const id = activity.id;
    const name = activity.name;
    add(`activity:${id}`, 'A way we collect or use personal data', name);
    for (const purpose of activity.purposes)
      add(`purpose:${id}:${purpose}`, `A purpose of ${lowerFirst(name)}`, purpose);
    for (const item of activity.personalData)
      add(`data:${id}:${item}`, `Data we collect for ${lowerFirst(name)}`, item);
    add(
      `subjects:${id}`,
      `Whose data we use for ${lowerFirst(name)}`,
      joinAnd(activity.dataSubjects),
    );
    add(
      `basis:${id}`,
      `Our lawful basis for ${lowerFirst(name)}`,
      activity.lawfulBasis === null
        ? 'not recorded'
        : activity.lawfulBasis === 'recognised-legitimate-interest' && activity.recognisedInterest
          ? `${basisName[activity.lawfulBasis]} (${lowerFirst(recognisedLegitimateInterestLabels[activity.recognisedInterest])})`
          : basisName[activity.lawfulBasis],
    );
    if (activity.lawfulBasis === 'legitimate-interests')
      add(
        `interest:${id}`,
        `Our legitimate interest in ${lowerFirst(name)}`,
        activity.legitimateInterest,
      );
    const r = activity.retention;
    add(
      `retention:${id}`,
      `How long we keep data for ${lowerFirst(name)}`,
      r.period.trim() || 'not set',
    );
    // Apart from the period, so a changed period reads as one change, not a tangle of both.
    if (r.period.trim() && r.trigger.trim())
      add(
        `retention-from:${id}`,
        `When the period for ${lowerFirst(name)} starts`,
        lowerFirst(r.trigger.trim()),
      );
    if (hasMarketing(activity)) {
      add(
        `marketing:${id}`,
        `Marketing: ${lowerFirst(name)}`,
        [
          channelsText(activity),
          activity.marketing.basis ? marketingBasisLabels[activity.marketing.basis] : '',
        ]
          .filter(Boolean)
          .join(', on '),
      );
      add(`opt-out:${id}`, `How to opt out of ${lowerFirst(name)}`, activity.marketing.optOut);
    }
    if (!activity.collectedFromIndividual)
      add(
        `source:${id}`,
        `Where the data for ${lowerFirst(name)} comes from`,
        joinAnd(activity.sources),
      );
    add(
      `requirement:${id}`,
      `Whether you must give data for ${lowerFirst(name)}`,
      activity.requirement,
    );
    if (activity.automatedDecisions.exists)
      add(
        `automated:${id}`,
        `Automated decisions in ${lowerFirst(name)}`,
        activity.automatedDecisions.details || 'yes',
      );
    add(`joint:${id}`, `Joint controller for ${lowerFirst(name)}`, activity.jointController);
    if (activity.specialCategories.length > 0)
      add(
        `special:${id}`,
        `Special category data in ${lowerFirst(name)}`,
        activity.specialCategories.join(', '),
      );
  }
  if (activities.some(mentionsSuppression))
    add('marketing:suppression-list', 'A suppression list of people who opted out', 'kept');
  const recipients = new Map<string, string>();
  for (const party of recipientsOf(register, activities)) {
    const shown = recipientName(party, options.nameProcessors);
    recipients.set(shown, shown);
  }
  for (const category of activities.flatMap((a) => a.recipientCategories))
    recipients.set(category, category);
  for (const shown of [...recipients.keys()].sort())
    add(`recipient:${shown}`, 'Who we share data with', shown);
  const parties = new Map(register.thirdParties.map((tp) => [tp.id, tp]));
  for (const transfer of transfersInScope(register, activities)) {
    const party = parties.get(transfer.thirdPartyId);
    const who = party
      ? options.nameProcessors || party.kind !== 'processor'
        ? party.name
        : recipientName(party, false)
      : 'a recipient';
    add(
      `transfer:${transfer.id}`,
      'A transfer outside the UK',
      `${who}, in ${countriesText(transfer.destinations)}`,
    );
    add(
      `safeguard:${transfer.id}`,
      `The safeguard for data sent to ${who}`,
      safeguardName(transfer),
    );
  }
  for (const { right, text } of rightsForNotice(activities))
    add(`right:${right}`, 'A right you have', text);
  if (activities.length > 0 && !activities.some((a) => a.automatedDecisions.exists))
    add('automated:none', 'Automated decision-making', 'none');
  return facts;
}

export interface NoticeChange {
  kind: 'added' | 'removed' | 'changed';
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  /** A plain sentence the organisation can reuse in its "what changed" note. */
  sentence: string;
}

const quote = (text: string) => `“${text.replace(/[.]$/, '')}”`;

function changeSentence(
  kind: NoticeChange['kind'],
  fact: NoticeFact,
  before: string | null,
): string {
  const prefix = fact.key.split(':')[0] ?? '';
  const value = fact.value.replace(/[.]$/, '');
  const was = before?.replace(/[.]$/, '') ?? '';
  switch (prefix) {
    case 'recipient': {
      // Categories read as ordinary words; names keep their capitals.
      const who = categoryLabels.has(value) ? lowerFirst(value) : value;
      return kind === 'added'
        ? `We now share data with ${who}.`
        : `We no longer share data with ${who}.`;
    }
    case 'retention': {
      const subject = fact.label.replace(/^How long we keep data for /, '');
      if (kind === 'changed')
        return `We now keep data for ${subject} for ${lowerFirst(value)} (was ${lowerFirst(was)}).`;
      return kind === 'added'
        ? `We keep data for ${subject} for ${lowerFirst(value)}.`
        : `We no longer state how long we keep data for ${subject}.`;
    }
    case 'retention-from': {
      const subject = fact.label.replace(/^When the period for (.*) starts$/, '$1');
      if (kind === 'changed')
        return `The period we keep data for ${subject} now starts from ${value} (was ${was}).`;
      return kind === 'added'
        ? `The period we keep data for ${subject} starts from ${value}.`
        : `We no longer say when the period for ${subject} starts.`;
    }
    case 'purpose':
      return kind === 'added'
        ? `We now use personal data for a new purpose: ${quote(value)}.`
        : `We no longer use personal data for ${quote(value)}.`;
    case 'activity':
      return kind === 'added'
        ? `We now collect or use personal data for ${lowerFirst(value)}.`
        : `We no longer collect or use personal data for ${lowerFirst(value)}.`;
    case 'data':
      return kind === 'added'
        ? `We now collect ${lowerFirst(value)} (${fact.label.replace(/^Data we collect for /, '')}).`
        : `We no longer collect ${lowerFirst(value)} (${fact.label.replace(/^Data we collect for /, '')}).`;
    case 'transfer':
      return kind === 'added'
        ? `We now send data outside the UK: ${value}.`
        : kind === 'removed'
          ? `We no longer send data outside the UK to ${value}.`
          : `A transfer outside the UK now goes to ${value} (was ${was}).`;
    case 'right':
      return kind === 'added'
        ? `You now have this right: ${lowerFirst(value)}`
        : kind === 'removed'
          ? `This right no longer applies: ${lowerFirst(value)}`
          : `We have changed how we describe a right: ${lowerFirst(value)}`;
    default:
      if (kind === 'changed') return `${fact.label}: now ${quote(value)} (was ${quote(was)}).`;
      return kind === 'added'
        ? `New: ${lowerFirst(fact.label)} — ${quote(value)}.`
        : `Removed: ${lowerFirst(fact.label)} — ${quote(value)}.`;
  }
}

/** What changed between two sets of facts: changes and additions in the new order, then removals. */
export function describeChanges(
  before: readonly NoticeFact[],
  after: readonly NoticeFact[],
): NoticeChange[] {
  const old = new Map(before.map((fact) => [fact.key, fact]));
  const now = new Map(after.map((fact) => [fact.key, fact]));
  const changes: NoticeChange[] = [];
  for (const fact of after) {
    const previous = old.get(fact.key);
    if (!previous) {
      changes.push({
        kind: 'added',
        key: fact.key,
        label: fact.label,
        before: null,
        after: fact.value,
        sentence: changeSentence('added', fact, null),
      });
    } else if (previous.value !== fact.value) {
      changes.push({
        kind: 'changed',
        key: fact.key,
        label: fact.label,
        before: previous.value,
        after: fact.value,
        sentence: changeSentence('changed', fact, previous.value),
      });
    }
  }
  for (const fact of before) {
    if (!now.has(fact.key)) {
      changes.push({
        kind: 'removed',
        key: fact.key,
        label: fact.label,
        before: fact.value,
        after: null,
        sentence: changeSentence('removed', fact, null),
      });
    }
  }
  return changes;
}
