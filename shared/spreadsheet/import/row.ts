/**
 * One data row as an activity: each of the ICO template's columns read into its field, with a
 * reading recorded wherever the text had to be interpreted.
 */
import type { Activity } from '../../domain/activity';
import { blankActivity } from '../../domain/factories';
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
import { readContracts, readRecipients } from './recipients';
import { readTransfers } from './transfers';
import { cellLines, isNotApplicable, shorten, splitList } from './text';
import {
  readInterests,
  readLawfulBasisCell,
  readPersonalData,
  readSensitiveConditions,
} from './row-basis';
import { readAutomated, readDpia, readRetention, readSources } from './row-answers';

export type RowCells = ReadonlyMap<ImportTarget, CellSource>;

/** The name a row gives its activity: a name column, else the purpose's first line. */
function readName(builder: PlanBuilder, activity: Activity, cells: RowCells): string[] {
  const nameCell = cells.get('name');
  const purpose = cells.get('ico:2');
  const purposeLines = purpose ? cellLines(purpose.text) : [];
  let name: string;
  let purposes = purposeLines;
  if (nameCell) {
    name = nameCell.text.replace(/\s+/g, ' ');
  } else if (purpose && purposeLines.length > 1) {
    // How the export writes it: the name heads the purpose cell.
    name = purposeLines[0] ?? '';
    purposes = purposeLines.slice(1);
    builder.read(
      'activity',
      activity,
      'name',
      purpose,
      `“${shorten(name, 200)}”: the purpose cell’s first line`,
    );
  } else {
    name = shorten(purposeLines[0] ?? '', 80);
    if (purpose)
      builder.read('activity', activity, 'name', purpose, `“${name}”: named from the purpose`);
  }
  const source = nameCell ?? purpose;
  if (source && name.length > 200) {
    addNote(activity, `${source.heading} (in full): ${name}`);
    builder.read(
      'activity',
      activity,
      'name',
      source,
      'The name was longer than 200 characters, so it was shortened; the whole text is in the internal notes',
    );
    name = shorten(name, 200);
  }
  activity.name = name;
  return purposes;
}

export function readActivity(builder: PlanBuilder, cells: RowCells): Activity {
  const { now, newId } = builder.options;
  const activity = blankActivity(now, { id: newId(), toConfirm: [] });
  activity.purposes = [];
  const purposes = readName(builder, activity, cells);
  const purpose = cells.get('ico:2');
  if (purpose) activity.purposes = fitList(builder, activity, 'purposes', purpose, purposes);
  const text = (target: ImportTarget, path: string, max: number): string => {
    const cell = cells.get(target);
    return cell && !isNotApplicable(cell.text)
      ? fitText(builder, activity, path, cell, cell.text, max)
      : '';
  };
  activity.businessFunction = text('ico:1', 'businessFunction', SHORT_TEXT);
  activity.jointController = text('ico:3', 'jointController', SHORT_TEXT);
  activity.securityMeasures = text('ico:11', 'securityMeasures', LONG_TEXT);
  activity.consentRecord = text('ico:19', 'consentRecord', SHORT_TEXT);
  const subjects = cells.get('ico:4');
  if (subjects)
    activity.dataSubjects = fitList(
      builder,
      activity,
      'dataSubjects',
      subjects,
      splitList(cellLines(subjects.text)),
    );
  const personal = cells.get('ico:5');
  if (personal) readPersonalData(builder, activity, personal);
  const recipients = cells.get('ico:6');
  const parties = recipients ? readRecipients(builder, activity, recipients) : [];
  const contracts = cells.get('ico:7');
  if (contracts) readContracts(builder, activity, parties, contracts);
  readTransfers(builder, activity, parties, cells.get('ico:8') ?? null, cells.get('ico:9') ?? null);
  readRetention(builder, activity, cells);
  const basis = cells.get('ico:12') ?? cells.get('ico:27');
  if (basis) readLawfulBasisCell(builder, activity, basis);
  readSensitiveConditions(builder, activity, cells);
  readInterests(builder, activity, cells);
  const automated = cells.get('ico:17');
  if (automated) readAutomated(builder, activity, automated);
  const sources = cells.get('ico:18');
  if (sources) readSources(builder, activity, sources);
  const locations = cells.get('ico:20');
  if (locations) {
    const lines = cellLines(locations.text);
    const system = /^system:\s*/i;
    activity.systems = fitList(
      builder,
      activity,
      'systems',
      locations,
      lines.filter((l) => system.test(l)).map((l) => l.replace(system, '')),
    );
    activity.locations = fitList(
      builder,
      activity,
      'locations',
      locations,
      lines.filter((l) => !system.test(l)),
    );
  }
  readDpia(builder, activity, cells);
  return activity;
}
