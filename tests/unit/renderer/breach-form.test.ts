/** The breach form: UK dates and times typed in, read back as UTC instants, with clear messages. */
import { describe, expect, it } from 'vitest';
import { blankBreach } from '../../../shared/logs/blanks';
import {
  toBreach,
  toFormValues,
  validateBreachForm,
  type BreachFormValues,
} from '../../../renderer/features/breaches/breach-form';
import {
  nextSort,
  selectBreachRows,
  toBreachRows,
} from '../../../renderer/features/breaches/breach-rows';

const NOW = '2026-11-25T12:00:00.000Z';

const values = (overrides: Partial<BreachFormValues> = {}): BreachFormValues => ({
  ...toFormValues(
    blankBreach(NOW, {
      id: 'br-1',
      title: 'Laptop stolen',
      discoveredAt: '2026-11-23T14:05:00.000Z',
    }),
  ),
  ...overrides,
});

describe('the form values of a breach', () => {
  it('hold its instants as UK dates and times, and give them back as UTC', () => {
    const breach = blankBreach(NOW, {
      title: 'Laptop stolen',
      discoveredAt: '2026-07-20T08:30:00.000Z',
      reportedToIco: 'yes',
      icoReportedAt: '2026-07-21T16:00:00.000Z',
    });
    const form = toFormValues(breach);
    expect(form.discoveredAt).toEqual({ date: '2026-07-20', time: '09:30' });
    expect(form.icoReportedAt).toEqual({ date: '2026-07-21', time: '17:00' });
    expect(form.occurredAt).toEqual({ date: null, time: '' });
    expect(toBreach(form)).toEqual(breach);
  });

  it('a valid form has no errors', () => {
    expect(validateBreachForm(values(), NOW)).toEqual({});
  });

  it('asks for when the organisation became aware, and for both parts of it', () => {
    expect(validateBreachForm(values({ discoveredAt: { date: null, time: '' } }), NOW)).toEqual({
      'discoveredAt.date': 'Enter when the organisation became aware of the breach',
    });
    expect(
      validateBreachForm(values({ discoveredAt: { date: '2026-11-23', time: '' } }), NOW),
    ).toEqual({ 'discoveredAt.time': 'Enter the time too, as HH:MM (24-hour clock)' });
    expect(validateBreachForm(values({ occurredAt: { date: null, time: '10:00' } }), NOW)).toEqual({
      'occurredAt.date': 'Enter the date too, as DD/MM/YYYY',
    });
  });

  it('explains a time in the hour the clocks skip', () => {
    const errors = validateBreachForm(
      values({ discoveredAt: { date: '2026-03-29', time: '01:30' } }),
      NOW,
    );
    expect(errors).toEqual({
      'discoveredAt.time':
        'There was no 01:30 on 29 March 2026 in the UK: the clocks went forward an hour at 01:00. Enter the time the clocks showed, 02:30 BST.',
    });
  });

  it('refuses instants in the future and out of order, naming the part to fix', () => {
    expect(
      validateBreachForm(values({ discoveredAt: { date: '2026-11-25', time: '12:01' } }), NOW),
    ).toEqual({
      'discoveredAt.date': 'This is in the future: enter when the organisation became aware',
    });
    expect(
      validateBreachForm(values({ occurredAt: { date: '2026-11-24', time: '09:00' } }), NOW),
    ).toEqual({
      'occurredAt.date': 'It cannot have happened after the organisation became aware of it',
    });
  });

  it('asks for the report time once reported, and ignores it otherwise', () => {
    expect(validateBreachForm(values({ reportedToIco: 'yes' }), NOW)).toEqual({
      'icoReportedAt.date': 'Enter when you reported it, to show whether it was within 72 hours',
    });
    const withdrawn = values({
      reportedToIco: 'no',
      icoReportedAt: { date: '2026-11-24', time: '' },
    });
    expect(validateBreachForm(withdrawn, NOW)).toEqual({});
    expect(toBreach(withdrawn).icoReportedAt).toBeNull();
  });

  it('asks for the day a closed breach closed, not before it was known', () => {
    expect(validateBreachForm(values({ status: 'closed' }), NOW)).toEqual({
      closedOn: 'Enter the day the breach was closed, as DD/MM/YYYY',
    });
    expect(validateBreachForm(values({ status: 'closed', closedOn: '2026-11-22' }), NOW)).toEqual({
      closedOn: 'It cannot be closed before the organisation became aware of it',
    });
  });
});

describe('the breach log rows', () => {
  const breaches = [
    blankBreach(NOW, {
      id: 'a',
      title: 'Old, reported',
      discoveredAt: '2026-10-01T09:00:00Z',
      reportedToIco: 'yes',
      icoReportedAt: '2026-10-02T09:00:00Z',
    }),
    blankBreach(NOW, { id: 'b', title: 'Overdue', discoveredAt: '2026-11-20T09:00:00Z' }),
    blankBreach(NOW, {
      id: 'c',
      title: 'Running',
      discoveredAt: '2026-11-25T09:00:00Z',
      whatHappened: 'Payroll spreadsheet emailed to a supplier',
    }),
  ];
  const rows = toBreachRows(breaches, NOW);

  it('put the most pressing clock first', () => {
    const sorted = selectBreachRows(rows, '', { column: 'clock', direction: 'asc' });
    expect(sorted.map((row) => row.breach.id)).toEqual(['b', 'c', 'a']);
    expect(rows.find((row) => row.breach.id === 'c')?.awareSince).toBe('25 Nov 2026, 09:00');
  });

  it('find a breach by what happened, and sort by awareness either way', () => {
    expect(
      selectBreachRows(
        rows,
        'payroll SUPPLIER',
        nextSort({ column: 'clock', direction: 'asc' }, 'title'),
      ).map((row) => row.breach.id),
    ).toEqual(['c']);
    const byAware = nextSort(
      nextSort({ column: 'clock', direction: 'asc' }, 'discoveredAt'),
      'discoveredAt',
    );
    expect(byAware).toEqual({ column: 'discoveredAt', direction: 'desc' });
    expect(selectBreachRows(rows, '', byAware).map((row) => row.breach.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });
});
