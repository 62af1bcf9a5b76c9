import { describe, expect, it } from 'vitest';
import { blankLia, type Lia } from '../../../shared/domain';
import { nextSort, selectLiaRows, toLiaRows } from '../../../renderer/features/lias/lia-rows';

const NOW = '2026-03-01T10:00:00.000Z';
const names = new Map([
  ['act-enquiries', 'Enquiries'],
  ['act-clients', 'Client records'],
]);
const lia = (overrides: Partial<Lia> & Pick<Lia, 'id' | 'title'>): Lia =>
  blankLia(NOW, { activityIds: ['act-enquiries'], ...overrides });

const completed = (id: string, title: string, canRely: boolean, next: string): Lia =>
  lia({
    id,
    title,
    status: 'completed',
    answers: { 'decision.can-rely': canRely, 'decision.date': '2026-02-01', 'review.next': next },
  });

describe('LIA list rows', () => {
  it('shows activity names, the outcome or progress, the dates, and an overdue review', () => {
    const [draft, done] = toLiaRows(
      [
        lia({ id: 'l1', title: 'Draft', activityIds: ['act-clients', 'act-gone'] }),
        completed('l2', 'Done', true, '2026-01-31'),
      ],
      names,
      '2026-03-01',
    );
    expect(draft).toMatchObject({
      activities: ['Client records'],
      status: 'draft',
      percent: 0,
      decided: null,
      nextReview: null,
      overdue: false,
    });
    expect(done).toMatchObject({
      status: 'can-rely',
      decided: '2026-02-01',
      nextReview: '2026-01-31',
      overdue: true,
    });
  });

  it('a completed LIA without a "yes" decision cannot rely on legitimate interests', () => {
    const [row] = toLiaRows([completed('l1', 'No', false, '2027-01-01')], names, '2026-03-01');
    expect(row?.status).toBe('cannot-rely');
    expect(row?.overdue).toBe(false);
  });

  it('searches title and activity names, every word', () => {
    const rows = toLiaRows(
      [
        lia({ id: 'l1', title: 'Newsletter' }),
        lia({ id: 'l2', title: 'Clients', activityIds: ['act-clients'] }),
      ],
      names,
      '2026-03-01',
    );
    expect(selectLiaRows(rows, 'client RECORDS', { column: 'title', direction: 'asc' })).toEqual([
      rows[1],
    ]);
    expect(selectLiaRows(rows, 'enquiries news', { column: 'title', direction: 'asc' })).toEqual([
      rows[0],
    ]);
  });

  it('sorts either way, with missing dates last both ways', () => {
    const rows = toLiaRows(
      [
        lia({ id: 'l1', title: 'B draft' }),
        completed('l2', 'A early', true, '2026-06-01'),
        completed('l3', 'C late', false, '2027-06-01'),
      ],
      names,
      '2026-03-01',
    );
    const titles = (column: 'nextReview' | 'title', direction: 'asc' | 'desc') =>
      selectLiaRows(rows, '', { column, direction }).map((row) => row.lia.title);
    expect(titles('title', 'asc')).toEqual(['A early', 'B draft', 'C late']);
    expect(titles('title', 'desc')).toEqual(['C late', 'B draft', 'A early']);
    expect(titles('nextReview', 'asc')).toEqual(['A early', 'C late', 'B draft']);
    expect(titles('nextReview', 'desc')).toEqual(['C late', 'A early', 'B draft']);
  });

  it('turns the order round on a second click of the same column', () => {
    const sort = nextSort({ column: 'title', direction: 'asc' }, 'title');
    expect(sort).toEqual({ column: 'title', direction: 'desc' });
    expect(nextSort(sort, 'status')).toEqual({ column: 'status', direction: 'asc' });
  });
});
