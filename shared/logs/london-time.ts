/**
 * Instants shown and entered as UK clock time (Europe/London, GMT or BST) while they are stored
 * as ISO UTC: a breach's 72 hours are real hours, whatever the clocks do in between.
 */

const ZONE = 'Europe/London';
const MINUTE = 60_000;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const longFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

const shortFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A UK wall-clock reading: the date as YYYY-MM-DD and the time as HH:mm. */
export interface LondonReading {
  date: string;
  time: string;
}

/** The UK date and time of an instant. */
export function londonReading(iso: string): LondonReading {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

export type FromLondon =
  | { ok: true; iso: string }
  /** The time fell in the hour the clocks skip when BST begins. */
  | { ok: false; reason: 'skipped' };

/**
 * The instant a UK date (YYYY-MM-DD) and time (HH:mm) name. In the hour repeated when BST ends
 * the first (BST) one is taken: the earlier instant, so a deadline counted from it is never late.
 */
export function fromLondon(date: string, time: string): FromLondon {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const asUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  // The UK is one hour ahead of UTC in summer and level with it in winter.
  for (const offsetMinutes of [60, 0]) {
    const iso = new Date(asUtc - offsetMinutes * MINUTE).toISOString();
    const reading = londonReading(iso);
    if (reading.date === date && reading.time === time) return { ok: true, iso };
  }
  return { ok: false, reason: 'skipped' };
}

/** "14:05 GMT on Thursday 26 November 2026". */
export function londonDateTime(iso: string): string {
  const parts = Object.fromEntries(
    longFormat.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.hour}:${parts.minute} ${parts.timeZoneName} on ${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/** "26 Nov 2026, 14:05", for tables. */
export function londonShort(iso: string): string {
  const parts = Object.fromEntries(
    shortFormat.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}
