/** The 72-hour clock of a breach: from awareness, in real hours, to the ICO's report. */
import { describe, expect, it } from 'vitest';
import type { Breach } from '../../../../shared/domain/logs';
import { blankBreach } from '../../../../shared/logs/blanks';
import {
  breachClock,
  breachClockHeadline,
  breachClockShort,
  breachDeadline,
  breachNextSteps,
  formatDuration,
} from '../../../../shared/logs/breach-clock';
import { londonDateTime } from '../../../../shared/logs/london-time';
import { NOW } from '../fixtures';

const AWARE = '2026-11-23T14:05:00.000Z';
const DEADLINE = '2026-11-26T14:05:00.000Z';

const breach = (overrides: Partial<Breach> = {}): Breach =>
  blankBreach(NOW, { title: 'Laptop stolen', discoveredAt: AWARE, ...overrides });

const at = (iso: string, overrides: Partial<Breach> = {}) => breachClock(breach(overrides), iso);

describe('the deadline', () => {
  it('is 72 hours after becoming aware', () => {
    expect(breachDeadline(AWARE)).toBe(DEADLINE);
  });

  it('counts real hours across the change to BST, so the UK clock shows an hour later', () => {
    // Aware at 09:00 GMT on Friday 27 March 2026; the clocks go forward on Sunday 29 March.
    const deadline = breachDeadline('2026-03-27T09:00:00.000Z');
    expect(deadline).toBe('2026-03-30T09:00:00.000Z');
    expect(londonDateTime(deadline)).toBe('10:00 BST on Monday 30 March 2026');
  });

  it('counts real hours across the change to GMT, so the UK clock shows an hour earlier', () => {
    // Aware at 10:00 BST on Friday 23 October 2026; the clocks go back on Sunday 25 October.
    const deadline = breachDeadline('2026-10-23T09:00:00.000Z');
    expect(deadline).toBe('2026-10-26T09:00:00.000Z');
    expect(londonDateTime(deadline)).toBe('09:00 GMT on Monday 26 October 2026');
  });
});

describe('where the clock stands while no decision is recorded', () => {
  it('runs, with the time left, until the deadline itself', () => {
    expect(at('2026-11-25T07:05:00.000Z')).toMatchObject({
      state: 'running',
      msLeft: 31 * 3_600_000,
    });
    expect(at(DEADLINE)).toMatchObject({ state: 'running', msLeft: 0 });
  });

  it('is overdue the moment after', () => {
    expect(at('2026-11-26T14:05:00.001Z')).toMatchObject({ state: 'overdue', msLeft: -1 });
    expect(breachClockShort(at('2026-11-27T16:05:00.000Z'))).toBe('Overdue by 26 hours');
    expect(breachClockShort(at('2026-11-30T16:05:00.000Z'))).toBe('Overdue by 4 days 2 hours');
  });

  it('runs and goes overdue whatever the risk, until it is assessed as unlikely', () => {
    expect(at(NOW, { risk: 'high' }).state).toBe('running');
    expect(at('2026-12-01T00:00:00.000Z', { risk: 'risk' }).state).toBe('overdue');
    expect(at('2026-12-01T00:00:00.000Z', { risk: 'unlikely' }).state).toBe('not-required');
  });
});

describe('where the clock stands once decided', () => {
  it('reported by the deadline, to the millisecond, is in time', () => {
    const clock = at('2026-12-01T00:00:00.000Z', { reportedToIco: 'yes', icoReportedAt: DEADLINE });
    expect(clock).toMatchObject({ state: 'reported-in-time', reportedAfterMs: 72 * 3_600_000 });
    expect(breachClockShort(clock)).toBe('Reported in time');
    expect(breachClockHeadline(clock)).toBe('Reported to the ICO within 72 hours (after 72 hours)');
  });

  it('reported a minute after the deadline is late', () => {
    const clock = at(NOW, { reportedToIco: 'yes', icoReportedAt: '2026-11-26T14:06:00.000Z' });
    expect(clock.state).toBe('reported-late');
    expect(breachClockHeadline(clock)).toBe(
      'Reported to the ICO after the 72 hours (after 3 days)',
    );
  });

  it('reported without a time recorded cannot be judged', () => {
    expect(at(NOW, { reportedToIco: 'yes' }).state).toBe('reported-undated');
  });

  it('reported although assessed unlikely to be a risk still counts as reported', () => {
    expect(
      at(NOW, { risk: 'unlikely', reportedToIco: 'yes', icoReportedAt: '2026-11-24T10:00:00Z' })
        .state,
    ).toBe('reported-in-time');
  });

  it('decided against reporting stops the clock', () => {
    expect(at('2026-12-10T00:00:00.000Z', { reportedToIco: 'no', risk: 'risk' }).state).toBe(
      'not-reporting',
    );
  });
});

describe('durations as a person says them', () => {
  it.each([
    [0, 'less than a minute'],
    [59_999, 'less than a minute'],
    [60_000, '1 minute'],
    [45 * 60_000, '45 minutes'],
    [3_600_000, '1 hour'],
    [31 * 3_600_000 + 5 * 60_000, '31 hours 5 minutes'],
    [72 * 3_600_000 - 60_000, '71 hours 59 minutes'],
    [72 * 3_600_000, '72 hours'],
    [72 * 3_600_000 + 60_000, '3 days'],
    [-(4 * 24 + 2) * 3_600_000, '4 days 2 hours'],
  ])('%i ms: %s', (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });
});

describe('what to do next', () => {
  it('names the deadline on a UK clock and the time left', () => {
    const clock = at('2026-11-25T07:05:00.000Z', { risk: 'risk' });
    expect(breachNextSteps(breach({ risk: 'risk' }), clock)).toEqual([
      'Decide whether to report to the ICO by 14:05 GMT on Thursday 26 November 2026: 31 hours left.',
    ]);
    expect(breachClockHeadline(clock)).toBe('31 hours left to decide whether to report to the ICO');
  });

  it('asks for the risk to be assessed while the decision is open', () => {
    const steps = breachNextSteps(breach(), at(NOW));
    expect(steps[1]).toMatch(/^Assess the risk to people’s rights and freedoms/);
  });

  it('after the deadline, asks to report now and give the reasons for the delay', () => {
    expect(breachClockHeadline(at('2026-11-27T16:05:00.000Z'))).toBe(
      'Overdue by 26 hours: decide now whether to report to the ICO',
    );
    const steps = breachNextSteps(
      breach({ risk: 'risk' }),
      at('2026-11-28T00:00:00Z', { risk: 'risk' }),
    );
    expect(steps).toEqual([expect.stringContaining('report it to the ICO now')]);
  });

  it('asks for the reasons of a late report until they are recorded', () => {
    const late = { reportedToIco: 'yes', icoReportedAt: '2026-11-27T09:00:00.000Z' } as const;
    expect(breachNextSteps(breach(late), at(NOW, late))).toEqual([
      expect.stringContaining('Record the reasons the report went after the 72 hours'),
    ]);
    const explained = { ...late, delayReasons: 'The laptop’s contents were unknown until then.' };
    expect(breachNextSteps(breach(explained), at(NOW, explained))).toEqual([]);
  });

  it('asks why a breach was not reported until it is recorded', () => {
    const unlikely = { risk: 'unlikely' } as const;
    expect(breachNextSteps(breach(unlikely), at(NOW, unlikely))).toEqual([
      expect.stringContaining('Record why the breach was not reported'),
    ]);
    const reasoned = { ...unlikely, notReportedReason: 'Encrypted device; key not lost.' };
    expect(breachNextSteps(breach(reasoned), at(NOW, reasoned))).toEqual([]);
  });

  it('a high risk: tell the people affected, or record why not', () => {
    const high = { risk: 'high', reportedToIco: 'yes', icoReportedAt: AWARE } as const;
    expect(breachNextSteps(breach(high), at(NOW, high))).toEqual([
      expect.stringContaining('tell the people affected without undue delay'),
    ]);
    const notTold = { ...high, individualsTold: 'no' } as const;
    expect(breachNextSteps(breach(notTold), at(NOW, notTold))).toEqual([
      expect.stringContaining('Record why the people affected were not told'),
    ]);
    const told = { ...high, individualsTold: 'yes' } as const;
    expect(breachNextSteps(breach(told), at(NOW, told))).toEqual([]);
  });
});
