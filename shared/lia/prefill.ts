/**
 * What the linked activities already say that answers an LIA question: special category data,
 * children, where the data comes from, the relationship, the purpose. The wizard offers each
 * as a suggestion the person chooses to use; nothing here ever becomes an answer by itself.
 */
import type { Activity } from '../domain/activity';
import { specialCategoryLabels } from '../domain/enums';

export interface Suggestion {
  readonly activityId: string;
  readonly activityName: string;
  /** The answer text the "Use this" button puts in, in the wizard's own words. */
  readonly text: string;
}

/** Suggestions by question id, one per linked activity that says something. */
export type Suggestions = Readonly<Record<string, readonly Suggestion[]>>;

type Derive = (activity: Activity) => string | null;

const list = (items: readonly string[]) => items.map((item) => item.trim()).filter(Boolean);

/** Words in a data subject that mean children or vulnerable people need extra care. */
const vulnerableWords =
  /\b(child|children|young (?:people|person|adults?)|youth|pupils?|students? under|under[- ]1[68]s?|minors?|vulnerable|at risk)\b/i;

const specialCategory: Derive = (activity) => {
  const categories = activity.specialCategories.map((c) => specialCategoryLabels[c]);
  const parts = [
    ...(categories.length > 0 ? [`special category data (${categories.join(', ')})`] : []),
    ...(activity.criminalOffenceData ? ['criminal offence data'] : []),
  ];
  return parts.length > 0
    ? `Yes: ${parts.join(' and ')}.`
    : 'No: the activity records no special category or criminal offence data.';
};

const childrenOrVulnerable: Derive = (activity) => {
  const matching = list(activity.dataSubjects).filter((subject) => vulnerableWords.test(subject));
  return matching.length > 0
    ? `Yes: the people include ${matching.map((subject) => `“${subject}”`).join(', ')}.`
    : null;
};

const sourcesNote = (activity: Activity): string => {
  const sources = list(activity.sources);
  return sources.length > 0 ? ` Sources: ${sources.join('; ')}.` : '';
};

const collectedDirectly: Derive = (activity) =>
  activity.collectedFromIndividual
    ? `Yes, all of it comes from the individual themselves.${sourcesNote(activity)}`
    : `Not all of it: some comes from elsewhere.${sourcesNote(activity)}`;

const thirdPartySource: Derive = (activity) => {
  if (activity.collectedFromIndividual) {
    return 'Not applicable: we collect the data directly from the individual.';
  }
  const sources = list(activity.sources);
  return sources.length > 0 ? `We obtain the data from: ${sources.join('; ')}.` : null;
};

const relationship: Derive = (activity) => {
  const subjects = list(activity.dataSubjects);
  return subjects.length > 0 ? `The people concerned are: ${subjects.join('; ')}.` : null;
};

const purpose: Derive = (activity) => {
  const interest = activity.legitimateInterest.trim();
  if (interest) return interest;
  const purposes = list(activity.purposes);
  return purposes.length > 0 ? purposes.join('. ').replace(/\.?$/, '.') : null;
};

const derivations: Readonly<Record<string, Derive>> = {
  'purpose.why': purpose,
  'nature.special-category': specialCategory,
  'nature.children-vulnerable': childrenOrVulnerable,
  'expectations.relationship': relationship,
  'expectations.collected-directly': collectedDirectly,
  'expectations.third-party-source': thirdPartySource,
};

/** The question ids that can be suggested from an activity. */
export const prefillQuestionIds: readonly string[] = Object.keys(derivations);

/** What each linked activity says towards each question it can answer, in activity order. */
export function suggestionsFrom(activities: readonly Activity[]): Suggestions {
  const suggestions: Record<string, Suggestion[]> = {};
  for (const [questionId, derive] of Object.entries(derivations)) {
    const found = activities.flatMap((activity) => {
      const text = derive(activity);
      return text === null
        ? []
        : [{ activityId: activity.id, activityName: activity.name, text } satisfies Suggestion];
    });
    if (found.length > 0) suggestions[questionId] = found;
  }
  return suggestions;
}

/**
 * The answer after "Use this": the suggestion when the answer is blank; otherwise the
 * suggestion added as a new paragraph, so what the person typed is never replaced. Using the
 * same suggestion twice changes nothing.
 */
export function applySuggestion(current: string, suggestion: string): string {
  const typed = current.trim();
  if (typed === '') return suggestion;
  if (typed.includes(suggestion.trim())) return current;
  return `${current.trimEnd()}\n\n${suggestion}`;
}
