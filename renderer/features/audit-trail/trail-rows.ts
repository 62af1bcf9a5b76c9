/**
 * The trail as light rows (no before and after), so tens of thousands of events filter at a
 * keystroke; the full event is read only when one is opened.
 */
import dayjs from 'dayjs';
import type { AuditAction, AuditEntity, AuditEvent } from '../../../shared/domain';

export interface TrailRow {
  seq: number;
  at: string;
  /** The local day of `at`, YYYY-MM-DD, for the date filters. */
  day: string;
  actor: string;
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  summary: string;
  /** The record's name as the event left it (or found it, for a delete); '' when it has none. */
  name: string;
  hash: string;
  /** Lower-cased name and summary, for the free-text filter. */
  words: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function nameIn(state: unknown): string {
  if (typeof state !== 'object' || state === null) return '';
  const row = state as Record<string, unknown>;
  return text(row.name) || text(row.title) || text(row.requester) || text(row.complainant);
}

export function toTrailRow(event: AuditEvent): TrailRow {
  const name =
    event.entity === 'register'
      ? 'The whole register'
      : nameIn(event.after) || nameIn(event.before);
  return {
    seq: event.seq,
    at: event.at,
    day: dayjs(event.at).format('YYYY-MM-DD'),
    actor: event.actor,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    summary: event.summary,
    name,
    hash: event.hash,
    words: `${name}\n${event.summary}`.toLowerCase(),
  };
}

export interface TrailFilters {
  entity: AuditEntity | null;
  actor: string | null;
  /** YYYY-MM-DD, inclusive. */
  from: string | null;
  to: string | null;
  search: string;
  /** One record: from a record's "History" link. */
  record: { entity: AuditEntity; id: string } | null;
}

export const noFilters: TrailFilters = {
  entity: null,
  actor: null,
  from: null,
  to: null,
  search: '',
  record: null,
};

export const isFiltered = (filters: TrailFilters): boolean =>
  filters.entity !== null ||
  filters.actor !== null ||
  filters.from !== null ||
  filters.to !== null ||
  filters.search.trim() !== '' ||
  filters.record !== null;

/** The rows the filters let through, newest first (or oldest first when asked). */
export function selectTrailRows(
  rows: readonly TrailRow[],
  filters: TrailFilters,
  newestFirst = true,
): TrailRow[] {
  const words = filters.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = rows.filter(
    (row) =>
      (filters.entity === null || row.entity === filters.entity) &&
      (filters.actor === null || row.actor === filters.actor) &&
      (filters.from === null || row.day >= filters.from) &&
      (filters.to === null || row.day <= filters.to) &&
      (filters.record === null ||
        (row.entity === filters.record.entity && row.entityId === filters.record.id)) &&
      words.every((word) => row.words.includes(word)),
  );
  return newestFirst ? shown.reverse() : shown;
}

/** Everyone who appears in the trail, in alphabetical order. */
export const actorsIn = (rows: readonly TrailRow[]): string[] =>
  [...new Set(rows.map((row) => row.actor))].sort((a, b) => a.localeCompare(b, 'en-GB'));
