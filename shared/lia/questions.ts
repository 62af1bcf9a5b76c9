/**
 * The ICO legitimate interests assessment (three-part test) as data, question by question.
 * The question texts are the ICO's own words, kept verbatim so an assessment can be shown to
 * an auditor in the regulator's terms; the guidance is ours. Ids are stored in saved
 * assessments, so they never change once released.
 */
import {
  recognisedLegitimateInterestLabels,
  recognisedLegitimateInterests,
  type RecognisedLegitimateInterest,
} from '../domain/enums';

/** 'choice' is used only by the recognised-interest condition; its answer is one of `options`. */
export type AnswerKind = 'text' | 'yes-no' | 'person' | 'date' | 'choice';

export type LiaPart = 'recognised' | 'purpose' | 'necessity' | 'balancing' | 'decision' | 'review';

export type LiaGroup =
  | 'recognised'
  | 'purpose'
  | 'necessity'
  | 'dpia-screening'
  | 'nature'
  | 'expectations'
  | 'impact'
  | 'opt-out'
  | 'decision'
  | 'review';

export interface LiaQuestion {
  readonly id: string;
  readonly part: LiaPart;
  readonly group: LiaGroup;
  /** The ICO's wording, verbatim, except the review and Annex 1 questions: the ICO sets none. */
  readonly text: string;
  readonly kind: AnswerKind;
  readonly required: boolean;
  readonly guidance: string;
  /** The allowed answers of a 'choice' question. */
  readonly options?: readonly string[];
}

export const liaPartLabels: Record<LiaPart, string> = {
  recognised: 'Recognised legitimate interest',
  purpose: 'Part 1 – Purpose test',
  necessity: 'Part 2 – Necessity test',
  balancing: 'Part 3 – Balancing test',
  decision: 'Making the decision',
  review: 'Review',
};

export const liaGroupLabels: Record<LiaGroup, string> = {
  recognised: 'Recognised legitimate interest (Annex 1)',
  purpose: 'Purpose test',
  necessity: 'Necessity test',
  'dpia-screening': 'DPIA screening',
  nature: 'Nature of the personal data',
  expectations: 'Reasonable expectations',
  impact: 'Likely impact',
  'opt-out': 'Opt-out',
  decision: 'Making the decision',
  review: 'Review',
};

type Entry = Omit<LiaQuestion, 'part' | 'group' | 'required'> & { readonly required?: false };

/** Spreads a group's entries into questions; everything is required unless it says otherwise. */
const group = (part: LiaPart, groupId: LiaGroup, entries: readonly Entry[]): LiaQuestion[] =>
  entries.map((entry) => ({ ...entry, part, group: groupId, required: entry.required ?? true }));

export const purposeQuestions: readonly LiaQuestion[] = group('purpose', 'purpose', [
  {
    id: 'purpose.why',
    text: 'Why do you want to process the data?',
    kind: 'text',
    guidance:
      'Name the interest plainly, e.g. "to answer enquiries" or "to keep people who opted out off our lists".',
  },
  {
    id: 'purpose.benefit',
    text: 'What benefit do you expect to get from the processing?',
    kind: 'text',
    guidance:
      'Say what you gain in practice. A vague benefit makes the balancing test hard to pass.',
  },
  {
    id: 'purpose.third-parties',
    text: 'Do any third parties benefit from the processing?',
    kind: 'text',
    guidance:
      'Funders, partners or the people themselves may benefit too; their interests can count.',
  },
  {
    id: 'purpose.public-benefit',
    text: 'Are there any wider public benefits to the processing?',
    kind: 'text',
    guidance:
      'Public benefits add weight, but are not needed: a purely commercial interest can still be legitimate.',
  },
  {
    id: 'purpose.importance',
    text: 'How important are the benefits that you have identified?',
    kind: 'text',
    guidance:
      'Weigh them honestly: a compelling benefit can justify more intrusion than a trivial one.',
  },
  {
    id: 'purpose.impact-if-not',
    text: "What would the impact be if you couldn't go ahead with the processing?",
    kind: 'text',
    guidance:
      'If little would change without it, the interest may carry little weight in the balance.',
  },
  {
    id: 'purpose.data-protection-rules',
    text: 'Are you complying with any specific data protection rules that apply to your processing (eg profiling requirements, or e-privacy legislation)?',
    kind: 'text',
    guidance:
      'For emails, texts and calls PECR applies as well: note consent or the soft opt-in you rely on.',
  },
  {
    id: 'purpose.other-laws',
    text: 'Are you complying with other relevant laws?',
    kind: 'text',
    guidance:
      'An interest is not legitimate if the processing would break another law, e.g. equality or charity law.',
  },
  {
    id: 'purpose.codes',
    text: 'Are you complying with industry guidelines or codes of practice?',
    kind: 'text',
    guidance:
      'Name any that apply, such as the Fundraising Regulator’s Code or your sector’s guidance.',
  },
  {
    id: 'purpose.ethics',
    text: 'Are there any other ethical issues with the processing?',
    kind: 'text',
    guidance:
      'Ask whether people would think it fair if they saw it written down; say "none" if so.',
  },
]);

export const necessityQuestions: readonly LiaQuestion[] = group('necessity', 'necessity', [
  {
    id: 'necessity.helps',
    text: 'Will this processing actually help you achieve your purpose?',
    kind: 'text',
    guidance: 'Explain how the processing serves the purpose you gave; "useful" is not enough.',
  },
  {
    id: 'necessity.proportionate',
    text: 'Is the processing proportionate to that purpose?',
    kind: 'text',
    guidance:
      'Consider how much data, about how many people, kept for how long, against what you need.',
  },
  {
    id: 'necessity.without',
    text: 'Can you achieve the same purpose without the processing?',
    kind: 'text',
    guidance:
      'If a reasonable alternative exists without personal data, the processing is not necessary.',
  },
  {
    id: 'necessity.less-data',
    text: 'Can you achieve the same purpose by processing less data, or by processing the data in another more obvious or less intrusive way?',
    kind: 'text',
    guidance:
      'Look for fields you could drop, shorter retention, or a more visible way of doing it.',
  },
]);

export const natureQuestions: readonly LiaQuestion[] = group('balancing', 'nature', [
  {
    id: 'nature.special-category',
    text: 'Is it special category data or criminal offence data?',
    kind: 'text',
    guidance:
      'If so you also need an Article 9 condition (and often a Schedule 1 condition); the balance is harder to pass.',
  },
  {
    id: 'nature.private',
    text: "Is it data which people are likely to consider particularly 'private'?",
    kind: 'text',
    guidance:
      'Financial details, family matters or location are examples, even when not special category.',
  },
  {
    id: 'nature.children-vulnerable',
    text: "Are you processing children's data or data relating to other vulnerable people?",
    kind: 'text',
    guidance:
      'Children and vulnerable people merit extra protection, so their interests weigh more heavily.',
  },
  {
    id: 'nature.capacity',
    text: 'Is the data about people in their personal or professional capacity?',
    kind: 'text',
    guidance:
      'Data about someone in a work role is usually less intrusive to use than data about their private life.',
  },
]);

export const expectationsQuestions: readonly LiaQuestion[] = group('balancing', 'expectations', [
  {
    id: 'expectations.relationship',
    text: 'Do you have an existing relationship with the individual?',
    kind: 'text',
    guidance:
      'Customers, members, service users and donors are more likely to expect you to use their data.',
  },
  {
    id: 'expectations.relationship-nature',
    text: "What's the nature of the relationship and how have you used data in the past?",
    kind: 'text',
    guidance:
      'Past use that people accepted supports expectation; a sudden change of use does not.',
  },
  {
    id: 'expectations.collected-directly',
    text: 'Did you collect the data directly from the individual? What did you tell them at the time?',
    kind: 'text',
    guidance:
      'Quote or point to the privacy notice or form wording people saw when they gave the data.',
  },
  {
    id: 'expectations.third-party-source',
    text: 'If you obtained the data from a third party, what did they tell the individuals about reuse by third parties for other purposes and does this cover you?',
    kind: 'text',
    guidance:
      'If you collected it yourself, say so. Otherwise check the source’s notice actually covers your use.',
  },
  {
    id: 'expectations.age-of-data',
    text: 'How long ago did you collect the data? Are there any changes in technology or context since then that would affect expectations?',
    kind: 'text',
    guidance: 'Older data is less likely to be expected to be reused, especially in new ways.',
  },
  {
    id: 'expectations.widely-understood',
    text: 'Is your intended purpose and method widely understood?',
    kind: 'text',
    guidance:
      'Common practices such as sending receipts are expected; unusual ones need more explanation.',
  },
  {
    id: 'expectations.new',
    text: 'Are you intending to do anything new or innovative?',
    kind: 'text',
    guidance: 'New methods or technology make expectations less certain and may point to a DPIA.',
  },
  {
    id: 'expectations.evidence',
    text: 'Do you have any evidence about expectations – eg from market research, focus groups or other forms of consultation?',
    kind: 'text',
    guidance: 'Feedback, complaints or surveys count; say "none" if you have none.',
  },
  {
    id: 'expectations.other-factors',
    text: 'Are there any other factors in the particular circumstances that mean they would or would not expect the processing?',
    kind: 'text',
    guidance: 'Anything else that shapes what a reasonable person in their position would expect.',
  },
]);

export const impactQuestions: readonly LiaQuestion[] = group('balancing', 'impact', [
  {
    id: 'impact.possible',
    text: 'What are the possible impacts of the processing on people?',
    kind: 'text',
    guidance:
      'Think of distress, loss of control, unwanted contact, financial loss or discrimination.',
  },
  {
    id: 'impact.control',
    text: 'Will individuals lose any control over the use of their personal data?',
    kind: 'text',
    guidance: 'Sharing with others or combining sources usually reduces people’s control.',
  },
  {
    id: 'impact.likelihood-severity',
    text: 'What is the likelihood and severity of any potential impact?',
    kind: 'text',
    guidance:
      'A remote, minor impact weighs little; a likely or serious one may outweigh your interest.',
  },
  {
    id: 'impact.objection',
    text: 'Are some people likely to object to the processing or find it intrusive?',
    kind: 'text',
    guidance:
      'If objections are likely, say how you will handle them: people have the right to object.',
  },
  {
    id: 'impact.explain',
    text: 'Would you be happy to explain the processing to individuals?',
    kind: 'text',
    guidance:
      'If you would hesitate to tell people, the processing is unlikely to pass the balance.',
  },
  {
    id: 'impact.safeguards',
    text: 'Can you adopt any safeguards to minimise the impact?',
    kind: 'text',
    guidance:
      'For example minimising fields, shorter retention, access controls or a clear opt-out.',
  },
]);

export const optOutQuestion: LiaQuestion = {
  id: 'balancing.opt-out',
  part: 'balancing',
  group: 'opt-out',
  text: 'Can you offer individuals an opt-out?',
  kind: 'yes-no',
  required: true,
  guidance: 'For direct marketing people can always object, so an opt-out must be offered.',
};

/** The decision's yes/no answer, which alone sets the outcome once all else is answered. */
export const canRelyQuestionId = 'decision.can-rely';

export const decisionQuestions: readonly LiaQuestion[] = group('decision', 'decision', [
  {
    id: canRelyQuestionId,
    text: 'Can you rely on legitimate interests for this processing?',
    kind: 'yes-no',
    guidance:
      'Answer yes only if your interest is not overridden by people’s interests, rights and freedoms.',
  },
  {
    id: 'decision.comments',
    text: 'Do you have any comments to justify your answer?',
    kind: 'text',
    required: false,
    guidance:
      'A short summary of why the balance falls as it does helps whoever reviews this later.',
  },
  {
    id: 'decision.completed-by',
    text: 'LIA completed by',
    kind: 'person',
    guidance: 'The person accountable for this assessment, by name and role.',
  },
  {
    id: 'decision.date',
    text: 'Date',
    kind: 'date',
    guidance: 'The date the decision was made.',
  },
]);

export const reviewQuestion: LiaQuestion = {
  id: 'review.next',
  part: 'review',
  group: 'review',
  text: 'Next review date',
  kind: 'date',
  required: true,
  guidance:
    'Keep the LIA under review: revisit it at least yearly, or sooner if the processing changes.',
};

/** The standard three-part test in the ICO's order (the DPIA screening is added by the rules). */
export const liaQuestions: readonly LiaQuestion[] = [
  ...purposeQuestions,
  ...necessityQuestions,
  ...natureQuestions,
  ...expectationsQuestions,
  ...impactQuestions,
  optOutQuestion,
  ...decisionQuestions,
  reviewQuestion,
];

/**
 * DUAA 2025 recognised legitimate interests (Art 6(1)(ea), Annex 1): the purpose is set by
 * law and there is no balancing test, so the path is the Annex 1 condition, the necessity test,
 * the decision and the review.
 */
export const recognisedPathParts = [
  'recognised',
  'necessity',
  'decision',
  'review',
] as const satisfies readonly LiaPart[];

export const recognisedConditions: readonly {
  readonly value: RecognisedLegitimateInterest;
  readonly label: string;
}[] = recognisedLegitimateInterests.map((value) => ({
  value,
  label: recognisedLegitimateInterestLabels[value],
}));

export const recognisedConditionQuestion: LiaQuestion = {
  id: 'recognised.condition',
  part: 'recognised',
  group: 'recognised',
  // Ours: the ICO publishes no assessment wording for the Annex 1 conditions yet.
  text: 'Which recognised legitimate interest in Annex 1 does the processing rely on?',
  kind: 'choice',
  required: true,
  options: recognisedLegitimateInterests,
  guidance:
    'Only the five Annex 1 conditions qualify. If none fits, use the standard legitimate interests path instead.',
};

export const isRecognisedLegitimateInterest = (
  value: unknown,
): value is RecognisedLegitimateInterest =>
  (recognisedLegitimateInterests as readonly unknown[]).includes(value);
