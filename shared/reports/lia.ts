/**
 * One legitimate interests assessment as a document: a summary of the decision, then the
 * three-part test question by question in the ICO's words with the answers given, and a
 * sign-off block for a printed copy.
 */
import type { Column, Content } from 'pdfmake/interfaces';
import type { Lia } from '../domain/assessments';
import { recognisedLegitimateInterestLabels } from '../domain/enums';
import {
  canRelyQuestionId,
  isRecognisedLegitimateInterest,
  liaGroupLabels,
  type LiaQuestion,
} from '../lia/questions';
import { liaStatusLabels, outcome, stepsFor, type LiaAnswer } from '../lia/rules';
import { longDate } from '../util/long-date';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import {
  fieldTable,
  heading,
  INK,
  MUTED,
  RULE,
  reportFrame,
  subheading,
  value,
  yesNo,
  type ReportInput,
} from './frame';

export const LIA_TITLE = 'Legitimate interests assessment';

const pathLabels: Record<Lia['path'], string> = {
  standard: 'Standard three-part test (purpose, necessity, balancing)',
  recognised: 'Recognised legitimate interest (Article 6(1)(ea), Annex 1)',
};

/** An answer as a person reads it; nothing recorded reads "Not answered". */
function answerText(question: LiaQuestion, answer: LiaAnswer | undefined): string {
  if (answer === undefined || answer === null) return '';
  if (typeof answer === 'boolean') return yesNo(answer);
  switch (question.kind) {
    case 'date':
      return longDate(answer);
    case 'choice':
      return isRecognisedLegitimateInterest(answer)
        ? recognisedLegitimateInterestLabels[answer]
        : answer;
    default:
      return answer;
  }
}

function questionBlock(question: LiaQuestion, answer: LiaAnswer | undefined): Content {
  const text = answerText(question, answer).trim();
  return {
    unbreakable: true,
    margin: [0, 0, 0, 9],
    stack: [
      { text: question.text, bold: true, fontSize: 9.5 },
      text === ''
        ? { text: 'Not answered', italics: true, color: MUTED, margin: [10, 2, 0, 0] }
        : { text, color: INK, margin: [10, 2, 0, 0] },
    ],
  };
}

const answerOf = (lia: Lia, id: string): string => {
  const answer = lia.answers[id];
  return typeof answer === 'string' ? answer.trim() : '';
};

function summary(lia: Lia, input: ReportInput): Content {
  const activities = input.register.activities.filter((a) => lia.activityIds.includes(a.id));
  const result = outcome(lia.path, lia.answers);
  const canRely = lia.answers[canRelyQuestionId];
  return fieldTable([
    { label: 'Processing covered', value: value(activities.map((a) => a.name)) },
    { label: 'Assessment', value: value(pathLabels[lia.path]) },
    {
      label: 'Status',
      value: value(
        `${lia.status === 'completed' ? 'Completed' : 'Draft'}, revision ${lia.revision}`,
      ),
    },
    {
      label: 'Decision',
      value: {
        text: liaStatusLabels[result.status],
        bold: true,
        color: typeof canRely === 'boolean' && !canRely ? '#a4161a' : INK,
      },
    },
    ...(result.dpiaNeeded === null
      ? []
      : [
          {
            label: 'DPIA indicated by the screening',
            value: value(result.dpiaNeeded ? `Yes: ${result.dpiaReasons.join('; ')}` : 'No'),
          },
        ]),
    { label: 'Completed by', value: value(answerOf(lia, 'decision.completed-by')) },
    { label: 'Date of decision', value: value(longDate(answerOf(lia, 'decision.date'))) },
    { label: 'Next review', value: value(longDate(answerOf(lia, 'review.next'))) },
  ]);
}

const signatureLine = (label: string, width: number): Column => ({
  width,
  stack: [
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: RULE }],
      margin: [0, 28, 0, 3],
    },
    { text: label, fontSize: 8.5, color: MUTED },
  ],
});

function signOff(lia: Lia): Content {
  return {
    unbreakable: true,
    stack: [
      heading('Sign-off'),
      {
        text: `I confirm that this assessment records the decision on whether ${
          lia.path === 'standard' ? 'legitimate interests' : 'a recognised legitimate interest'
        } can be relied on for the processing described, and that it will be reviewed by the date shown.`,
        style: 'paragraph',
      },
      {
        columns: [
          signatureLine('Signature', 180),
          signatureLine('Name and role', 180),
          signatureLine('Date', 80),
        ],
        columnGap: 20,
      },
    ],
  };
}

/**
 * The assessment without its frame. Nested in a pack, its parts are subheadings outside the
 * contents (a pack holds many assessments) and the sign-off block is left to the standalone copy.
 */
export function liaBody(input: ReportInput, lia: Lia, nested = false): Content[] {
  const section = (text: string, id?: string): Content =>
    nested ? subheading(text) : heading(text, id);
  const group = (text: string): Content =>
    nested ? { text, bold: true, color: MUTED, margin: [0, 4, 0, 4] } : subheading(text);
  const content: Content[] = [section('Summary'), summary(lia, input)];
  for (const step of stepsFor(lia.path)) {
    content.push(section(step.label, `part-${step.part}`));
    const groups = [...new Set(step.questions.map((q) => q.group))];
    for (const name of groups) {
      if (groups.length > 1) content.push(group(liaGroupLabels[name]));
      content.push(
        ...step.questions
          .filter((q) => q.group === name)
          .map((q) => questionBlock(q, lia.answers[q.id])),
      );
    }
  }
  if (!nested) content.push(signOff(lia));
  return content;
}

export function liaReport(input: ReportInput, lia: Lia): PortablePdfDefinition {
  return reportFrame(input, {
    title: LIA_TITLE,
    subtitle: lia.title,
    orientation: 'portrait',
    content: liaBody(input, lia),
  });
}
