/**
 * The 16 things UK GDPR Articles 13 and 14 require a notice to say (reference section 4),
 * each judged against the register and against the notice as the organisation will publish
 * it, own wording included, with a plain reason naming the records at fault.
 */
import type { Activity } from '../domain/activity';
import type {
  NoticeBlock,
  NoticeChecklistItem,
  NoticeDocument,
  NoticeSectionId,
} from '../domain/notice';
import type { Register } from '../domain/register';
import { activitiesInScope, joinAnd, recipientsOf, transfersInScope, usesConsent } from './scope';

/** One of the 16 items, judged: the shape a published version keeps (shared/domain/notice). */
export type ChecklistItem = NoticeChecklistItem;

export const checklistRequirements = [
  'Organisation’s name and contact details',
  'Representative (if any)',
  'DPO’s contact details (if any)',
  'Purposes of the processing',
  'Lawful basis for each purpose',
  'The legitimate interests (where relied on)',
  'Categories of personal data (where not obtained from the individual)',
  'Recipients or categories of recipients',
  'Transfers to third countries and the safeguards',
  'Retention periods (or the criteria used to set them)',
  'The individual’s rights',
  'The right to withdraw consent (where consent is relied on)',
  'The right to complain to the ICO',
  'The source of the data (where not obtained from the individual)',
  'Whether providing the data is a statutory or contractual requirement, and the consequences of not providing it',
  'Automated decision-making, including profiling (if any)',
] as const;

const blockText = (block: NoticeBlock): string =>
  block.kind === 'list' ? block.items.join('\n') : block.text;

/** The text of one section of the notice, or null when the notice leaves it out. */
function sectionText(document: NoticeDocument, id: NoticeSectionId): string | null {
  const section = document.sections.find((s) => s.id === id);
  if (!section) return null;
  const text = section.blocks.map(blockText).join('\n').trim();
  return text === '' ? null : text;
}

const names = (activities: readonly Activity[]): string =>
  joinAnd(activities.map((a) => `“${a.name}”`));

const includesText = (haystack: string, needle: string): boolean =>
  needle.trim() !== '' && haystack.toLowerCase().includes(needle.trim().toLowerCase());

type Verdict = Pick<ChecklistItem, 'status' | 'reason'>;
const covered = (reason: string): Verdict => ({ status: 'covered', reason });
const missing = (reason: string): Verdict => ({ status: 'missing', reason });
const notApplicable = (reason: string): Verdict => ({ status: 'not-applicable', reason });

export function noticeChecklist(
  register: Register,
  audienceId: string | null,
  document: NoticeDocument,
): ChecklistItem[] {
  const org = register.organisation;
  const activities = activitiesInScope(register, audienceId);
  const text = (id: NoticeSectionId) => sectionText(document, id);
  const absent = (id: NoticeSectionId, what: string) =>
    missing(`The notice has no “${what}” section, or it is empty.`);
  const noActivities = missing('No processing activity is recorded for this notice.');
  const indirect = activities.filter((a) => !a.collectedFromIndividual);

  const judge: [NoticeSectionId | null, () => Verdict][] = [
    // 1 Name and contact details
    [
      'who-we-are',
      () => {
        if (!org) return missing('The organisation has not been set up.');
        const ways = [org.email, org.phone, org.registeredAddress.line1].filter((x) => x.trim());
        if (ways.length === 0)
          return missing('The organisation has no email, phone or address recorded.');
        const who = text('who-we-are');
        if (!who) return absent('who-we-are', 'Who we are');
        if (!includesText(who, org.name) && !includesText(who, org.email))
          return missing(
            'The “Who we are” wording names neither the organisation nor its email address.',
          );
        return covered(`Names ${org.name} and how to contact it.`);
      },
    ],
    // 2 Representative
    [
      'who-we-are',
      () => {
        if (!org?.representative.needed)
          return notApplicable(
            'No UK or EU representative is needed: the organisation is established in the UK.',
          );
        const contact = org.representative.contact;
        if (!contact.name && !contact.email)
          return missing('A representative is needed but none is recorded.');
        const who = text('who-we-are') ?? '';
        return includesText(who, contact.name) || includesText(who, contact.email)
          ? covered(`Names the representative, ${contact.name || contact.email}.`)
          : missing('The notice does not name the representative.');
      },
    ],
    // 3 DPO
    [
      'who-we-are',
      () => {
        if (!org?.dpo.appointed)
          return notApplicable(
            `No data protection officer is appointed${org?.dpo.reasonNotRequired.trim() ? `: ${org.dpo.reasonNotRequired.trim()}` : '.'}`,
          );
        const contact = org.dpo.contact;
        if (!contact.email && !contact.phone && !contact.address)
          return missing('A DPO is appointed but no contact details are recorded for them.');
        const who = text('who-we-are') ?? '';
        return [contact.email, contact.phone, contact.address].some((c) => includesText(who, c))
          ? covered('Gives the DPO’s contact details.')
          : missing('The notice does not give the DPO’s contact details.');
      },
    ],
    // 4 Purposes
    [
      'what-we-collect',
      () => {
        if (activities.length === 0) return noActivities;
        const none = activities.filter((a) => a.purposes.length === 0);
        if (none.length > 0) return missing(`No purpose recorded for ${names(none)}.`);
        if (!text('what-we-collect')) return absent('what-we-collect', 'What we collect and why');
        return covered(`States the purposes of ${activities.length} activities.`);
      },
    ],
    // 5 Lawful basis for each purpose
    [
      'lawful-bases',
      () => {
        if (activities.length === 0) return noActivities;
        const none = activities.filter((a) => a.lawfulBasis === null);
        if (none.length > 0) return missing(`No lawful basis recorded for ${names(none)}.`);
        if (!text('lawful-bases')) return absent('lawful-bases', 'Lawful basis');
        return covered('States a lawful basis for every activity in the notice.');
      },
    ],
    // 6 Legitimate interests
    [
      'lawful-bases',
      () => {
        const li = activities.filter((a) => a.lawfulBasis === 'legitimate-interests');
        const rli = activities.filter((a) => a.lawfulBasis === 'recognised-legitimate-interest');
        if (li.length + rli.length === 0)
          return notApplicable('No activity in the notice relies on legitimate interests.');
        const none = li.filter((a) => a.legitimateInterest.trim() === '');
        const unnamed = rli.filter((a) => a.recognisedInterest === null);
        if (none.length + unnamed.length > 0)
          return missing(`The interest is not stated for ${names([...none, ...unnamed])}.`);
        const section = text('lawful-bases') ?? '';
        if (!/interest/i.test(section))
          return missing(
            'The lawful basis wording does not say what the legitimate interests are.',
          );
        return covered(`States the interest for ${names([...li, ...rli])}.`);
      },
    ],
    // 7 Categories of data not obtained from the individual
    [
      'sources',
      () => {
        if (indirect.length === 0)
          return notApplicable('All the data in this notice comes from the people themselves.');
        const none = indirect.filter((a) => a.personalData.length === 0);
        if (none.length > 0)
          return missing(`No categories of personal data recorded for ${names(none)}.`);
        if (!text('sources') && !text('what-we-collect'))
          return absent('sources', 'Where we get your data from');
        return covered(`States the data obtained from others for ${names(indirect)}.`);
      },
    ],
    // 8 Recipients
    [
      'sharing',
      () => {
        const parties = recipientsOf(register, activities);
        const categories = activities.flatMap((a) => a.recipientCategories);
        if (parties.length + categories.length === 0)
          return notApplicable('No activity in the notice shares data with anyone.');
        if (!text('sharing')) return absent('sharing', 'Who we share your data with');
        return covered(
          `Names ${parties.length + new Set(categories).size} recipients or categories of recipient.`,
        );
      },
    ],
    // 9 Transfers
    [
      'transfers',
      () => {
        const transfers = transfersInScope(register, activities);
        if (transfers.length === 0)
          return notApplicable('No data in this notice is transferred outside the UK.');
        const parties = new Map(register.thirdParties.map((tp) => [tp.id, tp.name]));
        const unsafe = transfers.filter(
          (t) => t.mechanism === null || t.mechanism === 'legacy-eu-sccs',
        );
        if (unsafe.length > 0)
          return missing(
            `No valid safeguard recorded for the transfer to ${joinAnd(unsafe.map((t) => `“${parties.get(t.thirdPartyId) ?? t.thirdPartyId}”`))}.`,
          );
        if (!text('transfers')) return absent('transfers', 'Transfers outside the UK');
        return covered(`Describes ${transfers.length} transfers and their safeguards.`);
      },
    ],
    // 10 Retention
    [
      'retention',
      () => {
        if (activities.length === 0) return noActivities;
        const none = activities.filter((a) => a.retention.period.trim() === '');
        if (none.length > 0) return missing(`No retention period recorded for ${names(none)}.`);
        if (!text('retention')) return absent('retention', 'How long we keep your data');
        return covered('States how long the data of every activity is kept.');
      },
    ],
    // 11 Rights
    [
      'your-rights',
      () => {
        const section = text('your-rights');
        if (!section) return absent('your-rights', 'Your rights');
        const unknown = activities.filter((a) => a.lawfulBasis === null);
        if (unknown.length > 0)
          return missing(
            `The rights cannot all be worked out: no lawful basis recorded for ${names(unknown)}.`,
          );
        return covered('Lists the rights that follow from the lawful bases used.');
      },
    ],
    // 12 Withdraw consent
    [
      'withdraw-consent',
      () => {
        const consent = activities.filter(usesConsent);
        if (consent.length === 0)
          return notApplicable('No activity in the notice relies on consent.');
        const section = text('withdraw-consent');
        if (!section || !/withdraw|unsubscribe|opt out/i.test(section))
          return missing(
            `Consent is relied on for ${names(consent)} but the notice does not say how to withdraw it.`,
          );
        return covered(`Explains how to withdraw consent for ${names(consent)}.`);
      },
    ],
    // 13 Complain to the ICO
    [
      'complaints',
      () => {
        const section = text('complaints');
        if (!section) return absent('complaints', 'How to complain');
        return /information commissioner|\bICO\b/i.test(section)
          ? covered('Tells people they can complain to the ICO and how.')
          : missing('The complaints wording does not mention the ICO.');
      },
    ],
    // 14 Source
    [
      'sources',
      () => {
        if (indirect.length === 0)
          return notApplicable('All the data in this notice comes from the people themselves.');
        const none = indirect.filter((a) => a.sources.length === 0);
        if (none.length > 0) return missing(`No source recorded for ${names(none)}.`);
        if (!text('sources')) return absent('sources', 'Where we get your data from');
        return covered(`States where the data comes from for ${names(indirect)}.`);
      },
    ],
    // 15 Statutory or contractual requirement
    [
      'requirement',
      () => {
        const direct = activities.filter((a) => a.collectedFromIndividual);
        if (direct.length === 0)
          return notApplicable('No data in this notice is collected from the people themselves.');
        const none = direct.filter((a) => a.requirement.trim() === '');
        if (none.length > 0)
          return missing(
            `Not recorded whether people must give their data for ${names(none)}, or what happens if they do not.`,
          );
        if (!text('requirement')) return absent('requirement', 'Do you have to give us your data?');
        return covered(
          'Says for each activity whether giving the data is required and what happens if not.',
        );
      },
    ],
    // 16 Automated decisions
    [
      'automated-decisions',
      () => {
        if (activities.length === 0) return noActivities;
        const vague = activities.filter(
          (a) => a.automatedDecisions.exists && a.automatedDecisions.details.trim() === '',
        );
        if (vague.length > 0)
          return missing(
            `Automated decisions are recorded for ${names(vague)} without saying what they are.`,
          );
        if (!text('automated-decisions'))
          return absent('automated-decisions', 'Automated decision-making');
        return activities.some((a) => a.automatedDecisions.exists)
          ? covered('Describes the automated decisions and the right to have a person review them.')
          : covered('Says that no decisions are made by automated means alone.');
      },
    ],
  ];

  return judge.map(([sectionId, verdict], index) => ({
    number: index + 1,
    requirement: checklistRequirements[index] ?? '',
    sectionId,
    ...verdict(),
  }));
}
