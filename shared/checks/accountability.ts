/**
 * The ICO Accountability Framework's ten categories, which rules speak to each, and a score per
 * category: the share of the records in its scope with no open finding in that area, laid out
 * in words so a person can see how it was reached.
 */
import type { RecordKind } from '../domain/oversight';
import type { Register } from '../domain/register';
import { latestVersions, noticeName } from '../reviews/records';
import type { Finding, Severity } from './types';

export const categoryIds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type CategoryId = (typeof categoryIds)[number];

export interface Category {
  id: CategoryId;
  title: string;
  /** What the category asks of an organisation, in one sentence. */
  summary: string;
}

export const categories: readonly Category[] = [
  {
    id: 1,
    title: 'Leadership and oversight',
    summary:
      'The organisation meets its own duties: the ICO fee, a decision on a DPO, a complaints process.',
  },
  {
    id: 2,
    title: 'Policies and procedures',
    summary: 'Policies the law asks for are in place, such as an appropriate policy document.',
  },
  {
    id: 3,
    title: 'Training and awareness',
    summary: 'Staff know their data protection responsibilities.',
  },
  {
    id: 4,
    title: 'Individuals’ rights',
    summary: 'Rights requests and complaints are handled in time, under a recorded process.',
  },
  {
    id: 5,
    title: 'Transparency',
    summary: 'People are told what happens to their data, in notices that match the register.',
  },
  {
    id: 6,
    title: 'Records of processing and lawful basis',
    summary: 'Each activity is recorded in full, with a lawful basis and the evidence it needs.',
  },
  {
    id: 7,
    title: 'Contracts and data sharing',
    summary: 'Processors have Article 28 contracts and transfers abroad are lawful.',
  },
  {
    id: 8,
    title: 'Risks and data protection impact assessments',
    summary: 'DPIAs, legitimate interests assessments and transfer risk assessments are done.',
  },
  {
    id: 9,
    title: 'Records management and security',
    summary: 'Each activity says how long data is kept and how it is protected.',
  },
  {
    id: 10,
    title: 'Breach response and monitoring',
    summary: 'Breaches are logged with what was done, and reported when they must be.',
  },
];

export const categoryTitle = (id: CategoryId): string =>
  categories.find((category) => category.id === id)?.title ?? '';

/** Rules whose prefix would place them wrongly. */
const byRule: Record<string, CategoryId[]> = {
  'art30.controller-missing': [1],
  'art30.retention-missing': [9],
  'art30.security-missing': [9],
  'retention.indefinite': [9],
  // A duty of the organisation that is also how people exercise their rights.
  'organisation.complaints-process-missing': [1, 4],
  'special-category.policy-document-missing': [2],
  'lawful-basis.lia-cannot-rely': [8],
  'reviews.activity-overdue': [6],
  'reviews.lia-overdue': [8],
  'reviews.tra-overdue': [8],
  'reviews.third-party-overdue': [7],
  'reviews.transfer-overdue': [7],
  'reviews.contract-expired': [7],
};

const byPrefix: Record<string, CategoryId[]> = {
  organisation: [1],
  art30: [6],
  'lawful-basis': [6],
  'special-category': [6],
  marketing: [6],
  processors: [7],
  transfers: [7],
  dpia: [8],
  notices: [5],
  rights: [4],
  complaints: [4],
  breaches: [10],
};

/** A rule nobody has placed yet goes where its record belongs. */
const byKind: Record<RecordKind, CategoryId> = {
  organisation: 1,
  activity: 6,
  thirdParty: 7,
  transfer: 7,
  lia: 8,
  tra: 8,
  notice: 5,
  rightsRequest: 4,
  complaint: 4,
  breach: 10,
};

/** The categories a finding speaks to (most speak to one). */
export function categoriesOf(finding: Pick<Finding, 'ruleId' | 'record'>): CategoryId[] {
  const prefix = finding.ruleId.split('.')[0] ?? '';
  return byRule[finding.ruleId] ?? byPrefix[prefix] ?? [byKind[finding.record.kind]];
}

/** One thing a category counts: a record, or one of the organisation's duties. */
interface Unit {
  key: string;
  kind: RecordKind | 'duty';
  /** Why it falls short when no finding says so (e.g. no notice published at all). */
  problem?: string;
}

const recordUnit = (kind: RecordKind, id: string): Unit => ({ kind, key: `${kind}:${id}` });

const DUTIES = {
  fee: 'duty:ico-fee',
  dpo: 'duty:dpo',
  complaints: 'duty:complaints-process',
} as const;

const dutyNames: Record<string, string> = {
  [DUTIES.fee]: 'the ICO fee',
  [DUTIES.dpo]: 'the decision on a DPO',
  [DUTIES.complaints]: 'the complaints process',
};

/** The units a finding counts against, within one category. */
function unitKeysOf(finding: Finding, category: CategoryId): string[] {
  if (finding.record.kind !== 'organisation')
    return [`${finding.record.kind}:${finding.record.id}`];
  if (finding.ruleId === 'art30.controller-missing') return Object.values(DUTIES);
  if (finding.ruleId === 'organisation.complaints-process-missing') return [DUTIES.complaints];
  if (finding.ruleId.startsWith('organisation.ico-')) return [DUTIES.fee];
  return category === 4 ? [DUTIES.complaints] : [DUTIES.fee];
}

/** Schedule 1 conditions met only with an appropriate policy document (DPA 2018 Sch 1 para 5). */
const needsPolicyDocument = (condition: string | null): boolean =>
  condition !== null && (condition === 'p1-1' || condition.startsWith('p2-'));

/** The records and duties each category counts. */
function scope(register: Register, category: CategoryId): Unit[] {
  const active = register.activities.filter((a) => a.status === 'active');
  const org = register.organisation;
  switch (category) {
    case 1:
      return [DUTIES.fee, DUTIES.dpo, DUTIES.complaints].map((key) => ({ key, kind: 'duty' }));
    case 2:
      return active
        .filter(
          (a) =>
            (a.specialCategories.length > 0 || a.criminalOffenceData) &&
            needsPolicyDocument(a.schedule1Condition),
        )
        .map((a) => recordUnit('activity', a.id));
    case 3:
      return [];
    case 4:
      return [
        { key: DUTIES.complaints, kind: 'duty' },
        ...register.rightsRequests.map((r) => recordUnit('rightsRequest', r.id)),
        ...register.complaints.map((c) => recordUnit('complaint', c.id)),
      ];
    case 5: {
      const published = latestVersions(register);
      const units: Unit[] = [...published.keys()].map((key) => recordUnit('notice', key));
      if (published.has('all')) return units;
      const audiences = org?.audiences ?? [];
      const unpublished = audiences.filter((audience) => !published.has(audience.id));
      if (audiences.length === 0 && units.length === 0) {
        return [{ ...recordUnit('notice', 'all'), problem: 'No privacy notice is published yet.' }];
      }
      return [
        ...units,
        ...unpublished.map((audience) => ({
          ...recordUnit('notice', audience.id),
          problem: `${noticeName(register, audience.id)} is not published yet.`,
        })),
      ];
    }
    case 6:
    case 9:
      return active.map((a) => recordUnit('activity', a.id));
    case 7:
      return [
        ...register.thirdParties.map((p) => recordUnit('thirdParty', p.id)),
        ...register.transfers.map((t) => recordUnit('transfer', t.id)),
      ];
    case 8:
      return [
        ...active
          .filter((a) => a.dpia.screening === 'required')
          .map((a) => recordUnit('activity', a.id)),
        ...register.lias.map((l) => recordUnit('lia', l.id)),
        ...register.tras.map((t) => recordUnit('tra', t.id)),
      ];
    case 10:
      return register.breaches.map((b) => recordUnit('breach', b.id));
  }
}

const nouns: Record<RecordKind | 'duty', [string, string]> = {
  duty: ['duty', 'duties'],
  organisation: ['organisation', 'organisations'],
  activity: ['activity', 'activities'],
  thirdParty: ['third party', 'third parties'],
  transfer: ['transfer', 'transfers'],
  lia: ['legitimate interests assessment', 'legitimate interests assessments'],
  tra: ['transfer risk assessment', 'transfer risk assessments'],
  notice: ['privacy notice', 'privacy notices'],
  breach: ['breach', 'breaches'],
  rightsRequest: ['rights request', 'rights requests'],
  complaint: ['complaint', 'complaints'],
};

const counted = (count: number, kind: RecordKind | 'duty'): string =>
  `${count} ${nouns[kind][count === 1 ? 0 : 1]}`;

/** "a, b and c" */
const listed = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** A whole percentage that never shows 100 with a gap left, nor 0 with something done. */
export function percentOf(clear: number, total: number): number {
  const exact = (clear / total) * 100;
  if (clear < total && exact > 99) return 99;
  if (clear > 0 && exact < 1) return 1;
  return Math.round(exact);
}

/** What nothing in scope means, category by category. */
const EMPTY: Record<CategoryId, string> = {
  1: '',
  2: 'Nothing to score: no activity relies on a Schedule 1 condition that needs an appropriate policy document.',
  3: 'Not measured: Ropa Desk does not record training, so it cannot say how this area stands. Keep your own training records as evidence.',
  4: '',
  5: '',
  6: 'Nothing to score: no activity is active yet.',
  7: 'Nothing to score: the register has no third parties or transfers yet.',
  8: 'Nothing to score: no activity was screened as needing a DPIA, and there are no legitimate interests or transfer risk assessments yet.',
  9: 'Nothing to score: no activity is active yet.',
  10: 'Nothing to score: no breaches are logged. Log any breach, even one you do not report, as Article 33(5) asks.',
};

export interface CategoryScore {
  category: Category;
  /** null when nothing is in scope, or the register cannot evidence the area. */
  percent: number | null;
  /** Records or duties in scope, and those with no open finding in this area. */
  total: number;
  clear: number;
  /** How the score was reached, in the words the dashboard shows. */
  explanation: string;
  /** What was counted, e.g. "20 third parties and 5 transfers". */
  counted: string;
  /** Shortfalls no finding records, e.g. a notice never published. */
  problems: string[];
  /** The open findings in this area, as given (most severe first). */
  findings: Finding[];
  bySeverity: Record<Severity, number>;
}

/** The score of every category, from the register and its open (not accepted) findings. */
export function accountabilityScores(
  register: Register,
  openFindings: readonly Finding[],
): CategoryScore[] {
  const inCategory = new Map<CategoryId, Finding[]>(categoryIds.map((id) => [id, []]));
  for (const finding of openFindings) {
    for (const id of categoriesOf(finding)) inCategory.get(id)?.push(finding);
  }
  return categories.map((category) =>
    scoreOf(category, scope(register, category.id), inCategory.get(category.id) ?? []),
  );
}

function scoreOf(category: Category, units: Unit[], findings: Finding[]): CategoryScore {
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) bySeverity[finding.severity] += 1;
  const inScope = new Map(units.map((unit) => [unit.key, unit]));
  const flagged = new Set<string>();
  for (const finding of findings) {
    for (const key of unitKeysOf(finding, category.id)) {
      flagged.add(key);
      // A finding about something outside the scope still counts, rather than vanish.
      if (!inScope.has(key)) inScope.set(key, { key, kind: finding.record.kind });
    }
  }
  const all = [...inScope.values()];
  const problems = all.flatMap((unit) => (unit.problem ? [unit.problem] : []));
  const total = all.length;
  const clear = all.filter((unit) => !unit.problem && !flagged.has(unit.key)).length;
  const base = { category, total, clear, problems, findings, bySeverity };
  if (total === 0) return { ...base, percent: null, counted: '', explanation: EMPTY[category.id] };

  const kinds = [...new Set(all.map((unit) => unit.kind))];
  const countedText = listed(
    kinds.map((kind) => {
      const ofKind = all.filter((unit) => unit.kind === kind);
      return kind === 'duty'
        ? listed(ofKind.map((unit) => dutyNames[unit.key] ?? 'the organisation’s profile'))
        : counted(ofKind.length, kind);
    }),
  );
  const single = kinds.length === 1 ? kinds[0] : undefined;
  const noun = single ? nouns[single][total === 1 ? 0 : 1] : total === 1 ? 'record' : 'records';
  const percent = percentOf(clear, total);
  const singular = clear === 1 || total === 1;
  const explanation =
    single === 'duty'
      ? `${clear} of ${total} ${noun} ${singular ? 'is' : 'are'} met with no open finding: ${percent}%.`
      : `${clear} of ${total} ${noun} ${singular ? 'has' : 'have'} no open finding in this area: ${percent}%.`;
  return { ...base, percent, counted: countedText, explanation };
}
