/**
 * The terms UK GDPR Article 28(3) requires in a contract between a controller and a processor,
 * as a checklist a person answers clause by clause. The wording is our own summary, not the text
 * of the regulation.
 */

export const article28ItemIds = [
  'documented-instructions',
  'confidentiality',
  'security',
  'sub-processors',
  'data-subject-rights',
  'assist-compliance',
  'deletion-or-return',
  'audits-and-information',
] as const;
export type Article28ItemId = (typeof article28ItemIds)[number];

export interface Article28Item {
  id: Article28ItemId;
  /** Where the requirement sits in UK GDPR Article 28(3). */
  reference: string;
  /** A few words naming the term, for headings and summaries. */
  title: string;
  /** What the contract must say, in a short sentence. */
  text: string;
  /** One line on what to look for in the processor's terms. */
  guidance: string;
}

export const article28Checklist: readonly Article28Item[] = [
  {
    id: 'documented-instructions',
    reference: 'Art 28(3)(a)',
    title: 'Documented instructions',
    text: 'The processor acts only on our documented instructions, including on transfers outside the UK.',
    guidance:
      'Look for a clause limiting use of the data to providing the service as we instruct, unless the law requires otherwise.',
  },
  {
    id: 'confidentiality',
    reference: 'Art 28(3)(b)',
    title: 'Confidentiality',
    text: 'People the processor authorises to handle the data are bound to keep it confidential.',
    guidance:
      'Look for staff and contractors being under a duty of confidence, by contract or by law.',
  },
  {
    id: 'security',
    reference: 'Art 28(3)(c)',
    title: 'Security',
    text: 'The processor takes the security measures Article 32 requires.',
    guidance:
      'Look for a security schedule or annex describing its measures (encryption, access control, testing).',
  },
  {
    id: 'sub-processors',
    reference: 'Art 28(3)(d)',
    title: 'Sub-processors',
    text: 'The processor uses sub-processors only with our authorisation and on the same terms.',
    guidance:
      'Look for a sub-processor list, notice of changes with a right to object, and flow-down of these terms.',
  },
  {
    id: 'data-subject-rights',
    reference: 'Art 28(3)(e)',
    title: 'Help with people’s rights',
    text: 'The processor helps us answer requests from people exercising their rights.',
    guidance:
      'Look for a commitment to pass on requests and to help us find, correct, export or delete data.',
  },
  {
    id: 'assist-compliance',
    reference: 'Art 28(3)(f)',
    title: 'Help with compliance',
    text: 'The processor helps us with security, breach notification, DPIAs and prior consultation.',
    guidance:
      'Look for breach notice without undue delay and help with impact assessments and the ICO.',
  },
  {
    id: 'deletion-or-return',
    reference: 'Art 28(3)(g)',
    title: 'Deletion or return',
    text: 'At the end of the service the processor deletes or returns the data, as we choose.',
    guidance: 'Look for how and when data is deleted or exported once the contract ends.',
  },
  {
    id: 'audits-and-information',
    reference: 'Art 28(3)(h)',
    title: 'Audits and information',
    text: 'The processor gives us the information to show compliance and allows audits.',
    guidance:
      'Look for audit rights or certifications and reports (e.g. ISO 27001, SOC 2) offered instead.',
  },
];

export const article28Answers = ['yes', 'no', 'unknown'] as const;
export type Article28Answer = (typeof article28Answers)[number];

/** Answers by item; an item with no answer has not been looked at yet. */
export type Article28Answers = Partial<Record<Article28ItemId, Article28Answer>>;

export interface Article28Status {
  /** Every item answered 'yes' or 'no'. */
  complete: boolean;
  /** Items with no answer or answered 'unknown', in checklist order. */
  missing: Article28ItemId[];
  /** Items answered 'no': terms the contract lacks, in checklist order. */
  gaps: Article28ItemId[];
}

/** How far the checklist has got, and which terms the contract lacks. */
export const checklistStatus = (answers: Article28Answers): Article28Status => {
  const missing = article28ItemIds.filter((id) => {
    const answer = answers[id];
    return answer === undefined || answer === 'unknown';
  });
  const gaps = article28ItemIds.filter((id) => answers[id] === 'no');
  return { complete: missing.length === 0, missing, gaps };
};

/** How the checklist stands at a glance, for a badge in a list. */
export type ChecklistTone = 'not-checked' | 'partial' | 'gaps' | 'complete';

export interface ChecklistBadge {
  /** "Not checked", "Gaps", or how many terms are confirmed, e.g. "6/8". */
  label: string;
  tone: ChecklistTone;
  /** The same in a sentence, for a tooltip or a screen reader. */
  description: string;
}

const titleOf = (id: Article28ItemId): string =>
  article28Checklist.find((item) => item.id === id)?.title ?? id;

const confirmedCount = (answers: Article28Answers): number =>
  article28ItemIds.filter((id) => answers[id] === 'yes').length;

/** True while no term has been answered yes or no ('not known yet' is not an answer). */
const notChecked = (answers: Article28Answers): boolean =>
  article28ItemIds.every((id) => answers[id] !== 'yes' && answers[id] !== 'no');

/**
 * One line on the checklist, e.g. "6 of 8 terms confirmed; the contract lacks: Security,
 * Sub-processors". A term answered yes is confirmed; a gap is one answered no.
 */
export const describeChecklist = (answers: Article28Answers): string => {
  const { missing, gaps } = checklistStatus(answers);
  const total = article28ItemIds.length;
  if (notChecked(answers)) {
    return `Not checked yet: answer each of the ${total} terms as you read the contract.`;
  }
  const confirmed = confirmedCount(answers);
  if (missing.length === 0 && gaps.length === 0) return `All ${total} terms confirmed.`;
  const parts = [`${confirmed} of ${total} terms confirmed`];
  if (gaps.length > 0) parts.push(`the contract lacks: ${gaps.map(titleOf).join(', ')}`);
  if (missing.length > 0) parts.push(`${missing.length} still to check`);
  return `${parts.join('; ')}.`;
};

/** The checklist as a badge: gaps first, as they need action; then how far it has got. */
export const checklistBadge = (answers: Article28Answers): ChecklistBadge => {
  const total = article28ItemIds.length;
  const description = describeChecklist(answers);
  if (checklistStatus(answers).gaps.length > 0) return { label: 'Gaps', tone: 'gaps', description };
  if (notChecked(answers)) return { label: 'Not checked', tone: 'not-checked', description };
  const confirmed = confirmedCount(answers);
  return {
    label: `${confirmed}/${total}`,
    tone: confirmed === total ? 'complete' : 'partial',
    description,
  };
};
