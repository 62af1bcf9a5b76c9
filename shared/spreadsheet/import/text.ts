/** Small text helpers the import's readers share: comparing wordings, splitting lists. */

/** Lower case, accents and punctuation dropped, single spaces: how headings and names compare. */
export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A cell's lines, trimmed, blanks dropped. */
export const cellLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** What people write in a cell that does not apply. */
export const isNotApplicable = (text: string): boolean =>
  /^(n\/?a|not applicable|none|nil|-+|–|—)$/i.test(text.trim());

/** Text cut at a word boundary to `max` characters, with an ellipsis when shortened. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "5,000" for counts in messages. */
export const count = (n: number): string => n.toLocaleString('en-GB');

/** "A", "B", … "AA": the column letter a spreadsheet program shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Whether a term found at `at` in `text` is denied by a "no", "not", "without"… earlier in the
 * same clause ("no health data", "we do not collect medical details").
 */
export function negatedAt(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const clause = before.slice(before.search(/[^.,;:\n]*$/)).toLowerCase();
  return /\b(no|not|never|without|excluding|except|none|nor)\b/.test(clause);
}

/** Commas split a list of names, not a description ("Website host, if one is used"). */
export const splitsOnCommas = (line: string): boolean =>
  !/[()]/.test(line) &&
  line.split(',').every((part) => part.trim().split(/\s+/).length <= 5 && part.trim().length <= 40);

/**
 * A list cell's items: one per line; a single line is split at semicolons, and at commas when
 * every part is short enough to be an item rather than a clause.
 */
export function splitList(lines: readonly string[]): string[] {
  if (lines.length !== 1) return [...lines];
  return (lines[0] ?? '')
    .split(';')
    .flatMap((part) => (splitsOnCommas(part) ? part.split(',') : [part]))
    .map((part) => part.trim().replace(/^(and|&)\s+/i, ''))
    .filter((part) => part !== '');
}
