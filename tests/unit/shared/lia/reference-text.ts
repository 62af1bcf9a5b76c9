// The reference file sits beside the repository (also in CI); tests compare our data to it.
import { readFileSync } from 'node:fs';

const raw = readFileSync(
  new URL('../../../../../shared/reference/uk-gdpr-reference.md', import.meta.url),
  'utf8',
);

export const referenceLines: readonly string[] = raw.split('\n').map((line) => line.trim());

/** The reference with line wrapping undone, so wrapped phrases can be found whole. */
export const referenceFlat = raw.replace(/\s+/g, ' ');

/** The lines strictly between the first line starting with `start` and the next starting with `end`. */
export const linesBetween = (start: string, end: string): string[] => {
  const from = referenceLines.findIndex((line) => line.startsWith(start));
  const to = referenceLines.findIndex((line, index) => index > from && line.startsWith(end));
  if (from < 0 || to < 0) throw new Error(`Reference markers not found: ${start} … ${end}`);
  return referenceLines.slice(from + 1, to).filter((line) => line !== '');
};

/** Item texts of a numbered ("1. ") or bulleted ("- ") list. */
export const listItems = (lines: readonly string[]): string[] =>
  lines.map((line) => line.replace(/^(\d+\.|-)\s+/, ''));
