/**
 * The shape of a spreadsheet import, shared by the readers (`shared/spreadsheet/import/*`), the
 * command line (`import-xlsx`) and the window's import steps: a file becomes sheets of cell
 * text, a layout maps their columns to the register's fields, and a plan says what will be
 * created — with every free-text reading shown for the person to confirm or correct — before
 * anything is written.
 */
import type { Activity } from '../../domain/activity';
import type { Organisation } from '../../domain/organisation';
import type { ThirdParty } from '../../domain/third-party';
import type { Transfer } from '../../domain/transfer';

/** One sheet as read: rows of cell text, trimmed, '' for an empty cell; row 0 is the sheet's row 1. */
export interface SheetGrid {
  name: string;
  rows: string[][];
}

/** A workbook (or a CSV file, read as one sheet) as cell text. */
export interface SpreadsheetText {
  fileName: string;
  sheets: SheetGrid[];
}

/**
 * Where an imported column goes: 'name' (the activity's name), one of the ICO template's 30
 * columns by its 1-based number ('ico:1' … 'ico:30'), or null to leave the column out.
 */
export type ImportTarget = 'name' | `ico:${number}`;

export interface ColumnMatch {
  /** 0-based column index in the sheet. */
  index: number;
  /** The heading as written in the file. */
  heading: string;
  /** Where the column goes; null when nothing matched and the person has not chosen. */
  target: ImportTarget | null;
  /** How the target was found: the exact ICO heading, a close wording, or the person's choice. */
  how: 'exact' | 'close' | 'chosen' | 'none';
}

/** The sheet and heading row an import reads, and where each column goes. */
export interface ImportLayout {
  sheet: string;
  /** 0-based index of the row holding the column headings; data rows follow it. */
  headingRow: number;
  columns: ColumnMatch[];
}

/** A free-text cell read as a structured value, shown in the preview for the person to check. */
export interface Reading {
  /** Stable within a plan, for correcting it. */
  id: string;
  /** 1-based row number as the spreadsheet program shows it. */
  row: number;
  /** The column's heading in the file. */
  heading: string;
  /** The activity (by id) or third party (by id) the reading went into. */
  recordKind: 'activity' | 'thirdParty' | 'transfer';
  recordId: string;
  /** The field path on that record, as used by `toConfirm` (e.g. 'lawfulBasis'). */
  path: string;
  /** The text in the cell. */
  source: string;
  /** What was read, in words: "Legitimate interests (Article 6(1)(f))". */
  reading: string;
  /** Other values the person may choose instead, for fields with a fixed set of answers. */
  choices?: { value: string; label: string }[];
  /** The value chosen from `choices`, as written into the record. */
  value?: string;
}

/** A row that could not be read, and why, in words that say what to change in the file. */
export interface UnreadableRow {
  row: number;
  reason: string;
}

/** What an import will create; nothing is written until the person confirms. */
export interface ImportPlan {
  activities: Activity[];
  /** Third parties to create, deduplicated by name against each other and the register. */
  thirdParties: ThirdParty[];
  /** Names in the file that matched third parties already in the register. */
  reusedThirdParties: { id: string; name: string }[];
  transfers: Transfer[];
  readings: Reading[];
  unreadable: UnreadableRow[];
  /** From the template's contact block, when the register has no organisation yet. */
  organisation: Organisation | null;
}
