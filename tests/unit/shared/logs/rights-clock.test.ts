/** The rights request clock: one calendar month, the extension, and waits that stop it. */
import { describe, expect, it } from 'vitest';
import type { RightsRequest } from '../../../../shared/domain/logs';
import { blankRightsRequest } from '../../../../shared/logs/blanks';
import {
  baseDueDate,
  pausedDays,
  responseDueOn,
  rightsClock,
} from '../../../../shared/logs/rights-clock';
import { NOW } from '../fixtures';

const request = (overrides: Partial<RightsRequest> & Pick<RightsRequest, 'receivedOn'>) =>
  blankRightsRequest(NOW, { requester: 'Jane Doe', ...overrides });

type Pause = RightsRequest['pauses'][number];
const wait = (from: string, to: string | null, reason: Pause['reason'] = 'identity'): Pause => ({
  reason,
  from,
  to,
});

describe('the one-month response date', () => {
  it.each([
    ['2026-09-03', '2026-10-03'],
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2027-01-29', '2027-02-28'],
    ['2028-01-29', '2028-02-29'],
    ['2028-02-29', '2028-03-29'],
    ['2026-02-28', '2026-03-28'],
    ['2026-03-31', '2026-04-30'],
    ['2026-08-31', '2026-09-30'],
    ['2026-05-31', '2026-06-30'],
    ['2026-11-30', '2026-12-30'],
    ['2026-12-31', '2027-01-31'],
    ['2026-12-15', '2027-01-15'],
  ])('received %s: due %s', (receivedOn, due) => {
    expect(baseDueDate(receivedOn, false)).toBe(due);
    expect(responseDueOn(request({ receivedOn }))).toBe(due);
  });
});

describe('the extension by two further months', () => {
  it.each([
    ['2026-01-31', '2026-04-30'],
    ['2026-11-30', '2027-02-28'],
    ['2027-11-30', '2028-02-29'],
    ['2026-10-15', '2027-01-15'],
    ['2026-03-31', '2026-06-30'],
  ])('received %s: due %s', (receivedOn, due) => {
    expect(responseDueOn(request({ receivedOn, extended: true }))).toBe(due);
  });
});

describe('waits for identity, clarification or a fee', () => {
  const receivedOn = '2026-03-01';

  it('a wait from 5 to 10 March moves the due date five days later', () => {
    expect(responseDueOn(request({ receivedOn, pauses: [wait('2026-03-05', '2026-03-10')] }))).toBe(
      '2026-04-06',
    );
  });

  it('a wait asked and answered on the same day moves nothing', () => {
    expect(responseDueOn(request({ receivedOn, pauses: [wait('2026-03-05', '2026-03-05')] }))).toBe(
      '2026-04-01',
    );
  });

  it('counts overlapping waits once, and separate ones each', () => {
    const overlapping = [wait('2026-03-05', '2026-03-10'), wait('2026-03-08', '2026-03-12', 'fee')];
    expect(pausedDays(receivedOn, overlapping, receivedOn)).toBe(7);
    const separate = [wait('2026-03-05', '2026-03-10'), wait('2026-03-20', '2026-03-23', 'fee')];
    expect(pausedDays(receivedOn, separate, receivedOn)).toBe(8);
    expect(responseDueOn(request({ receivedOn, pauses: separate }))).toBe('2026-04-09');
  });

  it('counts a wait contained in another once', () => {
    const nested = [wait('2026-03-02', '2026-03-20'), wait('2026-03-05', '2026-03-06', 'fee')];
    expect(pausedDays(receivedOn, nested, receivedOn)).toBe(18);
  });

  it('ignores days before the request was received', () => {
    expect(pausedDays(receivedOn, [wait('2026-02-25', '2026-03-03')], receivedOn)).toBe(2);
  });

  it('adds waits to the extended date, across a month end', () => {
    const extended = request({
      receivedOn: '2026-01-31',
      extended: true,
      pauses: [wait('2026-02-10', '2026-02-13', 'clarification')],
    });
    expect(responseDueOn(extended)).toBe('2026-05-03');
  });

  it('an open wait leaves no due date running', () => {
    const waiting = request({ receivedOn, pauses: [wait('2026-03-05', null)] });
    expect(responseDueOn(waiting)).toBeNull();
    expect(rightsClock(waiting, '2026-03-20')).toEqual({
      state: 'paused',
      reason: 'identity',
      since: '2026-03-05',
      dueIfResumedToday: '2026-04-16',
    });
  });

  it('reports the latest open wait as the reason', () => {
    const waiting = request({
      receivedOn,
      pauses: [wait('2026-03-05', '2026-03-07'), wait('2026-03-10', null, 'fee')],
    });
    expect(rightsClock(waiting, '2026-03-10')).toMatchObject({ state: 'paused', reason: 'fee' });
  });
});

describe('where an open request stands', () => {
  const open = request({ receivedOn: '2026-03-01' });

  it.each([
    ['2026-03-06', { state: 'due', dueOn: '2026-04-01', daysLeft: 26 }],
    ['2026-03-24', { state: 'due', dueOn: '2026-04-01', daysLeft: 8 }],
    ['2026-03-25', { state: 'due-soon', dueOn: '2026-04-01', daysLeft: 7 }],
    ['2026-04-01', { state: 'due-soon', dueOn: '2026-04-01', daysLeft: 0 }],
    ['2026-04-02', { state: 'overdue', dueOn: '2026-04-01', daysOverdue: 1 }],
    ['2026-05-01', { state: 'overdue', dueOn: '2026-04-01', daysOverdue: 30 }],
  ])('on %s', (today, expected) => {
    expect(rightsClock(open, today)).toEqual(expected);
  });

  it('a wait that has ended takes an overdue request back to due', () => {
    const paused = { ...open, pauses: [wait('2026-03-05', '2026-03-15')] };
    expect(rightsClock(paused, '2026-04-05')).toEqual({
      state: 'due-soon',
      dueOn: '2026-04-11',
      daysLeft: 6,
    });
  });
});

describe('a closed request', () => {
  const received = { receivedOn: '2026-03-01' };

  it('was answered on time, or late', () => {
    const onTime = request({ ...received, status: 'completed', respondedOn: '2026-04-01' });
    expect(rightsClock(onTime, '2026-06-01')).toEqual({
      state: 'closed',
      dueOn: '2026-04-01',
      respondedOn: '2026-04-01',
      onTime: true,
    });
    const late = { ...onTime, respondedOn: '2026-04-02' };
    expect(rightsClock(late, '2026-06-01')).toMatchObject({ state: 'closed', onTime: false });
  });

  it('has no verdict when no response is recorded', () => {
    const withdrawn = request({ ...received, status: 'withdrawn' });
    expect(rightsClock(withdrawn, '2026-06-01')).toMatchObject({ state: 'closed', onTime: null });
  });

  it('ends a wait still open with the response', () => {
    const refused = request({
      ...received,
      status: 'refused',
      respondedOn: '2026-04-05',
      pauses: [wait('2026-03-10', null, 'fee')],
    });
    expect(rightsClock(refused, '2026-06-01')).toEqual({
      state: 'closed',
      dueOn: '2026-04-27',
      respondedOn: '2026-04-05',
      onTime: true,
    });
  });
});
