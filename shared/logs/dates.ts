/** Day arithmetic on YYYY-MM-DD dates for the logs' clocks, without the clock or time zones. */

/** The date `days` after `isoDate` (before it when negative). */
export const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A count of days in words: "1 day", "12 days". */
export const dayCount = (n: number): string => (n === 1 ? '1 day' : `${n} days`);
