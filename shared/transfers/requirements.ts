/**
 * What a transfer of personal data to one destination needs under UK GDPR Chapter V, on a given
 * day, in words a person can act on. The adequacy list is a parameter so the user's edited list
 * (Settings) gives the answer, not only the baseline the app ships.
 */
import type { TransferMechanism } from '../domain/enums';
import { transferMechanismLabels } from '../domain/enums';
import type { AdequacyEntry, AdequacyList } from '../reference/adequacy';
import { UK_ADEQUACY_BASELINE } from '../reference/adequacy';
import { countryName } from '../reference/countries';
import { longDate } from '../util/long-date';

/** The IDTA (A1.0) and the UK Addendum (B1.0) came into force on this day. */
export const IDTA_IN_FORCE = '2022-03-21';
/** From this day, EU SCCs without the UK Addendum no longer cover a UK transfer. */
export const LEGACY_SCCS_END = '2024-03-21';
const LEGACY_SCCS_LAST_DAY = '2024-03-20';
/** After the IDTA came in, EU SCCs carried on only in contracts signed by this day. */
const LEGACY_SCCS_SIGNED_BY = '2022-09-21';

/** Safeguards under Article 46 of the UK GDPR: each needs a transfer risk assessment first. */
export const article46Mechanisms = ['idta', 'uk-addendum', 'bcrs'] as const;
export type Article46Mechanism = (typeof article46Mechanisms)[number];

const isArticle46 = (mechanism: TransferMechanism): mechanism is Article46Mechanism =>
  (article46Mechanisms as readonly TransferMechanism[]).includes(mechanism);

export interface TransferQuestion {
  /** ISO 3166-1 alpha-2 code of the destination country. */
  destination: string;
  /** The day the answer is for, as YYYY-MM-DD (usually today, or the transfer's start). */
  on: string;
  /** Defaults to the baseline the app ships; pass the user's edited list when there is one. */
  adequacy?: AdequacyList;
  /**
   * For a partial adequacy, whether the recipient is within its scope: certified to the DPF UK
   * Extension (United States), subject to PIPEDA (Canada), covered by APPI (Japan). Null or
   * absent while nobody has checked.
   */
  recipientCertified?: boolean | null;
  /** The mechanism the transfer record names, if any. */
  mechanism?: TransferMechanism | null;
}

/** Why a restricted transfer needs a safeguard or exception of its own. */
export type NoAdequacyReason =
  'no-adequacy' | 'adequacy-not-yet-in-force' | 'adequacy-ended' | 'outside-partial-scope';

/** Whether a transfer risk assessment is needed; it depends on the mechanism until one is chosen. */
export type TraNeed = 'required' | 'not-needed' | 'required-for-article-46';

export type TransferRequirement =
  | { kind: 'not-restricted'; destination: string; message: string }
  | {
      kind: 'adequate';
      destination: string;
      basis: 'adequacy' | 'uk-us-data-bridge';
      entry: AdequacyEntry;
      message: string;
    }
  | { kind: 'confirm-scope'; destination: string; entry: AdequacyEntry; message: string }
  | {
      kind: 'needs-safeguard';
      destination: string;
      reason: NoAdequacyReason;
      /** The adequacy entry that does not cover this transfer, when there is one. */
      entry: AdequacyEntry | null;
      /** Mechanisms that can be relied on for this destination on this day. */
      options: readonly TransferMechanism[];
      /** The chosen mechanism when it is an Article 46 safeguard or an Article 49 exception. */
      mechanism: Article46Mechanism | 'art49-exception' | 'legacy-eu-sccs' | null;
      tra: TraNeed;
      message: string;
    }
  | {
      kind: 'mechanism-not-valid';
      destination: string;
      mechanism: TransferMechanism;
      /** What the destination needs instead, ignoring the invalid mechanism. */
      instead: Exclude<TransferRequirement, { kind: 'mechanism-not-valid' }>;
      message: string;
    };

type DestinationAnswer = Exclude<TransferRequirement, { kind: 'mechanism-not-valid' }>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const inForce = (entry: AdequacyEntry, on: string): boolean =>
  entry.from <= on && (entry.until === null || on < entry.until);

/**
 * The adequacy entry that applies to a code on a day; otherwise the reason none does, with the
 * entry that explains it (the next to start, else the last to end). A list may hold several
 * entries for one code, e.g. an adequacy that ended and was later made again.
 */
export const findAdequacy = (
  code: string,
  on: string,
  list: AdequacyList = UK_ADEQUACY_BASELINE,
):
  | { found: true; entry: AdequacyEntry }
  | {
      found: false;
      reason: 'no-adequacy' | 'adequacy-not-yet-in-force' | 'adequacy-ended';
      entry: AdequacyEntry | null;
    } => {
  const entries = list.entries.filter((entry) => entry.code === code);
  // Prefer a full adequacy when an edited list has both kinds in force at once.
  const current =
    entries.find((entry) => inForce(entry, on) && entry.scope === 'full') ??
    entries.find((entry) => inForce(entry, on));
  if (current) return { found: true, entry: current };
  const upcoming = entries
    .filter((entry) => entry.from > on)
    .sort((a, b) => a.from.localeCompare(b.from))[0];
  if (upcoming) return { found: false, reason: 'adequacy-not-yet-in-force', entry: upcoming };
  const ended = entries
    .filter((entry) => entry.until !== null && entry.until <= on)
    .sort((a, b) => (b.until ?? '').localeCompare(a.until ?? ''))[0];
  if (ended) return { found: false, reason: 'adequacy-ended', entry: ended };
  return { found: false, reason: 'no-adequacy', entry: null };
};

/** Mechanisms other than adequacy that are available on a day. */
const safeguardOptions = (on: string): TransferMechanism[] =>
  on >= IDTA_IN_FORCE
    ? ['idta', 'uk-addendum', 'bcrs', 'art49-exception']
    : // Before the IDTA, EU SCCs stood in for it under the transitional provisions.
      ['legacy-eu-sccs', 'bcrs', 'art49-exception'];

const optionList = (options: readonly TransferMechanism[]): string => {
  const names = options.map((option) =>
    option === 'art49-exception'
      ? 'an Article 49 exception'
      : option === 'legacy-eu-sccs'
        ? 'EU SCCs'
        : option === 'idta'
          ? 'an IDTA'
          : option === 'uk-addendum'
            ? 'the UK Addendum to the EU SCCs'
            : transferMechanismLabels[option].toLowerCase(),
  );
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`
    : names.join('');
};

const isUs = (entry: AdequacyEntry): boolean => entry.code === 'US';

const reasonText = (
  reason: NoAdequacyReason,
  name: string,
  entry: AdequacyEntry | null,
  on: string,
): string => {
  switch (reason) {
    case 'no-adequacy':
      return `${name} has no UK adequacy regulations.`;
    case 'adequacy-not-yet-in-force':
      return `UK adequacy for ${name} applies only from ${longDate(entry?.from ?? on)}.`;
    case 'adequacy-ended':
      return `UK adequacy for ${name} stopped applying on ${longDate(entry?.until ?? on)}.`;
    case 'outside-partial-scope':
      return entry && isUs(entry)
        ? `The recipient is not certified to the DPF UK Extension, so the UK–US data bridge does not cover it.`
        : `The recipient is outside the UK adequacy for ${name} (${entry?.scopeNote ?? ''}).`;
  }
};

const needsSafeguard = (
  destination: string,
  on: string,
  reason: NoAdequacyReason,
  entry: AdequacyEntry | null,
  mechanism: TransferMechanism | null,
): DestinationAnswer => {
  const name = countryName(destination);
  const why = reasonText(reason, name, entry, on);
  const options = safeguardOptions(on);
  const answer = (
    chosen: Extract<DestinationAnswer, { kind: 'needs-safeguard' }>['mechanism'],
    tra: TraNeed,
    message: string,
  ): DestinationAnswer => ({
    kind: 'needs-safeguard',
    destination,
    reason,
    entry,
    options,
    mechanism: chosen,
    tra,
    message: `${why} ${message}`,
  });
  if (mechanism === 'art49-exception') {
    return answer(
      mechanism,
      'not-needed',
      'Record which Article 49 exception applies and why. Exceptions suit occasional transfers, not regular ones; no transfer risk assessment is needed.',
    );
  }
  if (mechanism === 'legacy-eu-sccs') {
    // Only reached before the SCCs' end date: mechanismProblem refuses them from then on.
    return answer(
      mechanism,
      'required',
      `EU SCCs cover the transfer only until ${longDate(LEGACY_SCCS_LAST_DAY)}, and from ${longDate(IDTA_IN_FORCE)} only if signed on or before ${longDate(LEGACY_SCCS_SIGNED_BY)}. Complete a transfer risk assessment, and move to an IDTA or the UK Addendum before they lapse.`,
    );
  }
  if (mechanism !== null && isArticle46(mechanism)) {
    return answer(
      mechanism,
      'required',
      `Put ${optionList([mechanism])} in place and complete a transfer risk assessment before the transfer.`,
    );
  }
  return answer(
    null,
    'required-for-article-46',
    `Choose ${optionList(options)}. ${
      options.includes('idta')
        ? 'An IDTA, the UK Addendum or BCRs also need a transfer risk assessment.'
        : 'EU SCCs or BCRs also need a transfer risk assessment.'
    }`,
  );
};

/** What the destination needs on the day, leaving aside any problem with the chosen mechanism. */
const forDestination = (
  destination: string,
  on: string,
  list: AdequacyList,
  recipientCertified: boolean | null,
  mechanism: TransferMechanism | null,
): DestinationAnswer => {
  const name = countryName(destination);
  if (destination === 'GB') {
    return {
      kind: 'not-restricted',
      destination,
      message: `Sending personal data within the ${name} is not a restricted transfer: no transfer safeguard is needed.`,
    };
  }
  const found = findAdequacy(destination, on, list);
  if (!found.found) return needsSafeguard(destination, on, found.reason, found.entry, mechanism);
  const { entry } = found;
  if (entry.scope === 'full') {
    return {
      kind: 'adequate',
      destination,
      basis: 'adequacy',
      entry,
      message: `${name} has UK adequacy: nothing more is needed for this transfer.`,
    };
  }
  if (recipientCertified === true) {
    return isUs(entry)
      ? {
          kind: 'adequate',
          destination,
          basis: 'uk-us-data-bridge',
          entry,
          message: `The recipient is certified to the DPF UK Extension: the UK–US data bridge covers this transfer. Check the certification is still active when you review it.`,
        }
      : {
          kind: 'adequate',
          destination,
          basis: 'adequacy',
          entry,
          message: `The recipient is within the UK adequacy for ${name} (${entry.scopeNote}): nothing more is needed for this transfer.`,
        };
  }
  if (recipientCertified === false) {
    return needsSafeguard(destination, on, 'outside-partial-scope', entry, mechanism);
  }
  const fallback = `If it is not, you need an IDTA, the UK Addendum or BCRs with a transfer risk assessment, or an Article 49 exception.`;
  return {
    kind: 'confirm-scope',
    destination,
    entry,
    message: isUs(entry)
      ? `Confirm the recipient is certified to the DPF UK Extension (search the Data Privacy Framework List). If it is, the UK–US data bridge covers the transfer. ${fallback}`
      : `UK adequacy for ${name} is partial. Confirm the recipient is within its scope: ${entry.scopeNote}. ${fallback}`,
  };
};

/** Why the chosen mechanism cannot be relied on for this answer, or null when it can. */
const mechanismProblem = (
  mechanism: TransferMechanism,
  on: string,
  answer: DestinationAnswer,
): string | null => {
  if (mechanism === 'legacy-eu-sccs' && on >= LEGACY_SCCS_END) {
    return `EU SCCs without the UK Addendum have not been valid for UK transfers since ${longDate(LEGACY_SCCS_END)}.`;
  }
  if ((mechanism === 'idta' || mechanism === 'uk-addendum') && on < IDTA_IN_FORCE) {
    return `${transferMechanismLabels[mechanism]} only came into force on ${longDate(IDTA_IN_FORCE)}.`;
  }
  if (mechanism === 'uk-us-data-bridge') {
    // While certification is unchecked the confirm-scope answer already says what to do.
    const bridgeFits =
      (answer.kind === 'adequate' && answer.basis === mechanism) ||
      (answer.kind === 'confirm-scope' && isUs(answer.entry));
    return bridgeFits
      ? null
      : 'The UK–US data bridge covers only US recipients certified to the DPF UK Extension.';
  }
  if (mechanism === 'adequacy' && answer.kind === 'needs-safeguard') {
    return 'UK adequacy does not cover this transfer.';
  }
  return null;
};

/** What a transfer to one destination needs on a day, as an answer a person can act on. */
export const whatIsNeeded = ({
  destination,
  on,
  adequacy = UK_ADEQUACY_BASELINE,
  recipientCertified = null,
  mechanism = null,
}: TransferQuestion): TransferRequirement => {
  // A malformed day would compare wrongly as a string and give a confident wrong answer.
  if (!isoDate.test(on)) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${on}"`);
  const code = destination.trim().toUpperCase();
  const answer = forDestination(code, on, adequacy, recipientCertified, mechanism);
  if (mechanism === null || answer.kind === 'not-restricted') return answer;
  const problem = mechanismProblem(mechanism, on, answer);
  if (problem === null) return answer;
  // Say what to do instead, judged as if no mechanism had been chosen yet.
  const instead = forDestination(code, on, adequacy, recipientCertified, null);
  return {
    kind: 'mechanism-not-valid',
    destination: code,
    mechanism,
    instead,
    message: `${problem} ${instead.message}`,
  };
};

/** The countries in a list that lie outside the UK, each once, in the order given. */
export const needsTransferRecord = (countries: readonly string[]): string[] => [
  ...new Set(
    countries
      .map((code) => code.trim().toUpperCase())
      .filter((code) => code !== '' && code !== 'GB'),
  ),
];
