/**
 * What an audit event changed, field by field: its before and after flattened to paths such as
 * `retention.period`, lists compared as wholes (with what was added and removed, for lists of
 * words). Labels are the window's business; this module keeps paths.
 */
import { canonicalJson } from '../util/hash';

export interface FieldChange {
  /** Where in the record, e.g. `retention.period` or `dpia.answers.large-scale`. */
  path: string;
  /** The value before; undefined when the field was not there (a new record, a new field). */
  before: unknown;
  /** The value after; undefined when the field is gone (a deleted record, a dropped field). */
  after: unknown;
  /** For lists of words: the entries that came and went, in their own order. */
  list?: { added: string[]; removed: string[] };
}

export interface DiffOptions {
  /**
   * Top-level fields left out. By default `updatedAt`: every save moves it, and the event has
   * its own time.
   */
  ignore?: readonly string[];
}

type Row = Record<string, unknown>;

const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf values by path; an empty object is a leaf of its own, so it is not lost. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
}

const leaves = (value: unknown, ignore: readonly string[]): Map<string, unknown> => {
  const out = new Map<string, unknown>();
  if (!isRecord(value)) return out;
  for (const [key, child] of Object.entries(value))
    if (!ignore.includes(key)) flatten(child, key, out);
  return out;
};

const same = (a: unknown, b: unknown): boolean =>
  a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));

const isWordList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function listChange(before: unknown, after: unknown): FieldChange['list'] {
  const from = before === undefined || before === null ? [] : before;
  const to = after === undefined || after === null ? [] : after;
  if (!isWordList(from) || !isWordList(to)) return undefined;
  const had = new Set(from);
  const has = new Set(to);
  return {
    added: to.filter((item) => !had.has(item)),
    removed: from.filter((item) => !has.has(item)),
  };
}

/**
 * The fields that differ between `before` and `after` (null for a record not there), in the
 * record's own order: the after's fields first, then any only the before had.
 */
export function diffRecords(
  before: unknown,
  after: unknown,
  { ignore = ['updatedAt'] }: DiffOptions = {},
): FieldChange[] {
  const from = leaves(before, ignore);
  const to = leaves(after, ignore);
  const paths = [...new Set([...to.keys(), ...from.keys()])];
  return paths.flatMap((path): FieldChange[] => {
    const was = from.get(path);
    const now = to.get(path);
    if (same(was, now)) return [];
    const list = listChange(was, now);
    return [list ? { path, before: was, after: now, list } : { path, before: was, after: now }];
  });
}

const quoted = (items: readonly string[]): string => {
  const shown = items.map((item) => `“${item}”`);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
};

/** "Added “Payroll bureau”, removed “Mail Co”", for a list of words that changed. */
export function listChangeText(list: NonNullable<FieldChange['list']>): string {
  const parts = [
    list.added.length > 0 ? `added ${quoted(list.added)}` : '',
    list.removed.length > 0 ? `removed ${quoted(list.removed)}` : '',
  ].filter(Boolean);
  const text = parts.length > 0 ? parts.join(', ') : 'reordered';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
