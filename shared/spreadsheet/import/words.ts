/**
 * Reading free text as a practitioner would: lawful bases, Article 9 and Schedule 1 conditions,
 * special category and criminal offence data, transfer mechanisms, countries, yes/no and dates.
 * Each reader returns what it found (or null); the plan records every finding as a reading.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import {
  art9ConditionLabels,
  art9Conditions,
  lawfulBases,
  lawfulBasisLabels,
  recognisedLegitimateInterestLabels,
  recognisedLegitimateInterests,
  schedule1ConditionLabels,
  schedule1Conditions,
  specialCategories,
  specialCategoryLabels,
  transferMechanismLabels,
  transferMechanisms,
  type Art9Condition,
  type LawfulBasis,
  type RecognisedLegitimateInterest,
  type Schedule1Condition,
  type SpecialCategory,
  type TransferMechanism,
} from '../../domain/enums';
import { countryNames, type CountryCode } from '../../reference/countries';
import { negatedAt, normalise } from './text';

dayjs.extend(customParseFormat);

/** "6(1)(f)", "6 (1) (f)", "6.1.f", "6(1)f" for one letter. */
const article = (prefix: string, letter: string): RegExp =>
  new RegExp(`\\b${prefix}\\s*[(.]\\s*[12]\\s*[).]?\\s*[(.]?\\s*${letter}\\s*\\)?(?![a-z])`, 'i');

/** The earliest match of any pattern that no "no"/"not" denies, or -1. */
function firstAt(text: string, patterns: readonly RegExp[]): number {
  let first = -1;
  for (const pattern of patterns) {
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    for (const match of text.matchAll(global)) {
      if (negatedAt(text, match.index)) continue;
      if (first === -1 || match.index < first) first = match.index;
      break;
    }
  }
  return first;
}

const basisPatterns: Record<LawfulBasis, RegExp[]> = {
  'recognised-legitimate-interest': [/recogni[sz]ed legitimate interest/i, article('6', 'ea')],
  'legitimate-interests': [/legitimate interest/i, article('6', 'f')],
  consent: [/\bconsent/i, article('6', 'a')],
  contract: [/\bcontract(ual)?\b/i, article('6', 'b')],
  'legal-obligation': [
    /legal obligation/i,
    /statutory (duty|obligation|requirement)/i,
    /required by law/i,
    article('6', 'c'),
  ],
  'vital-interests': [/vital interest/i, article('6', 'd')],
  'public-task': [/public task/i, /public interest/i, /official authority/i, article('6', 'e')],
};

export interface BasisReading {
  basis: LawfulBasis;
  /** Other bases the text mentions, for the reading's words. */
  also: LawfulBasis[];
}

/** The lawful basis a cell names first, and any others it mentions. */
export function readLawfulBasis(text: string): BasisReading | null {
  const found = lawfulBases
    .map((basis) => ({ basis, at: firstAt(text, basisPatterns[basis]) }))
    .filter((entry) => entry.at !== -1)
    .sort((a, b) => a.at - b.at);
  const first = found[0];
  if (!first) return null;
  // "Recognised legitimate interest" also contains "legitimate interest" at the same place.
  const also = found
    .slice(1)
    .map((entry) => entry.basis)
    .filter(
      (basis) =>
        !(first.basis === 'recognised-legitimate-interest' && basis === 'legitimate-interests'),
    );
  return { basis: first.basis, also };
}

export const basisChoices = lawfulBases.map((basis) => ({
  value: basis,
  label: lawfulBasisLabels[basis],
}));

const recognisedPatterns: Record<RecognisedLegitimateInterest, RegExp> = {
  'public-interest-request': /request.*public[- ]interest|public[- ]interest.*request/i,
  'national-security-defence': /national security|defence|public security/i,
  emergencies: /emergenc/i,
  crime: /crime|criminal/i,
  safeguarding: /safeguarding|vulnerable/i,
};

/** Which recognised legitimate interest (DUAA 2025 Annex 1) a text names. */
export function readRecognisedInterest(text: string): RecognisedLegitimateInterest | null {
  const norm = normalise(text);
  return (
    recognisedLegitimateInterests.find((interest) =>
      norm.includes(normalise(recognisedLegitimateInterestLabels[interest])),
    ) ??
    recognisedLegitimateInterests.find((interest) => recognisedPatterns[interest].test(text)) ??
    null
  );
}

const art9Words: [Art9Condition, RegExp][] = [
  ['a', /explicit consent/i],
  ['b', /employment|social security|social protection/i],
  ['c', /vital interest/i],
  ['d', /not[- ]for[- ]profit|members|former members/i],
  ['e', /manifestly (made )?public|made public/i],
  ['f', /legal claim|judicial/i],
  ['g', /substantial public interest/i],
  ['i', /public health/i],
  ['h', /health or social care|social care|medical diagnosis|occupational medicine|health care/i],
  ['j', /archiv|research|statistic/i],
];

/** The Article 9(2) condition a cell names, by its letter or its usual wording. */
export function readArt9Condition(text: string): Art9Condition | null {
  const letter = /9\s*\(\s*2\s*\)\s*\(?\s*([a-j])\s*\)?(?![a-z])/i.exec(text)?.[1]?.toLowerCase();
  if (letter && (art9Conditions as readonly string[]).includes(letter))
    return letter as Art9Condition;
  return art9Words.find(([, pattern]) => firstAt(text, [pattern]) !== -1)?.[0] ?? null;
}

export const art9Choices = art9Conditions.map((c) => ({ value: c, label: art9ConditionLabels[c] }));

const schedule1Words: [Schedule1Condition, RegExp][] = [
  ['p2-18', /safeguarding of children|individuals at risk|safeguarding/i],
  ['p2-8', /equality of opportunity|equal opportunit/i],
  ['p2-10', /preventing or detecting unlawful/i],
  ['p2-17', /counselling/i],
  ['p2-16', /disability or medical condition/i],
  ['p2-14', /fraud/i],
  ['p2-20', /insurance/i],
  ['p2-6', /statutory (and|or) government/i],
  ['p1-1', /employment/i],
  ['p1-3', /public health/i],
  ['p1-2', /health or social care/i],
  ['p1-4', /research|archiv|statistic/i],
];

/** The DPA 2018 Schedule 1 condition a cell names: "Para 18", "paragraph 10", or its wording. */
export function readSchedule1Condition(text: string): Schedule1Condition | null {
  const label = schedule1Conditions.find(
    (c) => normalise(text) === normalise(schedule1ConditionLabels[c] ?? c),
  );
  if (label) return label;
  if (/part\s*3\b/i.test(text)) return 'p3';
  const para = /\b(?:para(?:graph)?|para\.)\s*(\d{1,2})\b/i.exec(text)?.[1];
  if (para) {
    const n = Number(para);
    const key = n <= 4 ? `p1-${n}` : `p2-${n}`;
    if ((schedule1Conditions as readonly string[]).includes(key)) return key as Schedule1Condition;
  }
  return schedule1Words.find(([, pattern]) => firstAt(text, [pattern]) !== -1)?.[0] ?? null;
}

export const schedule1Choices = schedule1Conditions.map((c) => ({
  value: c,
  label: schedule1ConditionLabels[c] ?? c,
}));

const specialWords: [SpecialCategory, RegExp][] = [
  [
    'health',
    /\b(medical|health|allerg\w*|disabilit\w*|disabled|illness|medication|sickness|pregnan\w*|mental health|dietary needs)\b/i,
  ],
  ['racial-ethnic-origin', /\b(ethnic\w*|race|racial)\b/i],
  ['religious-philosophical-beliefs', /\b(religio\w*|beliefs?|faith)\b/i],
  ['sex-life-orientation', /\b(sexual orientation|sex life|sexuality|lgbt\w*)\b/i],
  ['trade-union-membership', /\b(trade union|union membership)\b/i],
  ['biometric', /\b(biometric\w*|fingerprints?|facial recognition)\b/i],
  ['genetic', /\b(genetic\w*|dna)\b/i],
  ['political-opinions', /\bpolitical\b/i],
];
const criminalWords = /\b(dbs|disclosure and barring|convictions?|offences?|offenses?|criminal)\b/i;

export interface SensitiveReading {
  categories: SpecialCategory[];
  criminal: boolean;
}

const escape = (text: string): RegExp =>
  new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');

/** Special categories and criminal offence data named in text, by label or the words people use. */
export function readSensitiveData(cell: string): SensitiveReading {
  // "Health and safety" records are about the workplace, not anyone's health.
  const text = cell.replace(/health (and|&) safety/gi, 'workplace safety');
  const categories = specialCategories.filter((category) =>
    specialWords.some(
      ([c, pattern]) =>
        c === category && firstAt(text, [escape(specialCategoryLabels[category]), pattern]) !== -1,
    ),
  );
  return { categories, criminal: firstAt(text, [criminalWords]) !== -1 };
}

const mechanismWords: [TransferMechanism, RegExp][] = [
  ['idta', /\bidta\b|international data transfer agreement/i],
  ['uk-addendum', /addendum/i],
  ['uk-us-data-bridge', /data privacy framework|\bdpf\b|data bridge/i],
  ['bcrs', /\bbcrs?\b|binding corporate rules/i],
  ['art49-exception', /article\s*49|art\.?\s*49|derogation/i],
  ['legacy-eu-sccs', /\bsccs?\b|standard contractual clauses|model clauses/i],
  ['adequacy', /adequa/i],
];

/** The transfer mechanism a text names, by our label or its usual name. */
export function readMechanism(text: string): TransferMechanism | null {
  const norm = normalise(text);
  const label = transferMechanisms.find((m) =>
    norm.includes(normalise(transferMechanismLabels[m])),
  );
  return label ?? mechanismWords.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

export const mechanismChoices = transferMechanisms.map((m) => ({
  value: m,
  label: transferMechanismLabels[m],
}));

const countryAliases: [string, CountryCode][] = [
  ['united states of america', 'US'],
  ['usa', 'US'],
  ['america', 'US'],
  ['uk', 'GB'],
  ['great britain', 'GB'],
  ['britain', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['northern ireland', 'GB'],
  ['republic of ireland', 'IE'],
  ['eire', 'IE'],
  ['holland', 'NL'],
  ['korea', 'KR'],
  ['turkey', 'TR'],
  ['czech republic', 'CZ'],
  ['uae', 'AE'],
];
const countryEntries: [string, CountryCode][] = [
  ...(Object.entries(countryNames) as [CountryCode, string][]).map(
    ([code, name]): [string, CountryCode] => [normalise(name), code],
  ),
  ...countryAliases,
].sort((a, b) => b[0].length - a[0].length);

/** Countries a text names, in order, without repeats; "US" only in capitals (not "us"). */
export function readCountries(text: string): CountryCode[] {
  let rest = ` ${normalise(text)} `;
  const found: { at: number; code: CountryCode }[] = [];
  for (const [name, code] of countryEntries) {
    const at = rest.indexOf(` ${name} `);
    if (at === -1) continue;
    found.push({ at, code });
    // Blank the name out so "Northern Ireland" is not read again as "Ireland".
    rest = `${rest.slice(0, at + 1)}${'#'.repeat(name.length)}${rest.slice(at + 1 + name.length)}`;
  }
  for (const match of text.matchAll(/\bU\.?S\.?(?![A-Za-z])/g))
    found.push({ at: match.index, code: 'US' });
  const codes = found.sort((a, b) => a.at - b.at).map((entry) => entry.code);
  return [...new Set(codes)];
}

export type Flag = boolean | null;

/** "Yes", "Y", "TRUE" → true; "No", "N", "FALSE" → false; "n/a", "unknown" → null; else undefined. */
export function readFlag(text: string): Flag | undefined {
  const word = normalise(text);
  if (/^(yes|y|true|1|yes it is|required)$/.test(word)) return true;
  if (/^(no|n|false|0|not required)$/.test(word)) return false;
  if (
    /^(n a|na|not applicable|unknown|not known|don t know|dont know|tbc|to be confirmed|)$/.test(
      word,
    )
  ) {
    return null;
  }
  return undefined;
}

const dateForms = [
  'D/M/YYYY',
  'DD/MM/YYYY',
  'D/M/YY',
  'D MMMM YYYY',
  'D MMM YYYY',
  'YYYY-MM-DD',
  'D.M.YYYY',
  'D-M-YYYY',
];
const datePattern =
  /\b(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4})\b/i;

export type DateReading = { text: string; date: string } | { text: string; date: null };

/** The first date in a text in a UK form; `date` is null when it cannot exist (31/02/2026). */
export function readDate(text: string): DateReading | null {
  const found = datePattern.exec(text)?.[1];
  if (!found) return null;
  const cleaned = found.replace(/(\d)(st|nd|rd|th)/i, '$1').replace(/\bsept\b/i, 'Sep');
  const parsed = dayjs(cleaned, dateForms, 'en', true);
  return { text: found, date: parsed.isValid() ? parsed.format('YYYY-MM-DD') : null };
}
