/** How a question and its answer read on screen. */
import dayjs from 'dayjs';
import type { LiaQuestion } from '../../../shared/lia/questions';
import { recognisedConditions } from '../../../shared/lia/questions';
import type { LiaAnswer } from '../../../shared/lia/rules';

/** The DPIA screening items complete a sentence, so they start in lower case: capitalise them. */
export const questionLabel = (question: LiaQuestion): string =>
  question.text.charAt(0).toUpperCase() + question.text.slice(1);

/** The element id of a question's wrapper, the target of "go to this question" links. */
export const questionAnchor = (questionId: string): string =>
  `lia-question-${questionId.replace(/[^a-z0-9-]/gi, '-')}`;

/** An answer as words, or null when it has none. */
export function answerText(question: LiaQuestion, answer: LiaAnswer | undefined): string | null {
  if (answer === undefined || answer === null) return null;
  if (typeof answer === 'boolean') return answer ? 'Yes' : 'No';
  if (answer.trim() === '') return null;
  if (question.kind === 'date') return dayjs(answer).format('D MMMM YYYY');
  if (question.kind === 'choice') {
    return recognisedConditions.find((condition) => condition.value === answer)?.label ?? answer;
  }
  return answer;
}
