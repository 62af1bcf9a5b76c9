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
  /** What the contract must say, in a short sentence. */
  text: string;
  /** One line on what to look for in the processor's terms. */
  guidance: string;
}

export const article28Checklist: readonly Article28Item[] = [
  {
    id: 'documented-instructions',
    reference: 'Art 28(3)(a)',
    text: 'The processor acts only on our documented instructions, including on transfers outside the UK.',
    guidance:
      'Look for a clause limiting use of the data to providing the service as we instruct, unless the law requires otherwise.',
  },
  {
    id: 'confidentiality',
    reference: 'Art 28(3)(b)',
    text: 'People the processor authorises to handle the data are bound to keep it confidential.',
    guidance:
      'Look for staff and contractors being under a duty of confidence, by contract or by law.',
  },
  {
    id: 'security',
    reference: 'Art 28(3)(c)',
    text: 'The processor takes the security measures Article 32 requires.',
    guidance:
      'Look for a security schedule or annex describing its measures (encryption, access control, testing).',
  },
  {
    id: 'sub-processors',
    reference: 'Art 28(3)(d)',
    text: 'The processor uses sub-processors only with our authorisation and on the same terms.',
    guidance:
      'Look for a sub-processor list, notice of changes with a right to object, and flow-down of these terms.',
  },
  {
    id: 'data-subject-rights',
    reference: 'Art 28(3)(e)',
    text: 'The processor helps us answer requests from people exercising their rights.',
    guidance:
      'Look for a commitment to pass on requests and to help us find, correct, export or delete data.',
  },
  {
    id: 'assist-compliance',
    reference: 'Art 28(3)(f)',
    text: 'The processor helps us with security, breach notification, DPIAs and prior consultation.',
    guidance:
      'Look for breach notice without undue delay and help with impact assessments and the ICO.',
  },
  {
    id: 'deletion-or-return',
    reference: 'Art 28(3)(g)',
    text: 'At the end of the service the processor deletes or returns the data, as we choose.',
    guidance: 'Look for how and when data is deleted or exported once the contract ends.',
  },
  {
    id: 'audits-and-information',
    reference: 'Art 28(3)(h)',
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
