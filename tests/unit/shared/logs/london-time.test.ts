/** UK clock time for instants stored as UTC, across the changes between GMT and BST. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromLondon,
  londonDateTime,
  londonReading,
  londonShort,
} from '../../../../shared/logs/london-time';

describe('reading an instant on a UK clock', () => {
  it('is UTC in winter and an hour ahead in summer', () => {
    expect(londonReading('2026-11-26T14:05:00.000Z')).toEqual({
      date: '2026-11-26',
      time: '14:05',
    });
    expect(londonReading('2026-07-26T14:05:00.000Z')).toEqual({
      date: '2026-07-26',
      time: '15:05',
    });
  });

  it('moves to the next day late on a summer evening', () => {
    expect(londonReading('2026-07-26T23:30:00.000Z')).toEqual({
      date: '2026-07-27',
      time: '00:30',
    });
  });

  it('says the time, zone and day in words', () => {
    expect(londonDateTime('2026-11-26T14:05:00.000Z')).toBe(
      '14:05 GMT on Thursday 26 November 2026',
    );
    expect(londonDateTime('2026-07-26T14:05:00.000Z')).toBe('15:05 BST on Sunday 26 July 2026');
    expect(londonShort('2026-11-26T09:05:00.000Z')).toBe('26 Nov 2026, 09:05');
  });
});

describe('the instant a UK date and time name', () => {
  it('in winter and in summer', () => {
    expect(fromLondon('2026-11-26', '14:05')).toEqual({
      ok: true,
      iso: '2026-11-26T14:05:00.000Z',
    });
    expect(fromLondon('2026-07-26', '14:05')).toEqual({
      ok: true,
      iso: '2026-07-26T13:05:00.000Z',
    });
  });

  it('around the change to BST (29 March 2026: 01:00 GMT becomes 02:00 BST)', () => {
    expect(fromLondon('2026-03-29', '00:59')).toEqual({
      ok: true,
      iso: '2026-03-29T00:59:00.000Z',
    });
    expect(fromLondon('2026-03-29', '01:00')).toEqual({ ok: false, reason: 'skipped' });
    expect(fromLondon('2026-03-29', '01:59')).toEqual({ ok: false, reason: 'skipped' });
    expect(fromLondon('2026-03-29', '02:00')).toEqual({
      ok: true,
      iso: '2026-03-29T01:00:00.000Z',
    });
  });

  it('takes the earlier of the hour repeated when BST ends (25 October 2026)', () => {
    expect(fromLondon('2026-10-25', '01:30')).toEqual({
      ok: true,
      iso: '2026-10-25T00:30:00.000Z',
    });
    expect(fromLondon('2026-10-25', '02:00')).toEqual({
      ok: true,
      iso: '2026-10-25T02:00:00.000Z',
    });
  });

  it('gives back the instant of any reading, to the minute', () => {
    const start = Date.parse('2020-01-01T00:00:00Z');
    const end = Date.parse('2032-12-31T23:59:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (end - start) / 60_000 }), (minutes) => {
        const iso = new Date(start + minutes * 60_000).toISOString();
        const { date, time } = londonReading(iso);
        const back = fromLondon(date, time);
        expect(back.ok).toBe(true);
        // The repeated autumn hour reads back as its first (BST) occurrence.
        if (back.ok) expect(londonReading(back.iso)).toEqual({ date, time });
      }),
    );
  });
});
