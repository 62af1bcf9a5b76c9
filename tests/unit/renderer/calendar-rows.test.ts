import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../shared/reviews/schedule';
import { dueWords, nextSort, selectDue } from '../../../renderer/features/reviews/calendar-rows';

const item = (label: string, due: string, overrides: Partial<DueItem> = {}): DueItem => ({
  kind: 'review',
  record: { kind: 'activity', id: label, name: label },
  field: 'nextReview',
  due,
  label: `Review “${label}”`,
  ...overrides,
});

const items = [
  item('Payroll', '2027-03-01'),
  item('Newsletter', '2027-01-01'),
  item('Mail Co', '2027-02-01', {
    kind: 'contract',
    record: { kind: 'thirdParty', id: 'tp', name: 'Mail Co' },
    label: 'Renew the contract with Mail Co',
  }),
];
const byDue = { column: 'due', direction: 'asc' } as const;

describe('selectDue', () => {
  it('filters by kind: a contract renewal is not an activity review', () => {
    expect(selectDue(items, 'activity', '', byDue).map((i) => i.due)).toEqual([
      '2027-01-01',
      '2027-03-01',
    ]);
    expect(selectDue(items, 'contract', '', byDue).map((i) => i.label)).toEqual([
      'Renew the contract with Mail Co',
    ]);
  });

  it('searches every word, in the label and the kind', () => {
    expect(selectDue(items, 'all', 'payroll', byDue)).toHaveLength(1);
    expect(selectDue(items, 'all', 'renewals mail', byDue)).toHaveLength(1);
    expect(selectDue(items, 'all', 'nothing like it', byDue)).toEqual([]);
  });

  it('sorts by the chosen column, either way', () => {
    const byLabel = nextSort(byDue, 'label');
    expect(selectDue(items, 'all', '', byLabel)[0]?.label).toBe('Renew the contract with Mail Co');
    const reversed = nextSort(byLabel, 'label');
    expect(reversed.direction).toBe('desc');
    expect(selectDue(items, 'all', '', reversed)[0]?.label).toBe('Review “Payroll”');
  });
});

describe('dueWords', () => {
  it('counts days near today, and months and years further off', () => {
    expect(dueWords('2027-07-15', '2027-07-15')).toBe('Due today');
    expect(dueWords('2027-07-14', '2027-07-15')).toBe('Overdue by 1 day');
    expect(dueWords('2027-08-26', '2027-07-15')).toBe('In 42 days');
    expect(dueWords('2022-11-02', '2027-07-15')).toBe('Overdue by 4 years, 8 months');
    expect(dueWords('2028-07-15', '2027-07-15')).toBe('In 1 year');
    expect(dueWords('2027-11-20', '2027-07-15')).toBe('In 4 months');
  });
});
