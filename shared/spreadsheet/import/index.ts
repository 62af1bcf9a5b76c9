/** Importing a register from an ICO-style spreadsheet: read, map columns, plan, correct, apply. */
export * from './contract';
export { applyImport, correctReading } from './apply';
export { describeCounts, describePlan } from './describe';
export {
  chooseTarget,
  detectLayout,
  hasNameOrPurpose,
  importTargets,
  matchHeading,
} from './layout';
export { planImport, type PlanOptions } from './plan';
export {
  MAX_SPREADSHEET_BYTES,
  readSpreadsheet,
  SpreadsheetReadError,
  spreadsheetTooLarge,
} from './read';
