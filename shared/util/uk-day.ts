/**
 * The calendar day in the UK at an instant, as YYYY-MM-DD, whatever the machine's time zone:
 * the day a UK organisation's own calendar shows (BST and GMT alike).
 */
const ukDayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function ukDay(instant: string | Date): string {
  const parts = ukDayFormat.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
