/** What the column-mapping step shows for each column: a sample, and the choices grouped by section. */
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type {
  ImportLayout,
  ImportTarget,
  SheetGrid,
} from '../../../shared/spreadsheet/import/contract';

/** The Select's value for a column left out (a Select value cannot be null and still shown). */
export const LEAVE_OUT = 'leave-out';

/** The first non-empty cell under the heading, shortened for a table cell. */
export function sampleValue(sheet: SheetGrid | undefined, layout: ImportLayout, index: number) {
  const rows = sheet?.rows.slice(layout.headingRow + 1) ?? [];
  const cell = rows.map((row) => row[index] ?? '').find((text) => text !== '') ?? '';
  // A cell's lines (a list in one cell) read as one line in the table.
  const value = cell
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .join(' · ');
  return value.length > 120 ? `${value.slice(0, 119)}…` : value;
}

/** How many data rows the chosen heading row leaves (empty rows aside). */
export function dataRowCount(sheet: SheetGrid | undefined, layout: ImportLayout): number {
  return (sheet?.rows.slice(layout.headingRow + 1) ?? []).filter((row) =>
    row.some((cell) => cell !== ''),
  ).length;
}

/** The targets grouped by the ICO template's sections, after "Leave out". */
export function targetOptions(
  targets: readonly { target: ImportTarget; label: string; section: string }[],
): ComboboxItemGroup<ComboboxItem>[] {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const { target, label, section } of targets) {
    const items = groups.get(section) ?? [];
    items.push({ value: target, label });
    groups.set(section, items);
  }
  return [
    { group: 'Not imported', items: [{ value: LEAVE_OUT, label: 'Leave out' }] },
    ...[...groups].map(([group, items]) => ({ group, items })),
  ];
}

/** How many columns go to each target, so a target chosen twice can be pointed out. */
export function targetUses(layout: ImportLayout): Map<ImportTarget, number> {
  const uses = new Map<ImportTarget, number>();
  for (const column of layout.columns) {
    if (column.target) uses.set(column.target, (uses.get(column.target) ?? 0) + 1);
  }
  return uses;
}
