import { describe, expect, it } from 'vitest';
import { blankActivity, type Activity } from '../../../shared/domain';
import {
  distinctFunctions,
  filterActivities,
  hasActiveFilters,
  matchesSearch,
  selectActivities,
  sortActivities,
  type ActivityListCriteria,
} from '../../../renderer/features/activities/activity-filter';

const NOW = '2026-03-01T10:00:00.000Z';
const make = (overrides: Partial<Activity>): Activity => blankActivity(NOW, overrides);

const payroll = make({
  id: 'payroll',
  name: 'Payroll',
  businessFunction: 'HR',
  lawfulBasis: 'legal-obligation',
  status: 'active',
  purposes: ['Pay staff'],
  dataSubjects: ['Employees'],
  nextReview: '2026-06-01',
  updatedAt: '2026-02-01T09:00:00.000Z',
});
const newsletter = make({
  id: 'newsletter',
  name: 'Email newsletter',
  businessFunction: 'Marketing',
  lawfulBasis: 'consent',
  status: 'draft',
  description: 'Monthly news to supporters',
  dataSubjects: ['Supporters'],
  nextReview: null,
  updatedAt: '2026-02-15T09:00:00.000Z',
});
const cctv = make({
  id: 'cctv',
  name: 'CCTV',
  businessFunction: 'Facilities',
  lawfulBasis: null,
  status: 'retired',
  purposes: ['Prevent crime at the shop'],
  nextReview: '2025-12-01',
  updatedAt: '2026-01-01T09:00:00.000Z',
});
const recruitment = make({
  id: 'recruitment',
  name: 'recruitment',
  businessFunction: 'HR ',
  lawfulBasis: 'contract',
  status: 'active',
  dataSubjects: ['Job applicants'],
  updatedAt: '2026-02-20T09:00:00.000Z',
});
const all = [payroll, newsletter, cctv, recruitment];

const noFilters: Omit<ActivityListCriteria, 'sort'> = {
  search: '',
  status: 'all',
  businessFunction: null,
  lawfulBasis: null,
};
const ids = (list: Activity[]) => list.map((a) => a.id);

describe('matchesSearch', () => {
  it('looks in name, function, purposes, data subjects and description, ignoring case', () => {
    expect(matchesSearch(payroll, 'payroll')).toBe(true);
    expect(matchesSearch(payroll, 'hr')).toBe(true);
    expect(matchesSearch(payroll, 'PAY STAFF')).toBe(true);
    expect(matchesSearch(payroll, 'employees')).toBe(true);
    expect(matchesSearch(newsletter, 'monthly')).toBe(true);
    expect(matchesSearch(newsletter, 'employees')).toBe(false);
  });

  it('needs every word, in any order; an empty query matches everything', () => {
    expect(matchesSearch(cctv, 'shop crime')).toBe(true);
    expect(matchesSearch(cctv, 'shop payroll')).toBe(false);
    expect(matchesSearch(cctv, '   ')).toBe(true);
  });

  it('does not look in other fields', () => {
    const withNotes = make({ name: 'X', internalNotes: 'secret word' });
    expect(matchesSearch(withNotes, 'secret')).toBe(false);
  });
});

describe('filterActivities', () => {
  it('keeps everything with no filters', () => {
    expect(filterActivities(all, noFilters)).toHaveLength(4);
    expect(hasActiveFilters(noFilters)).toBe(false);
  });

  it('filters by status', () => {
    expect(ids(filterActivities(all, { ...noFilters, status: 'active' }))).toEqual([
      'payroll',
      'recruitment',
    ]);
    expect(ids(filterActivities(all, { ...noFilters, status: 'retired' }))).toEqual(['cctv']);
  });

  it('filters by business function, ignoring surrounding spaces', () => {
    expect(ids(filterActivities(all, { ...noFilters, businessFunction: 'HR' }))).toEqual([
      'payroll',
      'recruitment',
    ]);
  });

  it('filters by lawful basis, and "none" finds activities with no basis recorded', () => {
    expect(ids(filterActivities(all, { ...noFilters, lawfulBasis: 'consent' }))).toEqual([
      'newsletter',
    ]);
    expect(ids(filterActivities(all, { ...noFilters, lawfulBasis: 'none' }))).toEqual(['cctv']);
  });

  it('combines filters and search', () => {
    const criteria = { ...noFilters, status: 'active' as const, search: 'applicants' };
    expect(ids(filterActivities(all, criteria))).toEqual(['recruitment']);
    expect(hasActiveFilters(criteria)).toBe(true);
  });

  it('does not change its input', () => {
    const copy = [...all];
    filterActivities(all, { ...noFilters, status: 'draft' });
    expect(all).toEqual(copy);
  });
});

describe('sortActivities', () => {
  it('sorts names alphabetically, ignoring case, and reverses', () => {
    expect(ids(sortActivities(all, { column: 'name', direction: 'asc' }))).toEqual([
      'cctv',
      'newsletter',
      'payroll',
      'recruitment',
    ]);
    expect(ids(sortActivities(all, { column: 'name', direction: 'desc' }))).toEqual([
      'recruitment',
      'payroll',
      'newsletter',
      'cctv',
    ]);
  });

  it('puts empty values last in both directions', () => {
    const undated = ['newsletter', 'recruitment'];
    expect(ids(sortActivities(all, { column: 'nextReview', direction: 'asc' })).slice(2)).toEqual(
      undated,
    );
    expect(ids(sortActivities(all, { column: 'nextReview', direction: 'desc' })).slice(2)).toEqual(
      undated,
    );
    expect(ids(sortActivities(all, { column: 'lawfulBasis', direction: 'asc' })).at(-1)).toBe(
      'cctv',
    );
    expect(ids(sortActivities(all, { column: 'lawfulBasis', direction: 'desc' })).at(-1)).toBe(
      'cctv',
    );
  });

  it('sorts dates in order', () => {
    expect(ids(sortActivities(all, { column: 'nextReview', direction: 'asc' }))).toEqual([
      'cctv',
      'payroll',
      'newsletter',
      'recruitment',
    ]);
    expect(ids(sortActivities(all, { column: 'updatedAt', direction: 'desc' }))).toEqual([
      'recruitment',
      'newsletter',
      'payroll',
      'cctv',
    ]);
  });

  it('sorts by lawful basis label and by status, ties broken by name', () => {
    expect(ids(sortActivities(all, { column: 'lawfulBasis', direction: 'asc' }))).toEqual([
      'newsletter',
      'recruitment',
      'payroll',
      'cctv',
    ]);
    expect(ids(sortActivities(all, { column: 'status', direction: 'asc' }))).toEqual([
      'payroll',
      'recruitment',
      'newsletter',
      'cctv',
    ]);
  });

  it('falls back to the name for an unknown column', () => {
    expect(ids(sortActivities(all, { column: 'colour', direction: 'asc' }))).toEqual(
      ids(sortActivities(all, { column: 'name', direction: 'asc' })),
    );
  });
});

describe('selectActivities at scale', () => {
  it('filters and sorts 10,000 activities quickly', () => {
    const statuses = ['draft', 'active', 'retired'] as const;
    const many = Array.from({ length: 10_000 }, (_, i) =>
      make({
        id: `a${i}`,
        name: `Activity ${i}`,
        businessFunction: ['HR', 'Sales', 'Marketing'][i % 3] ?? '',
        status: statuses[i % 3] ?? 'draft',
        purposes: [`Purpose ${i}`],
      }),
    );
    const criteria: ActivityListCriteria = {
      ...noFilters,
      status: 'active',
      search: 'purpose 12',
      sort: { column: 'name', direction: 'desc' },
    };
    const started = performance.now();
    const result = selectActivities(many, criteria);
    selectActivities(many, { ...criteria, search: 'purpose 123' });
    const elapsed = performance.now() - started;

    const expected = many
      .filter((a) => a.status === 'active' && a.purposes[0]?.includes('12'))
      .map((a) => a.name)
      .sort((a, b) => b.localeCompare(a, 'en-GB', { numeric: true }));
    expect(result.map((a) => a.name)).toEqual(expected);
    expect(result.length).toBeGreaterThan(50);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('distinctFunctions', () => {
  it('lists each function once, trimmed and sorted, without blanks', () => {
    expect(distinctFunctions([...all, make({ businessFunction: '  ' })])).toEqual([
      'Facilities',
      'HR',
      'Marketing',
    ]);
  });
});
