/**
 * What an import will create: one activity per data row, third parties deduplicated by name,
 * transfers, every reading to confirm and every row that could not be read, with the reason.
 */
import { activitySchema, type Activity } from '../../domain/activity';
import { PlanBuilder, type CellSource, type PlanOptions } from './builder';
import type {
  ImportLayout,
  ImportPlan,
  ImportTarget,
  SpreadsheetText,
  UnreadableRow,
} from './contract';
import { readOrganisation } from './organisation';
import { readActivity } from './row';
import { shorten } from './text';

export type { PlanOptions } from './builder';

/** The first problem zod found, in words: "purposes.3: Too big". */
function firstIssue(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string {
  const issue = result.error?.issues[0];
  return issue
    ? `${issue.path.map(String).join('.')}: ${issue.message}`
    : 'it does not fit the register';
}

function unreadableReason(cells: readonly { heading: string; text: string }[]): string {
  const shown = cells.map(
    (cell) => `“${shorten(cell.text, 40)}”${cell.heading ? ` under ${cell.heading}` : ''}`,
  );
  return `No activity name or purpose, only ${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ` and ${shown.length - 3} more` : ''}. Add the purpose of processing (or a name) to this row, or delete the row if it is a note.`;
}

/** Reads every data row below the heading row into an import plan; never throws on bad content. */
export function planImport(
  text: SpreadsheetText,
  layout: ImportLayout,
  options: PlanOptions,
): ImportPlan {
  const builder = new PlanBuilder(options);
  const sheet = text.sheets.find((s) => s.name === layout.sheet);
  const activities: Activity[] = [];
  const unreadable: UnreadableRow[] = [];
  const mapped = layout.columns.filter(
    (column): column is typeof column & { target: ImportTarget } => column.target !== null,
  );
  const hasNameColumn = mapped.some(
    (column) => column.target === 'name' || column.target === 'ico:2',
  );
  (sheet?.rows ?? []).slice(layout.headingRow + 1).forEach((cells, offset) => {
    const row = layout.headingRow + offset + 2;
    const filled = layout.columns
      .map((column) => ({ heading: column.heading, text: cells[column.index] ?? '' }))
      .filter((cell) => cell.text !== '');
    if (filled.length === 0) return;
    const rowCells = new Map<ImportTarget, CellSource>();
    for (const column of mapped) {
      const cellText = cells[column.index] ?? '';
      if (cellText !== '')
        rowCells.set(column.target, { row, heading: column.heading, text: cellText });
    }
    if (!rowCells.has('name') && !rowCells.has('ico:2')) {
      unreadable.push({
        row,
        reason: hasNameColumn
          ? unreadableReason(filled)
          : 'No column is matched to the activity’s name or purpose: choose which column holds the purpose of processing.',
      });
      return;
    }
    const readingsBefore = builder.readings.length;
    const activity = readActivity(builder, rowCells);
    const checked = activitySchema.safeParse(activity);
    if (!checked.success) {
      builder.readings.splice(readingsBefore);
      for (const transfer of builder.transfers) {
        transfer.activityIds = transfer.activityIds.filter((id) => id !== activity.id);
      }
      unreadable.push({
        row,
        reason: `This row cannot become an activity (${firstIssue(checked)}). Shorten or correct that cell and import again.`,
      });
      return;
    }
    activities.push(activity);
  });
  const organisation =
    options.register.organisation === null && sheet
      ? readOrganisation(sheet, layout.headingRow, options.now, options.newId())
      : null;
  return {
    activities,
    thirdParties: builder.newParties,
    reusedThirdParties: [...builder.reused.values()],
    transfers: builder.transfers.filter((transfer) => transfer.activityIds.length > 0),
    readings: builder.readings,
    unreadable,
    organisation,
  };
}
