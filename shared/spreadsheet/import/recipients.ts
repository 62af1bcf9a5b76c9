/**
 * The recipient columns: names split into third parties (reused by name), their contracts, and
 * the transfers a destination and a recipient tie together.
 */
import type { Activity } from '../../domain/activity';
import {
  contractStatusLabels,
  contractStatuses,
  thirdPartyKindLabels,
  thirdPartyKinds,
  thirdPartyTypeLabels,
  thirdPartyTypes,
  type ContractStatus,
  type ThirdPartyKind,
  type ThirdPartyType,
} from '../../domain/enums';
import { blankThirdParty } from '../../domain/factories';
import type { ThirdParty } from '../../domain/third-party';
import {
  addNote,
  LIST_ITEM,
  nameKey,
  SHORT_TEXT,
  type CellSource,
  type PlanBuilder,
} from './builder';
import { cellLines, isNotApplicable, normalise, shorten, splitsOnCommas } from './text';
import { readDate } from './words';

const kindChoices = thirdPartyKinds.map((k) => ({ value: k, label: thirdPartyKindLabels[k] }));
const typeChoices = thirdPartyTypes.map((t) => ({ value: t, label: thirdPartyTypeLabels[t] }));

const byLabel = <T extends string>(labels: Record<T, string>, text: string): T | undefined =>
  (Object.keys(labels) as T[]).find((key) => normalise(labels[key]) === normalise(text));

const publicAuthority =
  /\b(hmrc|dwp|nhs|council|police|government|ministry|department for|home office|local authority|court|tribunal|ofsted|charity commission|companies house|ico|information commissioner|cqc|fca)\b/i;

const kindWords: [ThirdPartyKind, RegExp][] = [
  ['sub-processor', /sub-?processor/i],
  ['processor', /processor/i],
  ['joint-controller', /joint controller/i],
  ['independent-controller', /controller/i],
  ['public-authority', publicAuthority],
];

const typeWords: [ThirdPartyType, RegExp][] = [
  ['regulator', /\b(ico|information commissioner|regulator|charity commission|ofsted|cqc|fca)\b/i],
  ['funder', /\b(funders?|lottery|grant)\b/i],
  [
    'email-marketing-platform',
    /mailchimp|email marketing|dotdigital|campaign monitor|constant contact/i,
  ],
  ['marketing-consultancy', /marketing (consultan|agency)/i],
  ['accountant', /accountant/i],
  ['bookkeeper', /bookkeep/i],
  ['accounting-package', /xero|quickbooks|sage|freeagent|accounting (package|software)/i],
  ['solicitor', /solicitor|law firm|lawyers?/i],
  ['courier', /courier|royal mail|\bdpd\b|\bdhl\b|evri|parcelforce|delivery/i],
  ['payment-processor', /stripe|paypal|sumup|square|worldpay|gocardless|payment/i],
  [
    'social-media-platform',
    /facebook|instagram|\bmeta\b|linkedin|twitter|\bx\b|tiktok|youtube|social media/i,
  ],
  ['crm', /\bcrm\b|salesforce|hubspot|beacon|donorfy/i],
  ['email-and-office-software', /microsoft|office 365|google workspace|gmail|outlook/i],
  ['webhost', /web ?host|hosting|wordpress|squarespace|wix|shopify/i],
  ['it-company', /\bit (support|company|provider)|managed service/i],
  ['partner', /partners?\b/i],
  ['stakeholder', /stakeholders?/i],
];

const labelled = /^(.*\S)\s*\(([^()]*)\)$/;

interface RecipientItem {
  name: string;
  kind: ThirdPartyKind | null;
  type: ThirdPartyType | null;
  /** The kind and type were our own labels, as the export writes them. */
  exact: boolean;
}

/** "Mailchimp (Processor, Email marketing platform)" as the export writes it. */
function exportedItem(line: string): RecipientItem | null {
  const match = labelled.exec(line);
  const [kindText, typeText] = (match?.[2] ?? '').split(/,\s*/);
  const kind = kindText === undefined ? undefined : byLabel(thirdPartyKindLabels, kindText);
  const type = typeText === undefined ? undefined : byLabel(thirdPartyTypeLabels, typeText);
  if (!match?.[1] || !kind || !type) return null;
  return { name: match[1], kind, type, exact: true };
}

function wordItem(text: string): RecipientItem {
  const match = labelled.exec(text);
  const hint = match?.[2] ?? '';
  const hinted = kindWords.some(([, pattern]) => pattern.test(hint));
  const name = hinted && match?.[1] ? match[1] : text;
  const kind = kindWords.find(([, pattern]) => pattern.test(`${hint} ${text}`))?.[0] ?? null;
  const type = typeWords.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  return { name, kind, type, exact: false };
}

/** A recipients cell as named organisations and categories described in words. */
export function splitRecipients(text: string): { items: RecipientItem[]; categories: string[] } {
  if (isNotApplicable(text)) return { items: [], categories: [] };
  const lines = cellLines(text);
  const exported = lines.map(exportedItem);
  // In our own export, a line without "(kind, type)" is a category of recipients.
  if (exported.some((item) => item !== null)) {
    return {
      items: exported.filter((item): item is RecipientItem => item !== null),
      categories: lines.filter((_, index) => exported[index] === null),
    };
  }
  const items: RecipientItem[] = [];
  const categories: string[] = [];
  for (const line of lines) {
    const parts = line
      .split(';')
      .flatMap((part) => (splitsOnCommas(part) ? part.split(',') : [part]));
    for (const part of parts
      .map((p) => p.trim().replace(/^(and|&)\s+/i, ''))
      .filter((p) => p !== '')) {
      if (part.length > 80) categories.push(part);
      else items.push(wordItem(part));
    }
  }
  return { items, categories };
}

/** The row's recipients as third parties: reused by name, or created with their kind to confirm. */
export function readRecipients(
  builder: PlanBuilder,
  activity: Activity,
  source: CellSource,
): ThirdParty[] {
  const { items, categories } = splitRecipients(source.text);
  const parties: ThirdParty[] = [];
  for (const item of items) {
    const name = shorten(item.name, 200);
    const found = builder.findParty(name);
    if (found) {
      if (!parties.includes(found.party)) parties.push(found.party);
      continue;
    }
    const party = blankThirdParty(builder.options.now, {
      id: builder.options.newId(),
      name,
      kind: item.kind ?? 'processor',
      type: item.type ?? 'other',
      toConfirm: [],
    });
    // Only processors need an Article 28 contract; others start as not needing one.
    if (party.kind !== 'processor' && party.kind !== 'sub-processor') {
      party.contract = { ...party.contract, status: 'not-needed' };
    }
    builder.addParty(party);
    parties.push(party);
    const how = item.exact
      ? 'as written'
      : item.kind
        ? 'from the words used'
        : 'not clear from the name: the usual case, to check';
    builder.read(
      'thirdParty',
      party,
      'kind',
      source,
      `${thirdPartyKindLabels[party.kind]} (${how})`,
      {
        choices: kindChoices,
        value: party.kind,
      },
    );
    builder.read(
      'thirdParty',
      party,
      'type',
      source,
      `${thirdPartyTypeLabels[party.type]} (${item.exact ? 'as written' : item.type ? 'from the words used' : 'not clear from the name'})`,
      { choices: typeChoices, value: party.type },
    );
  }
  activity.recipientIds = parties.map((party) => party.id);
  activity.recipientCategories = categories.map((category) => shorten(category, LIST_ITEM));
  if (categories.length > 0) {
    builder.read(
      'activity',
      activity,
      'recipientCategories',
      source,
      `Kept as categories of recipients, not named organisations: ${categories.join('; ')}`,
    );
  }
  return parties;
}

const statusWords: [ContractStatus, RegExp][] = [
  ['expired', /expired/i],
  ['requested', /requested|awaiting|pending|chasing/i],
  ['not-needed', /not needed|not required/i],
  ['missing', /missing|no contract|none/i],
  ['in-place', /in place|signed|agreed|yes|dpa|terms/i],
];
const statusChoices = contractStatuses.map((s) => ({ value: s, label: contractStatusLabels[s] }));

/** A row party named in a line ("Microsoft: In place", "United States (Microsoft)"). */
export function partyIn(line: string, parties: readonly ThirdParty[]): ThirdParty | null {
  const text = ` ${normalise(line)} `;
  const named = parties
    .filter((party) => text.includes(` ${normalise(party.name)} `))
    .sort((a, b) => b.name.length - a.name.length);
  return named[0] ?? (parties.length === 1 ? (parties[0] ?? null) : null);
}

/** Contract lines: status, reference and document for third parties this import creates. */
export function readContracts(
  builder: PlanBuilder,
  activity: Activity,
  parties: readonly ThirdParty[],
  source: CellSource,
): void {
  if (isNotApplicable(source.text)) return;
  for (const line of cellLines(source.text)) {
    const party = partyIn(line, parties);
    const isNew = party !== null && builder.newParties.includes(party);
    if (party === null || !isNew || party.toConfirm.includes('contract.status')) {
      if (party === null) {
        addNote(activity, `${source.heading}: ${line}`);
        builder.read(
          'activity',
          activity,
          'internalNotes',
          source,
          `Not tied to a recipient of this row; kept in the internal notes: “${line}”`,
        );
      }
      continue;
    }
    const colon = line.indexOf(':');
    const rest = (
      colon > -1 && nameKey(line.slice(0, colon)) === nameKey(party.name)
        ? line.slice(colon + 1)
        : line
    ).trim();
    const [first = '', ...others] = rest.split(/\s+—\s+/);
    const labelled = byLabel(contractStatusLabels, first);
    const status =
      labelled ?? statusWords.find(([, pattern]) => pattern.test(rest))?.[0] ?? 'in-place';
    const details = labelled ? others : [rest];
    const [reference = '', document = ''] =
      details.length > 2 ? [details.slice(0, -1).join(' — '), details.at(-1)] : details;
    const isLink = (text: string) => /^(https?:\/\/|[a-z]:\\|\\\\|\/)/i.test(text);
    party.contract = {
      ...party.contract,
      status,
      reference: isLink(reference) && document === '' ? '' : shorten(reference, SHORT_TEXT),
      document: shorten(isLink(reference) && document === '' ? reference : document, SHORT_TEXT),
    };
    builder.read(
      'thirdParty',
      party,
      'contract.status',
      source,
      `${contractStatusLabels[status]}${labelled ? '' : ' (from the words used)'}`,
      {
        choices: statusChoices,
        value: status,
      },
    );
    const date = readDate(rest);
    if (date?.date) {
      party.contract.signedOn = date.date;
      builder.read(
        'thirdParty',
        party,
        'contract.signedOn',
        source,
        `Signed on ${date.date} (read from “${date.text}”)`,
      );
    } else if (date) {
      builder.read(
        'thirdParty',
        party,
        'contract.reference',
        source,
        `“${date.text}” is not a date that exists; kept as text in the reference`,
      );
    }
  }
}
