/**
 * The breach form's values: the record, with each instant held as the UK date and time a person
 * typed (so a half-typed or impossible entry is kept and explained, never lost), turned back into
 * ISO UTC instants to validate and save.
 */
import type { UseFormReturnType } from '@mantine/form';
import { breachSchema, type Breach } from '../../../shared/domain';
import { fromLondon, londonReading } from '../../../shared/logs/london-time';
import { longDate } from '../../../shared/util/long-date';
import { zodValidate } from '../../components/zodValidate';

export const timeFields = ['occurredAt', 'discoveredAt', 'icoReportedAt'] as const;
export type TimeField = (typeof timeFields)[number];

/** A UK date (YYYY-MM-DD, or null) and time (HH:mm, or empty) as entered. */
export interface DateTimeDraft {
  date: string | null;
  time: string;
}

export type BreachFormValues = Omit<Breach, TimeField> & Record<TimeField, DateTimeDraft>;
export type BreachForm = UseFormReturnType<BreachFormValues>;

const toDraft = (iso: string | null): DateTimeDraft =>
  iso === null ? { date: null, time: '' } : londonReading(iso);

export const toFormValues = (breach: Breach): BreachFormValues => ({
  ...breach,
  occurredAt: toDraft(breach.occurredAt),
  discoveredAt: toDraft(breach.discoveredAt),
  icoReportedAt: toDraft(breach.icoReportedAt),
});

type DraftResult =
  { ok: true; iso: string | null } | { ok: false; part: 'date' | 'time'; message: string };

/** "01:30" → "02:30": the reading the clocks showed an hour on, for the skipped hour's message. */
const hourLater = (time: string): string => {
  const [hour = '00', minute = '00'] = time.split(':');
  return `${String(Number(hour) + 1).padStart(2, '0')}:${minute}`;
};

/** The instant a draft names, or what is wrong with it. */
export function readDraft(draft: DateTimeDraft, required: string | null): DraftResult {
  const time = draft.time.trim();
  if (draft.date === null && time === '') {
    return required === null
      ? { ok: true, iso: null }
      : { ok: false, part: 'date', message: required };
  }
  if (draft.date === null)
    return { ok: false, part: 'date', message: 'Enter the date too, as DD/MM/YYYY' };
  if (time === '')
    return { ok: false, part: 'time', message: 'Enter the time too, as HH:MM (24-hour clock)' };
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
    return {
      ok: false,
      part: 'time',
      message: 'Enter a time from 00:00 to 23:59, as HH:MM (24-hour clock)',
    };
  const instant = fromLondon(draft.date, time);
  if (!instant.ok)
    return {
      ok: false,
      part: 'time',
      message: `There was no ${time} on ${longDate(draft.date)} in the UK: the clocks went forward an hour at 01:00. Enter the time the clocks showed, ${hourLater(time)} BST.`,
    };
  return { ok: true, iso: instant.iso };
}

/** What each instant needs when it is empty; null when it may be empty. */
const requiredMessage = (values: BreachFormValues): Record<TimeField, string | null> => ({
  occurredAt: null,
  discoveredAt: 'Enter when the organisation became aware of the breach',
  icoReportedAt:
    values.reportedToIco === 'yes'
      ? 'Enter when you reported it, to show whether it was within 72 hours'
      : null,
});

/** Fields hidden by an answer hold nothing once saved: a report time for a breach not reported. */
const shown = (values: BreachFormValues, field: TimeField): boolean =>
  field !== 'icoReportedAt' || values.reportedToIco === 'yes';

export interface ReadForm {
  /** The record, with null in place of any instant that could not be read. */
  breach: Breach;
  /** Problems with the instants, by the path of the part to fix ('discoveredAt.time'). */
  errors: Record<string, string>;
}

/** The record the form's values describe, as far as they can be read. */
export function readForm(values: BreachFormValues): ReadForm {
  const errors: Record<string, string> = {};
  const required = requiredMessage(values);
  const instants = {} as Record<TimeField, string | null>;
  for (const field of timeFields) {
    if (!shown(values, field)) {
      instants[field] = null;
      continue;
    }
    const result = readDraft(values[field], required[field]);
    if (result.ok) instants[field] = result.iso;
    else {
      instants[field] = null;
      errors[`${field}.${result.part}`] = result.message;
    }
  }
  const breach: Breach = {
    ...values,
    // The schema requires it: a placeholder that only stands in while the entry has an error.
    discoveredAt: instants.discoveredAt ?? '',
    occurredAt: instants.occurredAt,
    icoReportedAt: instants.icoReportedAt,
    individualsToldOn: values.individualsTold === 'yes' ? values.individualsToldOn : null,
    closedOn: values.status === 'closed' ? values.closedOn : null,
  };
  return { breach, errors };
}

const schemaErrors = zodValidate(breachSchema);

/** Every problem with the form, by field path; `now` (ISO) is for entries in the future. */
export function validateBreachForm(
  values: BreachFormValues,
  now = new Date().toISOString(),
): Record<string, string> {
  const { breach, errors } = readForm(values);
  for (const [path, message] of Object.entries(schemaErrors(breach))) {
    const field = timeFields.find((name) => name === path);
    if (field === undefined) errors[path] ??= message;
    else if (!errors[`${field}.date`] && !errors[`${field}.time`])
      errors[`${field}.date`] = message;
  }
  const future: Record<TimeField, string> = {
    occurredAt: 'This is in the future: enter when the breach happened',
    discoveredAt: 'This is in the future: enter when the organisation became aware',
    icoReportedAt: 'This is in the future: enter when you reported it',
  };
  for (const field of timeFields) {
    const iso = breach[field];
    if (iso && iso > now) errors[`${field}.date`] ??= future[field];
  }
  const awareOn = values.discoveredAt.date;
  if (breach.status === 'closed' && breach.closedOn === null)
    errors.closedOn = 'Enter the day the breach was closed, as DD/MM/YYYY';
  if (breach.closedOn !== null && awareOn !== null && breach.closedOn < awareOn)
    errors.closedOn ??= 'It cannot be closed before the organisation became aware of it';
  if (breach.individualsToldOn !== null && awareOn !== null && breach.individualsToldOn < awareOn)
    errors.individualsToldOn ??= 'They cannot have been told before the organisation was aware';
  return errors;
}

/** The record to save; throws only if called with values that fail validation. */
export function toBreach(values: BreachFormValues): Breach {
  return breachSchema.parse(readForm(values).breach);
}
