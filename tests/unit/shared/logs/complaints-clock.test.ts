/** The complaint acknowledgement clock: within 30 days of receipt, or the organisation's own. */
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../../shared/domain/logs';
import { blankComplaint } from '../../../../shared/logs/blanks';
import {
  acknowledgementClock,
  acknowledgementDueOn,
} from '../../../../shared/logs/complaints-clock';
import { NOW } from '../fixtures';

const complaint = (overrides: Partial<Complaint> = {}) =>
  blankComplaint(NOW, { complainant: 'Jane Doe', receivedOn: '2026-07-01', ...overrides });

describe('acknowledgement due date', () => {
  it.each([
    ['2026-07-01', 30, '2026-07-31'],
    ['2026-06-19', 30, '2026-07-19'],
    ['2026-02-01', 30, '2026-03-03'],
    ['2028-02-01', 30, '2028-03-02'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2026-07-01', 14, '2026-07-15'],
  ])('received %s, within %i days: by %s', (receivedOn, days, due) => {
    expect(acknowledgementDueOn(receivedOn, days)).toBe(due);
  });

  it('is 30 days when the organisation sets nothing', () => {
    expect(acknowledgementDueOn('2026-07-01')).toBe('2026-07-31');
  });
});

describe('where an acknowledgement stands', () => {
  it('is due, then overdue the day after the limit', () => {
    expect(acknowledgementClock(complaint(), '2026-07-11')).toEqual({
      state: 'due',
      dueOn: '2026-07-31',
      daysLeft: 20,
    });
    expect(acknowledgementClock(complaint(), '2026-07-31')).toMatchObject({ daysLeft: 0 });
    expect(acknowledgementClock(complaint(), '2026-08-01')).toEqual({
      state: 'overdue',
      dueOn: '2026-07-31',
      daysOverdue: 1,
    });
  });

  it('follows the organisation’s own shorter limit', () => {
    expect(acknowledgementClock(complaint(), '2026-07-16', 14)).toMatchObject({
      state: 'overdue',
      dueOn: '2026-07-15',
    });
  });

  it('is acknowledged on time or late', () => {
    expect(acknowledgementClock(complaint({ acknowledgedOn: '2026-07-03' }), '2026-09-01')).toEqual(
      { state: 'acknowledged', dueOn: '2026-07-31', acknowledgedOn: '2026-07-03', onTime: true },
    );
    expect(
      acknowledgementClock(complaint({ acknowledgedOn: '2026-08-03' }), '2026-09-01'),
    ).toMatchObject({ state: 'acknowledged', onTime: false });
  });

  it('counts a response as the acknowledgement', () => {
    expect(
      acknowledgementClock(complaint({ respondedOn: '2026-07-20' }), '2026-09-01'),
    ).toMatchObject({ state: 'acknowledged', acknowledgedOn: '2026-07-20' });
  });

  it('is closed, not overdue, once the complaint is closed without either', () => {
    expect(acknowledgementClock(complaint({ status: 'closed' }), '2026-09-01')).toEqual({
      state: 'closed',
      dueOn: '2026-07-31',
    });
  });
});
