/** Calendar arithmetic the review dates rely on. */
import { describe, expect, it } from 'vitest';
import { addMonths, daysFrom, isCalendarDate } from '../../../../shared/reviews/months';

describe('addMonths', () => {
  it('moves to the same day months later, across years', () => {
    expect(addMonths('2026-11-25', 12)).toBe('2027-11-25');
    expect(addMonths('2026-11-25', 3)).toBe('2027-02-25');
    expect(addMonths('2026-01-15', 60)).toBe('2031-01-15');
  });

  it('falls back to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-01-31', 13)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  });
});

describe('daysFrom', () => {
  it('counts whole days, negative into the past', () => {
    expect(daysFrom('2026-11-25', '2026-12-25')).toBe(30);
    expect(daysFrom('2026-11-25', '2026-11-24')).toBe(-1);
    expect(daysFrom('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('25/11/2026')).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });
});
