/**
 * The state a plan is built in: readings with their ids, third parties deduplicated by name,
 * transfers merged across rows, and the rules for fitting long text into the register's limits.
 */
import type { Activity } from '../../domain/activity';
import type { Register } from '../../domain/register';
import type { ThirdParty } from '../../domain/third-party';
import type { Transfer } from '../../domain/transfer';
import type { Reading } from './contract';
import { count, normalise, shorten } from './text';

export interface PlanOptions {
  register: Register;
  /** ISO timestamp stamped on every created record. */
  now: string;
  newId: () => string;
}

/** A record a reading can point into. */
type Confirmable = { id: string; toConfirm: string[] };

/** Where a cell came from, for the readings about it. */
export interface CellSource {
  row: number;
  heading: string;
  text: string;
}

export const SHORT_TEXT = 300;
export const LIST_ITEM = 500;
export const LONG_TEXT = 20_000;
const LIST_ITEMS = 500;
/** How many activities one transfer may name (the schema's limit). */
const MAX_LINKS = 500;

/** Names compare without case, spaces or punctuation: "H.M.R.C." is "HMRC". */
export const nameKey = (name: string): string => normalise(name).replace(/ /g, '');

export class PlanBuilder {
  readonly readings: Reading[] = [];
  readonly newParties: ThirdParty[] = [];
  readonly reused = new Map<string, { id: string; name: string }>();
  readonly transfers: Transfer[] = [];
  private readonly partiesByKey = new Map<string, ThirdParty>();
  private readonly existingByKey = new Map<string, ThirdParty>();

  constructor(readonly options: PlanOptions) {
    for (const party of options.register.thirdParties) {
      if (!this.existingByKey.has(nameKey(party.name)))
        this.existingByKey.set(nameKey(party.name), party);
    }
  }

  /** Records a reading and marks its path on the record as imported, to confirm. */
  read(
    kind: Reading['recordKind'],
    record: Confirmable,
    path: string,
    source: CellSource,
    reading: string,
    extra: Pick<Reading, 'choices' | 'value'> = {},
  ): void {
    this.readings.push({
      id: `r${this.readings.length + 1}`,
      row: source.row,
      heading: source.heading,
      recordKind: kind,
      recordId: record.id,
      path,
      source: source.text,
      reading,
      ...extra,
    });
    if (!record.toConfirm.includes(path)) record.toConfirm.push(path);
  }

  /** A third party by name: one already in the register, one this import creates, or null. */
  findParty(name: string): { party: ThirdParty; isNew: boolean } | null {
    const key = nameKey(name);
    const existing = this.existingByKey.get(key);
    if (existing) {
      if (!this.reused.has(key)) this.reused.set(key, { id: existing.id, name: existing.name });
      return { party: existing, isNew: false };
    }
    const created = this.partiesByKey.get(key);
    return created ? { party: created, isNew: true } : null;
  }

  addParty(party: ThirdParty): void {
    this.partiesByKey.set(nameKey(party.name), party);
    this.newParties.push(party);
  }

  /** A transfer to the same recipient, destinations and mechanism as one already planned. */
  findTransfer(thirdPartyId: string, destinations: readonly string[], mechanism: string | null) {
    const key = [...destinations].sort().join(',');
    return this.transfers.find(
      (t) =>
        t.activityIds.length < MAX_LINKS &&
        t.thirdPartyId === thirdPartyId &&
        [...t.destinations].sort().join(',') === key &&
        t.mechanism === mechanism,
    );
  }
}

/** Appends text to the activity's internal notes, within their limit. */
export function addNote(activity: Activity, note: string): void {
  const joined = activity.internalNotes === '' ? note : `${activity.internalNotes}\n\n${note}`;
  activity.internalNotes = joined.slice(0, LONG_TEXT);
}

/**
 * Text for a field with a length limit: cut to fit, the whole text kept in the internal notes
 * and a reading saying so, so nothing the person wrote is lost.
 */
export function fitText(
  builder: PlanBuilder,
  activity: Activity,
  path: string,
  source: CellSource,
  text: string,
  max: number,
): string {
  if (text.length <= max) return text;
  addNote(activity, `${source.heading} (in full): ${text}`);
  builder.read(
    'activity',
    activity,
    path,
    source,
    `The text is ${count(text.length)} characters; this field holds ${count(max)}, so it was shortened and the whole text kept in the internal notes`,
  );
  return shorten(text, max);
}

/** A list field's items, each within the item limit (long ones shortened, kept in the notes). */
export function fitList(
  builder: PlanBuilder,
  activity: Activity,
  path: string,
  source: CellSource,
  items: readonly string[],
): string[] {
  const fitted = items
    .slice(0, LIST_ITEMS)
    .map((item) => fitText(builder, activity, path, source, item, LIST_ITEM));
  if (items.length > LIST_ITEMS) {
    addNote(
      activity,
      `${source.heading} (items after the first ${LIST_ITEMS}): ${items.slice(LIST_ITEMS).join('; ')}`,
    );
    builder.read(
      'activity',
      activity,
      path,
      source,
      `Only the first ${LIST_ITEMS} items fit; the rest are in the internal notes`,
    );
  }
  return fitted;
}
