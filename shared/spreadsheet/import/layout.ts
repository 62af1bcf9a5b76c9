/**
 * Finding the table in a spreadsheet: which sheet and row hold the headings, and which of the
 * register's columns each heading means — the ICO's exact wording, or the wordings people use.
 */
import { icoColumns } from '../../ropa/ico-template';
import type { ColumnMatch, ImportLayout, ImportTarget, SpreadsheetText } from './contract';
import { normalise } from './text';

/** The choices for a column, in the ICO template's order, for the mapping step's selects. */
export const importTargets: { target: ImportTarget; label: string; section: string }[] = [
  { target: 'name', label: 'Activity name', section: 'Activity' },
  ...icoColumns.map((column, index) => ({
    target: `ico:${index + 1}` as ImportTarget,
    label: column.heading,
    section: column.section,
  })),
];

/** Wordings registers use for each column besides the ICO's own heading, already normalised. */
const closeWordings: Record<string, readonly string[]> = {
  name: [
    'name',
    'activity',
    'activity name',
    'name of activity',
    'processing activity',
    'name of processing activity',
    'processing activity name',
    'process',
    'process name',
    'title',
  ],
  'ico:1': ['business function', 'function', 'department', 'team', 'business area', 'service area'],
  'ico:2': [
    'purpose',
    'purposes',
    'purposes of processing',
    'purpose of the processing',
    'purposes of the processing',
    'processing purpose',
    'description',
    'why we process it',
  ],
  'ico:3': ['joint controller', 'joint controllers'],
  'ico:4': [
    'data subjects',
    'categories of data subjects',
    'data subject categories',
    'individuals',
    'data subject',
  ],
  'ico:5': [
    'personal data',
    'categories of data',
    'data categories',
    'types of personal data',
    'personal data collected',
    'data collected',
    'data items',
  ],
  'ico:6': [
    'recipients',
    'recipient',
    'recipients of the data',
    'shared with',
    'who we share it with',
    'data shared with',
    'third parties',
  ],
  'ico:7': [
    'contract',
    'contracts',
    'processor contract',
    'link to contract',
    'data processing agreement',
    'dpa',
    'processor agreement',
  ],
  'ico:8': [
    'international transfers',
    'transfers',
    'third countries',
    'countries',
    'overseas transfers',
    'transfers outside the uk',
    'transfer destinations',
  ],
  'ico:9': ['safeguards', 'transfer safeguards', 'transfer mechanism', 'transfer mechanisms'],
  'ico:10': ['retention', 'retention period', 'retention periods', 'retention schedule'],
  'ico:11': [
    'security',
    'security measures',
    'technical and organisational measures',
    'toms',
    'technical and organisational security measures',
  ],
  'ico:12': [
    'lawful basis',
    'lawful bases',
    'legal basis',
    'lawful basis for processing',
    'article 6 lawful basis',
    'art 6 lawful basis',
    'article 6 basis',
  ],
  'ico:13': [
    'article 9 condition',
    'art 9 condition',
    'article 9',
    'special category condition',
    'condition for special category data',
  ],
  'ico:14': ['legitimate interests', 'legitimate interest', 'legitimate interests pursued'],
  'ico:15': ['lia', 'legitimate interests assessment', 'link to lia'],
  'ico:16': ['rights', 'individual rights', 'individuals rights', 'rights available'],
  'ico:17': ['automated decision making', 'automated decisions', 'profiling'],
  'ico:18': ['source', 'sources', 'source of data', 'data source', 'source of the data'],
  'ico:19': ['consent record', 'consent records', 'record of consent', 'link to consent record'],
  'ico:20': [
    'location',
    'location of data',
    'data location',
    'where held',
    'where the data is held',
    'storage location',
    'systems',
    'system',
  ],
  'ico:21': ['dpia required', 'dpia needed', 'is a dpia required', 'dpia'],
  'ico:22': ['dpia progress', 'dpia status'],
  'ico:23': ['dpia link', 'link to dpia', 'dpia reference'],
  'ico:24': ['breach', 'breaches', 'data breach', 'personal data breach', 'breach occurred'],
  'ico:25': ['breach record', 'link to breach record', 'breach log'],
  'ico:26': ['schedule 1 condition', 'dpa 2018 schedule 1 condition', 'schedule 1'],
  'ico:28': ['retention policy', 'retention and erasure policy', 'link to retention policy'],
  'ico:29': ['follows retention policy', 'follows policy', 'in line with policy'],
  'ico:30': ['reasons for not adhering', 'reason policy not followed'],
};

const exactHeadings = new Map<string, ImportTarget>(
  icoColumns.map((column, index) => [normalise(column.heading), `ico:${index + 1}`]),
);

/** Every close wording with its target, longest first so "dpia status" beats "dpia". */
const closeList: { wording: string; target: ImportTarget }[] = Object.entries(closeWordings)
  .flatMap(([target, wordings]) =>
    wordings.map((wording) => ({ wording, target: target as ImportTarget })),
  )
  .sort((a, b) => b.wording.length - a.wording.length);

/** Where a heading goes on its own, before other columns claim targets. */
export function matchHeading(heading: string): Pick<ColumnMatch, 'target' | 'how'> {
  const text = normalise(heading);
  if (text === '') return { target: null, how: 'none' };
  const exact = exactHeadings.get(text);
  if (exact) return { target: exact, how: 'exact' };
  const same = closeList.find((entry) => entry.wording === text);
  if (same) return { target: same.target, how: 'close' };
  // "Lawful basis (Art 6 UK GDPR)", "Retention period (years)": a known wording and a qualifier.
  const prefixed = closeList.find(
    (entry) => entry.wording.includes(' ') && text.startsWith(`${entry.wording} `),
  );
  return prefixed ? { target: prefixed.target, how: 'close' } : { target: null, how: 'none' };
}

/** The columns of a heading row; a target goes to the first column that claims it. */
function matchRow(headings: readonly string[], width: number): ColumnMatch[] {
  const taken = new Set<ImportTarget>();
  return Array.from({ length: width }, (_, index) => {
    const heading = headings[index] ?? '';
    const match = matchHeading(heading);
    if (match.target === null || taken.has(match.target)) {
      return { index, heading, target: null, how: 'none' as const };
    }
    taken.add(match.target);
    return { index, heading, ...match };
  });
}

const HEADING_SEARCH_ROWS = 30;

/** The sheet and heading row with the most recognised headings, and each column's target. */
export function detectLayout(text: SpreadsheetText): ImportLayout {
  let found: { sheet: string; row: number; score: number; width: number } | null = null;
  for (const sheet of text.sheets) {
    const width = Math.max(0, ...sheet.rows.map((row) => row.length));
    for (const [row, cells] of sheet.rows.slice(0, HEADING_SEARCH_ROWS).entries()) {
      const score = matchRow(cells, width).filter((column) => column.target !== null).length;
      if (found === null || score > found.score) found = { sheet: sheet.name, row, score, width };
    }
  }
  if (found === null) return { sheet: text.sheets[0]?.name ?? '', headingRow: 0, columns: [] };
  const grid = text.sheets.find((sheet) => sheet.name === found.sheet);
  const headingRow =
    found.score > 0
      ? found.row
      : Math.max(0, grid?.rows.findIndex((row) => row.some((cell) => cell !== '')) ?? 0);
  const columns = matchRow(grid?.rows[headingRow] ?? [], found.width).filter(
    (column) =>
      column.heading !== '' ||
      (grid?.rows.slice(headingRow + 1).some((row) => (row[column.index] ?? '') !== '') ?? false),
  );
  return { sheet: found.sheet, headingRow, columns };
}

/** The person's choice for one column; a target another column had is taken from it. */
export function chooseTarget(
  layout: ImportLayout,
  index: number,
  target: ImportTarget | null,
): ImportLayout {
  return {
    ...layout,
    columns: layout.columns.map((column) => {
      if (column.index === index) return { ...column, target, how: 'chosen' };
      if (target !== null && column.target === target) {
        return { ...column, target: null, how: 'none' };
      }
      return column;
    }),
  };
}

/** Whether any column was matched to where the activities' names or purposes are. */
export const hasNameOrPurpose = (layout: ImportLayout): boolean =>
  layout.columns.some((column) => column.target === 'name' || column.target === 'ico:2');
