/** The yes/no and status columns of a row: automated decisions, sources, DPIA and retention. */
import type { Activity } from '../../domain/activity';
import { dpiaScreeningLabels, dpiaStatusLabels, type DpiaStatus } from '../../domain/enums';
import {
  addNote,
  fitList,
  fitText,
  LONG_TEXT,
  SHORT_TEXT,
  type CellSource,
  type PlanBuilder,
} from './builder';
import type { RowCells } from './row';
import { cellLines, isNotApplicable, normalise } from './text';
import { readFlag } from './words';
const yesNo = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];
const yesNoUnknown = [...yesNo, { value: 'unknown', label: 'Not known' }];

export function readAutomated(builder: PlanBuilder, activity: Activity, source: CellSource): void {
  const [first = '', ...rest] = cellLines(source.text);
  const flag = readFlag(first);
  if (flag === true || flag === false) {
    activity.automatedDecisions = { exists: flag, details: rest.join('\n').slice(0, LONG_TEXT) };
    return;
  }
  const exists = flag === undefined && !/^(no|none|not)\b/i.test(first);
  activity.automatedDecisions = { exists, details: exists ? source.text.slice(0, LONG_TEXT) : '' };
  builder.read(
    'activity',
    activity,
    'automatedDecisions.exists',
    source,
    exists ? 'Yes: the cell describes automated decision-making' : 'No',
    { choices: yesNo, value: String(exists) },
  );
}

export function readSources(builder: PlanBuilder, activity: Activity, source: CellSource): void {
  const lines = cellLines(source.text);
  const fromPerson = (line: string) =>
    /^(the )?(individual|data subject|person)( themselves)?$|^directly from the (individual|person)$/i.test(
      line,
    );
  activity.collectedFromIndividual = lines.some(fromPerson);
  activity.sources = fitList(
    builder,
    activity,
    'sources',
    source,
    lines.filter((line) => !fromPerson(line)),
  );
  if (!activity.collectedFromIndividual) {
    builder.read(
      'activity',
      activity,
      'collectedFromIndividual',
      source,
      'Not all collected from the person themselves (no line says “The individual”), so Article 14 applies',
      { choices: yesNo, value: 'false' },
    );
  }
}

const dpiaStatusWords: [DpiaStatus, RegExp][] = [
  ['completed', /complete|done|signed off/i],
  ['in-progress', /progress|ongoing|drafting|underway/i],
  ['not-started', /not (yet )?started|to do|planned/i],
  ['not-applicable', /^(n\/?a|not applicable|none)$/i],
];

export function readDpia(builder: PlanBuilder, activity: Activity, cells: RowCells): void {
  const required = cells.get('ico:21');
  if (required) {
    const [first = '', ...rest] = cellLines(required.text);
    const flag = readFlag(first);
    const screening = /not screened/i.test(first)
      ? 'not-screened'
      : flag === true
        ? 'required'
        : flag === false
          ? 'not-required'
          : 'not-screened';
    const exact = /not screened/i.test(first) || flag === true || flag === false;
    // "n/a" or "unknown" says nothing more; other words are kept as the DPIA notes.
    const kept = exact || flag === null ? rest : [first, ...rest];
    activity.dpia.screening = screening;
    activity.dpia.notes = kept.join('\n').slice(0, LONG_TEXT);
    if (!exact) {
      builder.read(
        'activity',
        activity,
        'dpia.screening',
        required,
        flag === null
          ? `${dpiaScreeningLabels[screening]}: the answer was “${first}”`
          : `${dpiaScreeningLabels[screening]}: the answer was not yes or no; it is kept in the DPIA notes`,
      );
    }
  }
  const progress = cells.get('ico:22');
  if (progress) {
    const labelled = (Object.keys(dpiaStatusLabels) as DpiaStatus[]).find(
      (s) => normalise(dpiaStatusLabels[s]) === normalise(progress.text),
    );
    const status =
      labelled ??
      dpiaStatusWords.find(([, pattern]) => pattern.test(progress.text))?.[0] ??
      'not-started';
    activity.dpia.status = status;
    if (!labelled)
      builder.read(
        'activity',
        activity,
        'dpia.status',
        progress,
        `${dpiaStatusLabels[status]} (from the words used)`,
      );
  }
  const link = cells.get('ico:23');
  if (link && !isNotApplicable(link.text))
    activity.dpia.link = fitText(builder, activity, 'dpia.link', link, link.text, SHORT_TEXT);
}

export function readRetention(builder: PlanBuilder, activity: Activity, cells: RowCells): void {
  const period = cells.get('ico:10');
  if (period)
    activity.retention.period = fitText(
      builder,
      activity,
      'retention.period',
      period,
      period.text.replace(/\s*\n\s*/g, '; '),
      SHORT_TEXT,
    );
  const policy = cells.get('ico:28');
  if (policy && !isNotApplicable(policy.text))
    activity.retention.policyDocument = fitText(
      builder,
      activity,
      'retention.policyDocument',
      policy,
      policy.text,
      SHORT_TEXT,
    );
  const follows = cells.get('ico:29');
  if (follows) {
    const flag = readFlag(follows.text);
    activity.retention.followsPolicy = flag ?? null;
    if (flag === undefined || (flag === null && follows.text !== '')) {
      if (flag === undefined) addNote(activity, `${follows.heading}: ${follows.text}`);
      builder.read(
        'activity',
        activity,
        'retention.followsPolicy',
        follows,
        flag === undefined
          ? 'Not known: the answer was not yes or no; it is kept in the internal notes'
          : 'Not known',
        {
          choices: yesNoUnknown,
          value: 'unknown',
        },
      );
    }
  }
  const reason = cells.get('ico:30');
  if (reason && !isNotApplicable(reason.text))
    activity.retention.notFollowingReason = reason.text.slice(0, LONG_TEXT);
}

/** Reads a row with a name or purpose into a new activity (and its third parties and transfers). */
