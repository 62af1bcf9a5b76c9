/** The lawful basis, special category and legitimate interest columns of a row. */
import type { Activity } from '../../domain/activity';
import {
  art9ConditionLabels,
  lawfulBasisLabels,
  recognisedLegitimateInterestLabels,
  schedule1ConditionLabels,
  specialCategoryLabels,
} from '../../domain/enums';
import {
  addNote,
  fitList,
  fitText,
  LONG_TEXT,
  SHORT_TEXT,
  type CellSource,
  type PlanBuilder,
} from './builder';
import type { ImportTarget } from './contract';
import type { RowCells } from './row';
import { cellLines, isNotApplicable, normalise, shorten, splitList } from './text';
import {
  art9Choices,
  basisChoices,
  readArt9Condition,
  readFlag,
  readLawfulBasis,
  readRecognisedInterest,
  readSchedule1Condition,
  readSensitiveData,
  schedule1Choices,
} from './words';
const yesNo = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

export function readLawfulBasisCell(
  builder: PlanBuilder,
  activity: Activity,
  source: CellSource,
): void {
  const found = readLawfulBasis(source.text);
  const lines = cellLines(source.text);
  const first = lines[0] ?? '';
  const firstBasis = readLawfulBasis(first);
  // "Contract — Art 6(1)(b)" heading the cell (as the export writes it) is not part of the detail.
  const headed =
    firstBasis !== null &&
    (first.length <= 60 ||
      Object.values(lawfulBasisLabels).some((label) => first.startsWith(label)));
  activity.lawfulBasisDetail = fitText(
    builder,
    activity,
    'lawfulBasisDetail',
    source,
    (headed ? lines.slice(1) : lines).join('\n'),
    LONG_TEXT,
  );
  if (found === null) {
    builder.read(
      'activity',
      activity,
      'lawfulBasis',
      source,
      'No lawful basis recognised; the text is kept as the detail',
      { choices: basisChoices },
    );
    return;
  }
  activity.lawfulBasis = found.basis;
  const also =
    found.also.length > 0
      ? ` (the cell also mentions ${found.also.map((b) => lawfulBasisLabels[b]).join('; ')})`
      : '';
  builder.read(
    'activity',
    activity,
    'lawfulBasis',
    source,
    `${lawfulBasisLabels[found.basis]}${also}`,
    { choices: basisChoices, value: found.basis },
  );
  if (found.basis === 'recognised-legitimate-interest') {
    const interest = readRecognisedInterest(first);
    if (interest) {
      activity.recognisedInterest = interest;
      builder.read(
        'activity',
        activity,
        'recognisedInterest',
        source,
        recognisedLegitimateInterestLabels[interest],
      );
    }
  }
}

export function readPersonalData(
  builder: PlanBuilder,
  activity: Activity,
  source: CellSource,
): void {
  const lines = cellLines(source.text);
  const listed = lines.find((line) => /^special category data:/i.test(line));
  const rest = lines.filter((line) => line !== listed && !/^criminal offence data$/i.test(line));
  activity.personalData = fitList(builder, activity, 'personalData', source, splitList(rest));
  const sensitive = readSensitiveData(source.text);
  activity.specialCategories = sensitive.categories;
  if (sensitive.categories.length > 0) {
    builder.read(
      'activity',
      activity,
      'specialCategories',
      source,
      `Special category data: ${sensitive.categories.map((c) => specialCategoryLabels[c]).join(', ')}`,
      {
        value: sensitive.categories.join(','),
      },
    );
  }
  if (sensitive.criminal) {
    activity.criminalOffenceData = true;
    builder.read('activity', activity, 'criminalOffenceData', source, 'Criminal offence data', {
      choices: yesNo,
      value: 'true',
    });
  }
}

export function readSensitiveConditions(
  builder: PlanBuilder,
  activity: Activity,
  cells: RowCells,
): void {
  const art9 = cells.get('ico:13');
  if (art9 && !isNotApplicable(art9.text)) {
    const condition = readArt9Condition(art9.text);
    activity.art9Condition = condition;
    if (condition === null) addNote(activity, `${art9.heading}: ${art9.text}`);
    builder.read(
      'activity',
      activity,
      'art9Condition',
      art9,
      condition
        ? art9ConditionLabels[condition]
        : 'No Article 9 condition recognised; the text is kept in the internal notes',
      {
        choices: art9Choices,
        value: condition ?? undefined,
      },
    );
  }
  const schedule = cells.get('ico:26');
  if (schedule && !isNotApplicable(schedule.text)) {
    const lines = cellLines(schedule.text);
    const policy = lines.find((line) => /^appropriate policy document:/i.test(line));
    if (policy)
      activity.appropriatePolicyDocument = shorten(
        policy.replace(/^appropriate policy document:\s*/i, ''),
        SHORT_TEXT,
      );
    const labelLine = lines.find((line) =>
      Object.values(schedule1ConditionLabels).some((label) => normalise(label) === normalise(line)),
    );
    const condition = readSchedule1Condition(labelLine ?? schedule.text);
    activity.schedule1Condition = condition;
    const authority = lines.filter((line) => line !== policy && line !== labelLine).join('\n');
    activity.criminalDataAuthority = fitText(
      builder,
      activity,
      'criminalDataAuthority',
      schedule,
      authority,
      LONG_TEXT,
    );
    builder.read(
      'activity',
      activity,
      'schedule1Condition',
      schedule,
      condition
        ? (schedule1ConditionLabels[condition] ?? condition)
        : 'No Schedule 1 condition recognised; the text is kept',
      {
        choices: schedule1Choices,
        value: condition ?? undefined,
      },
    );
  }
}

export function readInterests(builder: PlanBuilder, activity: Activity, cells: RowCells): void {
  const interest = cells.get('ico:14');
  if (interest && !isNotApplicable(interest.text)) {
    const lines = cellLines(interest.text);
    const recognisedLine = lines.find((line) => /^recogni[sz]ed legitimate interest:/i.test(line));
    const recognised = recognisedLine ? readRecognisedInterest(recognisedLine) : null;
    if (recognised) {
      activity.recognisedInterest = recognised;
      builder.read(
        'activity',
        activity,
        'recognisedInterest',
        interest,
        recognisedLegitimateInterestLabels[recognised],
      );
    }
    activity.legitimateInterest = fitText(
      builder,
      activity,
      'legitimateInterest',
      interest,
      lines.filter((l) => l !== recognisedLine).join('\n'),
      LONG_TEXT,
    );
  }
  const kept: [ImportTarget, string][] = [
    ['ico:15', 'Legitimate interests assessment'],
    ['ico:25', 'Personal data breach record'],
  ];
  for (const [target, what] of kept) {
    const cell = cells.get(target);
    if (!cell || isNotApplicable(cell.text)) continue;
    addNote(activity, `${what}: ${cell.text}`);
    builder.read(
      'activity',
      activity,
      'internalNotes',
      cell,
      `${what} kept as a reference in the internal notes`,
    );
  }
  const breach = cells.get('ico:24');
  if (breach && readFlag(breach.text) === true) {
    addNote(
      activity,
      'The imported spreadsheet says a personal data breach has occurred in this activity.',
    );
    builder.read(
      'activity',
      activity,
      'internalNotes',
      breach,
      'A breach has occurred: noted in the internal notes; record it in the breach log',
    );
  }
}
