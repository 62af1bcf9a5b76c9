/** A name every file system accepts, from words a person wrote (an organisation's name…). */

/** Characters Windows, macOS or Linux refuse in a file name; control characters too. */
const unsafe = (c: string): boolean => c < ' ' || '\\/:*?"<>|'.includes(c);

/** Unsafe characters become spaces, runs of spaces one, at most `max` characters. */
export const safeFileName = (text: string, max = 120): string =>
  [...text]
    .map((c) => (unsafe(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
