/**
 * The privacy notice as an output of the register: every statement comes from a record, in
 * the app's own plain English, in the order UK notices are read. Pure and deterministic.
 */
import type { Activity } from '../domain/activity';
import {
  specialCategoryLabels,
  art9ConditionLabels,
  schedule1ConditionLabels,
} from '../domain/enums';
import {
  noticeSectionIds,
  type NoticeBlock,
  type NoticeDocument,
  type NoticeSection,
  type NoticeSectionId,
} from '../domain/notice';
import type { Organisation } from '../domain/organisation';
import type { Register } from '../domain/register';
import { rights as allRights, deriveRights, type Right } from '../rights/derive';
import {
  DUAA_ROYAL_ASSENT,
  activitiesInScope,
  basisSentence,
  channelsText,
  countriesText,
  hasMarketing,
  joinAnd,
  longDate,
  lowerFirst,
  mentionsSuppression,
  recipientName,
  recipientsOf,
  safeguardSentence,
  sentence,
  transfersInScope,
  usesConsent,
} from './scope';

export interface ComposeOptions {
  /** The audience the notice is for, or null for one notice covering every audience. */
  audienceId: string | null;
  /** Whether the sharing section names each processor, not only its category. */
  nameProcessors: boolean;
  /** The date the notice states it was last updated, YYYY-MM-DD. */
  lastUpdated: string;
}

export const noticeSectionTitles: Record<NoticeSectionId, string> = {
  'who-we-are': 'Who we are and how to contact us',
  'what-we-collect': 'What we collect and why',
  'lawful-bases': 'Our lawful basis for each use',
  sharing: 'Who we share your data with',
  transfers: 'Transfers outside the UK',
  retention: 'How long we keep your data',
  marketing: 'Marketing and how to opt out',
  'your-rights': 'Your rights',
  'withdraw-consent': 'Withdrawing your consent',
  'automated-decisions': 'Automated decision-making',
  sources: 'Where we get your data from',
  requirement: 'Do you have to give us your data?',
  complaints: 'How to complain',
  changes: 'Changes to this notice',
  legislation: 'The law this notice follows',
};

/** Sections every notice has, even when the register gives them little to say. */
export const requiredSectionIds: readonly NoticeSectionId[] = [
  'who-we-are',
  'your-rights',
  'complaints',
  'changes',
  'legislation',
];

/** The ICO's public contact points: fixed reference text, checked against ico.org.uk. */
export const ICO_CONTACT = {
  name: 'Information Commissioner’s Office',
  website: 'https://ico.org.uk/make-a-complaint/',
  helpline: '0303 123 1113',
  address:
    'Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF',
} as const;

const p = (text: string): NoticeBlock => ({ kind: 'paragraph', text });
const h = (text: string): NoticeBlock => ({ kind: 'subheading', text });
const ul = (items: readonly string[]): NoticeBlock[] =>
  items.length > 0 ? [{ kind: 'list', items: [...items] }] : [];

interface Context {
  register: Register;
  organisation: Organisation | null;
  options: ComposeOptions;
  activities: Activity[];
}

export function addressText(organisation: Organisation): string {
  const a = organisation.registeredAddress;
  return [a.line1, a.line2, a.town, a.county, a.postcode, a.country]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

const contactText = (contact: { name: string; email: string; phone: string; address: string }) =>
  [
    contact.name,
    contact.email && `email ${contact.email}`,
    contact.phone && `phone ${contact.phone}`,
    contact.address && `post ${contact.address}`,
  ]
    .filter(Boolean)
    .join(', ');

function whoWeAre({ organisation }: Context): NoticeBlock[] {
  if (!organisation) {
    return [p('The organisation’s details have not been recorded yet.')];
  }
  const identity = [
    `${organisation.name} is the controller of the personal data this notice describes: we decide why and how it is used, and we are responsible for looking after it.`,
  ];
  const registered: string[] = [];
  const address = addressText(organisation);
  if (address) registered.push(`Registered address: ${address}`);
  if (organisation.companyNumber) registered.push(`Company number: ${organisation.companyNumber}`);
  if (organisation.charityNumber) registered.push(`Charity number: ${organisation.charityNumber}`);
  if (organisation.icoRegistrationNumber)
    registered.push(
      `Registered with the Information Commissioner’s Office as a data controller, reference ${organisation.icoRegistrationNumber}`,
    );
  const contact: string[] = [];
  if (organisation.email) contact.push(`Email: ${organisation.email}`);
  if (organisation.phone) contact.push(`Phone: ${organisation.phone}`);
  if (address) contact.push(`Post: ${address}`);
  if (organisation.website) contact.push(`Website: ${organisation.website}`);
  const blocks = [p(identity.join(' ')), ...ul(registered)];
  if (contact.length > 0) {
    blocks.push(p('For any question about your personal data, contact us:'), ...ul(contact));
  }
  if (organisation.dpo.appointed) {
    blocks.push(
      p(
        `Our data protection officer can be reached directly: ${contactText(organisation.dpo.contact)}.`,
      ),
    );
  }
  if (organisation.representative.needed) {
    blocks.push(
      p(
        `Our representative for data protection matters is ${contactText(organisation.representative.contact)}.`,
      ),
    );
  }
  const accounts = organisation.socialMedia.map((account) =>
    account.handle ? `${account.platform} (${account.handle})` : account.platform,
  );
  if (accounts.length > 0) {
    blocks.push(p(`You can also find us on social media: ${joinAnd(accounts)}.`));
  }
  return blocks;
}

function specialCategoryText(activity: Activity): string[] {
  const lines: string[] = [];
  if (activity.specialCategories.length > 0) {
    const categories = joinAnd(
      activity.specialCategories.map((c) => lowerFirst(specialCategoryLabels[c])),
    );
    lines.push(`This includes more sensitive data (special category data): ${categories}.`);
  }
  if (activity.criminalOffenceData) {
    lines.push('This includes information about criminal convictions or offences.');
  }
  return lines;
}

function whatWeCollect({ activities }: Context): NoticeBlock[] {
  if (activities.length === 0) return [];
  const blocks: NoticeBlock[] = [
    p('Each heading below is one way we collect or use personal data.'),
  ];
  for (const activity of activities) {
    blocks.push(h(activity.name));
    if (activity.description.trim()) blocks.push(p(activity.description.trim()));
    if (activity.dataSubjects.length > 0)
      blocks.push(p(`Whose data: ${joinAnd(activity.dataSubjects.map(lowerFirst))}.`));
    if (activity.purposes.length > 0)
      blocks.push(p('What we use it for:'), ...ul(activity.purposes));
    if (activity.personalData.length > 0)
      blocks.push(p('The data we collect:'), ...ul(activity.personalData));
    for (const line of specialCategoryText(activity)) blocks.push(p(line));
    if (activity.sources.length > 0)
      blocks.push(p(`Where it comes from: ${joinAnd(activity.sources.map(lowerFirst))}.`));
  }
  return blocks;
}

function lawfulBases({ activities }: Context): NoticeBlock[] {
  if (activities.length === 0) return [];
  const blocks: NoticeBlock[] = [
    p(
      'The law lets us use personal data only when we have a lawful basis for it. For each way we use your data, as described under “What we collect and why”:',
    ),
  ];
  for (const activity of activities) {
    blocks.push(h(activity.name));
    blocks.push(p(basisSentence(activity)));
    if (activity.lawfulBasis === 'legitimate-interests') {
      blocks.push(
        p(
          activity.legitimateInterest.trim()
            ? `Our legitimate interest: ${sentence(lowerFirst(activity.legitimateInterest))}`
            : 'We have not yet recorded what our legitimate interest is.',
        ),
      );
    }
    if (activity.lawfulBasisDetail.trim()) blocks.push(p(activity.lawfulBasisDetail.trim()));
    if (activity.specialCategories.length > 0 && activity.art9Condition) {
      const schedule = activity.schedule1Condition
        ? ` with the Data Protection Act 2018, Schedule 1, ${schedule1ConditionLabels[activity.schedule1Condition]}`
        : '';
      blocks.push(
        p(
          `For the special category data we also rely on UK GDPR Article ${art9ConditionLabels[activity.art9Condition]}${schedule}.`,
        ),
      );
    }
    if (activity.jointController.trim()) {
      blocks.push(
        p(
          `We share responsibility for this as joint controllers: ${sentence(activity.jointController)}`,
        ),
      );
    }
  }
  return blocks;
}

function sharing({ register, activities, options }: Context): NoticeBlock[] {
  const parties = recipientsOf(register, activities);
  const categorySet = new Set<string>();
  for (const activity of activities)
    for (const category of activity.recipientCategories) categorySet.add(category);
  const categories = [...categorySet];
  if (parties.length === 0 && categories.length === 0) return [];
  // One line per name shown, listing the activities it serves, so categories are not repeated.
  // Looked up by position rather than scanning every party per activity: registers with
  // thousands of activities and hundreds of parties made that scan dominate the notice.
  const positions = new Map<string, number[]>();
  parties.forEach((party, index) => {
    const list = positions.get(party.id);
    if (list) list.push(index);
    else positions.set(party.id, [index]);
  });
  const names = parties.map((party) => recipientName(party, options.nameProcessors));
  const lines = new Map<string, Set<string>>();
  for (const activity of activities) {
    const served: number[] = [];
    for (const id of activity.recipientIds) {
      for (const index of positions.get(id) ?? []) {
        if (!served.includes(index)) served.push(index);
      }
    }
    if (served.length === 0) continue;
    if (served.length > 1) served.sort((a, b) => a - b);
    const use = lowerFirst(activity.name);
    for (const index of served) {
      const name = names[index] as string;
      const uses = lines.get(name);
      if (uses) uses.add(use);
      else lines.set(name, new Set([use]));
    }
  }
  const items = [...lines].map(([name, uses]) => `${name} — for ${joinAnd([...uses])}`);
  items.push(...categories);
  const blocks = [
    p(
      'We share personal data only where we need to, and only what the recipient needs. The recipients are:',
    ),
    ...ul(items),
  ];
  if (parties.some((party) => party.kind === 'processor' || party.kind === 'sub-processor')) {
    blocks.push(
      p(
        'Some of them (our processors) handle the data only on our instructions and under a contract that obliges them to keep it secure. The others decide for themselves how to use it, under their own privacy notices.',
      ),
    );
  }
  if (!options.nameProcessors && parties.some((party) => party.kind === 'processor')) {
    blocks.push(p('You can ask us for the names of the organisations we use.'));
  }
  return blocks;
}

function transfers({ register, activities, options }: Context): NoticeBlock[] {
  const list = transfersInScope(register, activities);
  if (list.length === 0) return [];
  const parties = new Map(register.thirdParties.map((tp) => [tp.id, tp]));
  const blocks: NoticeBlock[] = [
    p(
      'Some of the organisations we use hold personal data outside the UK. When data leaves the UK it must stay protected to the standard UK law sets. Each such transfer, and how it is protected:',
    ),
  ];
  for (const transfer of list) {
    const party = parties.get(transfer.thirdPartyId);
    const who = party
      ? options.nameProcessors || !(party.kind === 'processor' || party.kind === 'sub-processor')
        ? party.name
        : recipientName(party, false)
      : 'A recipient';
    blocks.push(
      h(`${who} (${countriesText(transfer.destinations)})`),
      p(safeguardSentence(transfer)),
    );
  }
  return blocks;
}

export function retentionText(activity: Activity): string {
  const r = activity.retention;
  if (!r.period.trim()) return `${activity.name}: we have not yet set how long we keep this.`;
  const parts = [`${activity.name}: ${sentence(r.period)}`];
  if (r.trigger.trim()) parts.push(`Counted from: ${sentence(lowerFirst(r.trigger))}`);
  if (r.justification.trim()) parts.push(`Why: ${sentence(lowerFirst(r.justification))}`);
  if (r.disposal.trim()) parts.push(`Then: ${sentence(lowerFirst(r.disposal))}`);
  return parts.join(' ');
}

function retention({ activities }: Context): NoticeBlock[] {
  if (activities.length === 0) return [];
  return [
    p(
      'We keep personal data only as long as we need it for the reason we collected it, or as long as the law requires:',
    ),
    ...ul(activities.map(retentionText)),
  ];
}

function marketingBasisText(activity: Activity): string | null {
  switch (activity.marketing.basis) {
    case null:
      return null;
    case 'consent':
      return 'We send it only if you have told us you want it (your consent).';
    case 'soft-opt-in-commercial':
      return 'Because you bought from us, or asked about buying, we may send you messages about our own similar products and services without asking first (the “soft opt-in” the law allows). We gave you a simple way to say no when we took your details, and every message gives you another.';
    case 'soft-opt-in-charitable':
      return 'Because you supported or showed interest in our charitable purposes, we may send you messages that further those purposes without asking first (the charitable “soft opt-in” the law allows). We gave you a simple way to say no when we took your details, and every message gives you another.';
  }
}

function marketing({ activities }: Context): NoticeBlock[] {
  const sending = activities.filter(hasMarketing);
  if (sending.length === 0) return [];
  const blocks: NoticeBlock[] = [];
  for (const activity of sending) {
    blocks.push(h(activity.name));
    const channels = channelsText(activity);
    if (channels) blocks.push(p(`How we send it: ${channels}.`));
    const basis = marketingBasisText(activity);
    if (basis) blocks.push(p(basis));
    if (activity.marketing.optOut.trim())
      blocks.push(p(`How to opt out: ${sentence(lowerFirst(activity.marketing.optOut))}`));
  }
  blocks.push(
    p(
      'You can tell us at any time to stop sending you marketing, and we will stop. Your right to object to direct marketing has no exceptions.',
    ),
  );
  if (activities.some(mentionsSuppression)) {
    blocks.push(
      p(
        'When you opt out, we keep your email address on a suppression list: a short record of people we must not contact, so that you do not receive our marketing again by mistake.',
      ),
    );
  }
  blocks.push(
    p(
      'We never pass your details to other organisations for their own marketing unless you have expressly agreed.',
    ),
  );
  return blocks;
}

const rightText: Record<Right, string> = {
  informed: 'To be told how we use your personal data, which is what this notice is for.',
  access: 'To ask for a copy of the personal data we hold about you.',
  rectification: 'To have inaccurate data corrected and incomplete data completed.',
  erasure: 'To ask us to delete your data.',
  restriction:
    'To ask us to limit what we do with your data, for example while we check a correction you asked for.',
  portability:
    'To have data you gave us sent to you, or to another organisation, in a common machine-readable form.',
  object: 'To object to our use of your data.',
  'withdraw-consent': 'To withdraw your consent at any time, where we rely on it.',
  'automated-decisions':
    'Not to be subject to decisions made solely by automated means that have legal or similarly significant effects on you.',
};

/** Which of the rights apply in this notice, and where they apply only to some uses. */
export function rightsForNotice(activities: readonly Activity[]): {
  right: Right;
  text: string;
}[] {
  const automated = activities.some((a) => a.automatedDecisions.exists);
  const withBasis = activities.filter((a) => a.lawfulBasis !== null);
  // Derived once per basis, and split in one pass: per activity, with a search of the available
  // list for each, this grew with the square of the register.
  const offered = new Map(
    [...new Set(withBasis.map((a) => a.lawfulBasis))].map((basis) => [
      basis,
      new Set(
        (deriveRights(basis, automated) ?? [])
          .filter((entry) => entry.availability !== 'no')
          .map((entry) => entry.right),
      ),
    ]),
  );
  const result: { right: Right; text: string }[] = [];
  for (const right of allRights) {
    const available: Activity[] = [];
    const excluded: Activity[] = [];
    for (const activity of withBasis) {
      (offered.get(activity.lawfulBasis)?.has(right) ? available : excluded).push(activity);
    }
    const general =
      right === 'informed' ||
      right === 'access' ||
      right === 'rectification' ||
      right === 'restriction';
    if (!general && available.length === 0) continue;
    const parts = [rightText[right]];
    if (right === 'automated-decisions' && !automated) {
      parts[0] =
        'To be told about any automated decision-making. We make no decisions about you by automated means alone.';
    } else if (!general && excluded.length > 0) {
      parts.push(
        excluded.length <= available.length
          ? `This does not apply to ${joinAnd(excluded.map((a) => lowerFirst(a.name)))}${
              right === 'erasure'
                ? ', while the law requires us to keep that data or we need it for a public task'
                : ''
            }.`
          : `This applies to ${joinAnd(available.map((a) => lowerFirst(a.name)))}.`,
      );
    }
    if (right === 'object') {
      if (available.some((a) => a.lawfulBasis !== 'legitimate-interests' || !hasMarketing(a)))
        parts.push(
          'We must then stop unless we have compelling reasons that override yours, or need the data for a legal claim.',
        );
      if (activities.some(hasMarketing))
        parts.push('You can always object to direct marketing, and we will stop.');
    }
    const text = parts.join(' ');
    result.push({ right, text });
  }
  return result;
}

function yourRights({ activities, organisation }: Context): NoticeBlock[] {
  const list = rightsForNotice(activities);
  const contact = organisation?.email
    ? ` by email to ${organisation.email}`
    : ' using the details above';
  return [
    p(
      'Which rights you have depends on the lawful basis we rely on. For the uses in this notice you have the right:',
    ),
    ...ul(list.map((entry) => entry.text)),
    p(
      `To use any of these rights, contact us${contact}. We answer within one month; if a request is complex, or you make several, we may take up to two more months and will tell you why. There is normally no charge.`,
    ),
  ];
}

function withdrawConsent({ activities, organisation }: Context): NoticeBlock[] {
  const consent = activities.filter(usesConsent);
  if (consent.length === 0) return [];
  const contact = organisation?.email ? `, or write to ${organisation.email}` : '';
  return [
    p(
      `Where we rely on your consent (${joinAnd(consent.map((a) => lowerFirst(a.name)))}), you can withdraw it at any time, as easily as you gave it: use the unsubscribe link or setting offered${contact}.`,
    ),
    p(
      'Withdrawing consent does not make unlawful what we did with your data before, but we stop from then on.',
    ),
  ];
}

function automatedDecisions({ activities }: Context): NoticeBlock[] {
  if (activities.length === 0) return [];
  const automated = activities.filter((a) => a.automatedDecisions.exists);
  if (automated.length === 0) {
    return [
      p(
        'We do not make decisions about you by automated means alone, and we do not use profiling to make decisions that have legal or similarly significant effects on you.',
      ),
    ];
  }
  return [
    p('We make these decisions by automated means:'),
    ...ul(
      automated.map(
        (a) => `${a.name}: ${sentence(a.automatedDecisions.details || 'details to follow')}`,
      ),
    ),
    p(
      'You can ask for a person to review such a decision, give your point of view and challenge the decision.',
    ),
  ];
}

function sources({ activities }: Context): NoticeBlock[] {
  const indirect = activities.filter((a) => !a.collectedFromIndividual);
  if (indirect.length === 0) return [];
  const items = indirect.map((a) => {
    const from =
      a.sources.length > 0
        ? joinAnd(a.sources.map(lowerFirst))
        : 'a source we have not yet recorded';
    const data =
      a.personalData.length > 0 ? ` The data: ${joinAnd(a.personalData.map(lowerFirst))}.` : '';
    return `${a.name}: from ${from}.${data}`;
  });
  return [p('Most of the data we hold comes from you. Some does not:'), ...ul(items)];
}

function requirement({ activities }: Context): NoticeBlock[] {
  const stated = activities.filter((a) => a.requirement.trim());
  if (stated.length === 0) return [];
  return [
    p(
      'Whether you must give us your data, because of the law or a contract, and what happens if you do not:',
    ),
    ...ul(stated.map((a) => `${a.name}: ${sentence(a.requirement)}`)),
  ];
}

function complaints({ organisation }: Context): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  const process = organisation?.complaints.process.trim() ?? '';
  if (organisation && process) {
    blocks.push(
      p(
        'If you are unhappy with how we have handled your personal data, please tell us first so that we can put it right.',
      ),
    );
    blocks.push(p(process));
    blocks.push(
      p(
        `We acknowledge every complaint within ${organisation.complaints.acknowledgeWithinDays} days${
          organisation.complaints.contact ? `; send it to ${organisation.complaints.contact}` : ''
        }.`,
      ),
    );
  } else if (organisation && (organisation.complaints.contact || organisation.email)) {
    // No process written yet: the complaints contact, or the general email, is still a way in.
    const contact = organisation.complaints.contact || organisation.email;
    blocks.push(
      p(
        `If you are unhappy with how we have handled your personal data, please complain to us first at ${contact}. We acknowledge every complaint within ${organisation.complaints.acknowledgeWithinDays} days and tell you the outcome.`,
      ),
    );
  }
  blocks.push(
    p(
      `You also have the right to complain to the ${ICO_CONTACT.name} (ICO), the UK regulator for data protection:`,
    ),
    ...ul([
      `Online: ${ICO_CONTACT.website}`,
      `Helpline: ${ICO_CONTACT.helpline}`,
      `Post: ${ICO_CONTACT.address}`,
    ]),
  );
  return blocks;
}

function changes({ options }: Context): NoticeBlock[] {
  return [
    p(
      `This notice was last updated on ${longDate(options.lastUpdated)}. We update it whenever we change how we use personal data, and the date shows when that last happened.`,
    ),
    p('Please look at it again from time to time. You can ask us for an earlier version.'),
  ];
}

function legislation({ options }: Context): NoticeBlock[] {
  const laws = [
    'The UK General Data Protection Regulation (UK GDPR)',
    'The Data Protection Act 2018',
    'The Privacy and Electronic Communications Regulations 2003 (PECR)',
  ];
  if (options.lastUpdated >= DUAA_ROYAL_ASSENT) laws.push('The Data (Use and Access) Act 2025');
  return [p('This notice is given under:'), ...ul(laws)];
}

const composers: Record<NoticeSectionId, (context: Context) => NoticeBlock[]> = {
  'who-we-are': whoWeAre,
  'what-we-collect': whatWeCollect,
  'lawful-bases': lawfulBases,
  sharing,
  transfers,
  retention,
  marketing,
  'your-rights': yourRights,
  'withdraw-consent': withdrawConsent,
  'automated-decisions': automatedDecisions,
  sources,
  requirement,
  complaints,
  changes,
  legislation,
};

function introduction({ organisation, register, options }: Context): NoticeBlock[] {
  const name = organisation?.name ?? 'We';
  const audience = organisation?.audiences.find((a) => a.id === options.audienceId);
  const blocks = [
    p(
      `This notice explains what personal data ${name} collects, why, who we share it with, how long we keep it and the rights you have over it.`,
    ),
  ];
  if (audience) {
    blocks.push(
      p(
        `It is written for ${lowerFirst(audience.name)}${audience.description ? `: ${lowerFirst(sentence(audience.description))}` : '.'}`,
      ),
    );
  } else if ((organisation?.audiences.length ?? 0) > 0 && register.activities.length > 0) {
    blocks.push(p('It covers everyone whose personal data we hold.'));
  }
  return blocks;
}

export function composeNotice(register: Register, options: ComposeOptions): NoticeDocument {
  const organisation = register.organisation;
  const context: Context = {
    register,
    organisation,
    options,
    activities: activitiesInScope(register, options.audienceId),
  };
  const audience = organisation?.audiences.find((a) => a.id === options.audienceId) ?? null;
  const sections: NoticeSection[] = [];
  for (const id of noticeSectionIds) {
    const blocks = composers[id](context);
    if (blocks.length === 0 && !requiredSectionIds.includes(id)) continue;
    sections.push({ id, title: noticeSectionTitles[id], blocks });
  }
  return {
    title: 'Privacy notice',
    organisationName: organisation?.name ?? 'Organisation not yet named',
    audienceName: audience?.name ?? null,
    lastUpdated: options.lastUpdated,
    introduction: introduction(context),
    sections,
  };
}
