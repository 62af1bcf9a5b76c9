import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  isLeftoverTemp,
  parseBackupName,
  type BackupName,
  type BackupReason,
} from '../../../electron/backup/names';
import { keepBackups } from '../../../electron/backup/rotation';
import { ukDay } from '../../../shared/util/uk-day';

const backup = (time: string, reason: BackupReason = 'change'): BackupName => ({
  name: backupFileName(Date.parse(time), reason),
  time: new Date(time).toISOString(),
  reason,
});

const kept = (entries: BackupName[], now: string, protect?: string) =>
  keepBackups(entries, now, protect).map((b) => b.time);

describe('backup names', () => {
  it('puts the UTC time and the reason in a name Windows accepts', () => {
    const name = backupFileName(Date.parse('2026-11-25T12:34:56.789Z'), 'before-import');
    expect(name).toBe('ropa-desk-backup-2026-11-25T12-34-56.789Z-before-import.ropa.json');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(parseBackupName(name)).toEqual({
      name,
      time: '2026-11-25T12:34:56.789Z',
      reason: 'before-import',
    });
  });

  it.each([
    'register.ropa.json',
    'ropa-desk-backup-2026-11-25T12-34-56.789Z-sometime.ropa.json',
    'ropa-desk-backup-2026-02-31T12-34-56.789Z-change.ropa.json',
    'ropa-desk-backup-2026-11-25T25-00-00.000Z-change.ropa.json',
    '../ropa-desk-backup-2026-11-25T12-34-56.789Z-change.ropa.json',
    'ropa-desk-backup-2026-11-25T12-34-56.789Z-change.ropa.json/../../secret',
    'ropa-desk-backup-2026-11-25T12-34-56.789Z-change.ropa.json.tmp',
  ])('does not take %j for a backup', (name) => expect(parseBackupName(name)).toBeNull());

  it('recognises only its own leftover temp files', () => {
    expect(
      isLeftoverTemp('.ropa-desk-backup-2026-11-25T12-34-56.789Z-quit.ropa.json.0123456789ab.tmp'),
    ).toBe(true);
    expect(isLeftoverTemp('.report.pdf.0123456789ab.tmp')).toBe(false);
    expect(isLeftoverTemp('notes.tmp')).toBe(false);
  });
});

describe('ukDay', () => {
  it.each([
    ['2026-11-25T23:59:59.999Z', '2026-11-25'],
    ['2026-11-26T00:00:00.000Z', '2026-11-26'],
    // British Summer Time: 23:30 UTC is already 00:30 the next day in the UK.
    ['2026-07-15T22:59:59.999Z', '2026-07-15'],
    ['2026-07-15T23:00:00.000Z', '2026-07-16'],
    // Clocks go forward at 01:00 GMT on 29 March 2026 and back at 01:00 GMT on 25 October.
    ['2026-03-28T23:59:59.999Z', '2026-03-28'],
    ['2026-03-29T00:30:00.000Z', '2026-03-29'],
    ['2026-03-29T23:00:00.000Z', '2026-03-30'],
    ['2026-10-24T22:59:59.999Z', '2026-10-24'],
    ['2026-10-24T23:00:00.000Z', '2026-10-25'],
    ['2026-10-25T23:59:59.999Z', '2026-10-25'],
  ])('%s is %s in the UK', (time, day) => expect(ukDay(time)).toBe(day));
});

describe('keepBackups', () => {
  const now = '2026-11-25T18:00:00.000Z';

  it('keeps nothing from nothing', () => {
    expect(keepBackups([], now)).toEqual([]);
  });

  it('keeps the last 3 of today, newest first', () => {
    const today = ['09', '10', '11', '12', '13'].map((h) => backup(`2026-11-25T${h}:00:00Z`));
    expect(kept(today, now)).toEqual([
      '2026-11-25T13:00:00.000Z',
      '2026-11-25T12:00:00.000Z',
      '2026-11-25T11:00:00.000Z',
    ]);
  });

  it('keeps the newest backup of each earlier day', () => {
    const entries = [
      backup('2026-11-24T08:00:00Z'),
      backup('2026-11-24T17:30:00Z', 'quit'),
      backup('2026-11-24T12:00:00Z'),
      backup('2026-11-20T09:00:00Z', 'daily'),
      backup('2026-11-20T09:00:01Z'),
    ];
    expect(kept(entries, now)).toEqual(['2026-11-24T17:30:00.000Z', '2026-11-20T09:00:01.000Z']);
  });

  it('keeps 10 in all: today’s 3 and the 7 most recent earlier days', () => {
    const entries = [
      ...['10', '11', '12', '13'].map((h) => backup(`2026-11-25T${h}:00:00Z`)),
      ...Array.from({ length: 12 }, (_, i) =>
        backup(`2026-11-${String(24 - i).padStart(2, '0')}T09:00:00Z`),
      ),
    ];
    const result = kept(entries, now);
    expect(result).toHaveLength(10);
    expect(result.slice(0, 3)).toEqual([
      '2026-11-25T13:00:00.000Z',
      '2026-11-25T12:00:00.000Z',
      '2026-11-25T11:00:00.000Z',
    ]);
    expect(result.at(-1)).toBe('2026-11-18T09:00:00.000Z');
  });

  it('treats backups taken before an import, restore or migration as ordinary backups', () => {
    const entries = [
      backup('2026-11-25T09:00:00Z', 'before-import'),
      backup('2026-11-25T10:00:00Z'),
      backup('2026-11-25T11:00:00Z', 'before-restore'),
      backup('2026-11-25T12:00:00Z'),
      backup('2026-11-23T08:00:00Z', 'before-migration'),
      backup('2026-11-23T07:00:00Z'),
    ];
    expect(keepBackups(entries, now).map((b) => b.reason)).toEqual([
      'change',
      'before-restore',
      'change',
      'before-migration',
    ]);
  });

  it('never drops the backup just written, even when a clock set back makes it look old', () => {
    const entries = [
      ...['14', '15', '16'].map((h) => backup(`2026-11-25T${h}:00:00Z`)),
      ...Array.from({ length: 9 }, (_, i) =>
        backup(`2026-11-${String(24 - i).padStart(2, '0')}T09:00:00Z`),
      ),
    ];
    const justWritten = backup('2026-11-25T08:00:00Z');
    const result = keepBackups([...entries, justWritten], now, justWritten.name);
    expect(result).toHaveLength(10);
    expect(result).toContain(justWritten);
    expect(result.map((b) => b.time)).not.toContain('2026-11-16T09:00:00.000Z');
    expect(keepBackups([...entries, justWritten], now)).not.toContain(justWritten);
  });

  it('at midnight, the backups of a minute ago belong to yesterday', () => {
    const entries = [
      backup('2026-11-25T23:58:00Z'),
      backup('2026-11-25T23:59:00Z'),
      backup('2026-11-26T00:00:10Z'),
    ];
    expect(kept(entries, '2026-11-26T00:00:30Z')).toEqual([
      '2026-11-26T00:00:10.000Z',
      '2026-11-25T23:59:00.000Z',
    ]);
  });

  it('in summer, counts the hour after UK midnight (still yesterday in UTC) as today', () => {
    const entries = [
      backup('2026-07-15T22:30:00Z'),
      backup('2026-07-15T22:50:00Z'),
      backup('2026-07-15T23:05:00Z'),
      backup('2026-07-15T23:10:00Z'),
      backup('2026-07-15T23:15:00Z'),
      backup('2026-07-15T23:20:00Z'),
    ];
    expect(kept(entries, '2026-07-15T23:30:00Z')).toEqual([
      '2026-07-15T23:20:00.000Z',
      '2026-07-15T23:15:00.000Z',
      '2026-07-15T23:10:00.000Z',
      '2026-07-15T22:50:00.000Z',
    ]);
  });

  it('on the day the clocks go back, the repeated hour is still one day', () => {
    const entries = [
      backup('2026-10-24T22:59:00Z'), // 23:59 BST on the 24th
      backup('2026-10-24T23:30:00Z'), // 00:30 BST on the 25th
      backup('2026-10-25T00:30:00Z'), // 01:30 BST
      backup('2026-10-25T01:30:00Z'), // 01:30 GMT, the same hour again
      backup('2026-10-25T23:00:00Z'), // 23:00 GMT
    ];
    expect(kept(entries, '2026-10-25T23:30:00Z')).toEqual([
      '2026-10-25T23:00:00.000Z',
      '2026-10-25T01:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-24T22:59:00.000Z',
    ]);
  });

  it('on the day the clocks go forward, a day of 23 hours is still one day', () => {
    const entries = [
      backup('2026-03-28T23:59:00Z'), // 23:59 GMT on the 28th
      backup('2026-03-29T00:30:00Z'),
      backup('2026-03-29T01:30:00Z'), // 02:30 BST
      backup('2026-03-29T22:30:00Z'), // 23:30 BST
      backup('2026-03-29T22:45:00Z'), // 23:45 BST
    ];
    expect(kept(entries, '2026-03-29T22:50:00Z')).toEqual([
      '2026-03-29T22:45:00.000Z',
      '2026-03-29T22:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-28T23:59:00.000Z',
    ]);
  });
});
