import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankActivity, type Activity } from '../../../shared/domain';
import {
  filterActivities,
  firstIdsByName,
  hasActiveFilters,
  matchesSearch,
  prepareSearch,
  selectActivities,
  sortActivities,
  tidyFunctions,
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

describe('tidyFunctions', () => {
  it('lists each function in use once, trimmed and sorted, without blanks', () => {
    const inUse = [...all, make({ businessFunction: '  ' })].map((a) => a.businessFunction);
    expect(tidyFunctions(inUse)).toEqual(['Facilities', 'HR', 'Marketing']);
  });
});

describe('tidyFunctions on names as stored', () => {
  it('trims, drops blanks and repeats, and sorts as the list does', () => {
    expect(
      tidyFunctions(['HR ', 'Facilities', '', 'HR', ' marketing', 'item 10', 'item 9']),
    ).toEqual(['Facilities', 'HR', 'item 9', 'item 10', 'marketing']);
  });
});

describe('filterActivities on a sorted list', () => {
  it('keeps the sorted order, so sorting once and filtering per keystroke shows the same rows', () => {
    const sorted = sortActivities(all, { column: 'name', direction: 'desc' });
    const criteria = { ...noFilters, search: 'r' };
    expect(ids(filterActivities(sorted, criteria))).toEqual(
      ids(sortActivities(filterActivities(all, criteria), { column: 'name', direction: 'desc' })),
    );
  });
});

describe('prepareSearch', () => {
  it('stops when told and resumes where it stopped, without changing what matches', () => {
    let budget = 2;
    const stopped = prepareSearch(all, 0, () => budget-- > 0);
    expect(stopped).toBe(2);
    expect(prepareSearch(all, stopped, () => true)).toBe(all.length);
    expect(ids(filterActivities(all, { ...noFilters, search: 'monthly' }))).toEqual(['newsletter']);
  });
});

describe('firstIdsByName', () => {
  // Names that sort differently by code unit and by the list's collation: case, accents,
  // numbers, blanks and exact repeats (ties fall to the id).
  const name = fc.constantFrom(
    'Payroll',
    'payroll',
    'Élan',
    'elan',
    'item 9',
    'item 10',
    'Zoo',
    ' zoo',
    '',
    'B',
    'a',
  );
  const rows = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), name }), {
    selector: (row) => row.id,
    maxLength: 40,
  });

  it('gives the first rows of the full sort by name, either way, for any count', () => {
    fc.assert(
      fc.property(rows, fc.nat(45), fc.constantFrom('asc', 'desc'), (list, count, direction) => {
        const activities = list.map((row) => make(row));
        const expected = ids(sortActivities(activities, { column: 'name', direction })).slice(
          0,
          count,
        );
        expect(firstIdsByName(list, count, direction as 'asc' | 'desc')).toEqual(expected);
      }),
    );
  });

  it('picks a screenful from 10,000 names in a few milliseconds, not a full sort', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: `a${String(i).padStart(5, '0')}`,
      name: `Activity ${(i * 7919) % 10_000}`,
    }));
    const start = performance.now();
    const first = firstIdsByName(many, 60, 'desc');
    const elapsed = performance.now() - start;
    expect(first[0]).toBe(many.find((row) => row.name === 'Activity 9999')?.id);
    expect(first).toHaveLength(60);
    expect(elapsed).toBeLessThan(200);
  });
});
