/** What every output format of a notice says the same way: the date, the line under the title. */
import type { NoticeDocument } from '../../domain/notice';
import { longDate } from '../../util/long-date';

export { longDate };

export interface RenderOptions {
  /** Shown as given beside the date, e.g. "Version 2" or "Draft". */
  versionLabel?: string;
}

/** The facts under the title, in reading order: audience, last updated, version. */
export function metaParts(doc: NoticeDocument, options: RenderOptions = {}): string[] {
  const parts: string[] = [];
  if (doc.audienceName !== null) parts.push(`For ${doc.audienceName}`);
  parts.push(`Last updated ${longDate(doc.lastUpdated)}`);
  const version = options.versionLabel?.trim();
  if (version) parts.push(version);
  return parts;
}

/**
 * A paragraph's text as the paragraphs and lines its author typed: blank lines separate
 * paragraphs, single line breaks stay line breaks. Windows line endings are normalised.
 */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

/** One line of a list item: items are short, so their line breaks become spaces. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

// Web and email addresses in a notice's text; what ends a sentence is left outside the address.
const LINKABLE =
  /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)'’”]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;

export interface TextRun {
  text: string;
  /** Where the run links to (https:… or mailto:…), or null for plain text. */
  href: string | null;
}

function hrefOf(address: string): string {
  if (/^https?:/i.test(address)) return address;
  return /^www\./i.test(address) ? `https://${address}` : `mailto:${address}`;
}

/** Splits text into plain runs and runs that are web or email addresses, with their links. */
export function linkRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), href: null });
    runs.push({ text: match[0], href: hrefOf(match[0]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), href: null });
  return runs;
}
