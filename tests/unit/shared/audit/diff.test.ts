import { describe, expect, it } from 'vitest';
import { diffRecords, listChangeText } from '../../../../shared/audit/diff';
import { validActivity } from '../fixtures';

describe('diffRecords', () => {
  it('lists only the fields that changed, nested ones by their path', () => {
    const before = validActivity();
    const after = {
      ...before,
      name: 'Monthly newsletter',
      retention: { ...before.retention, period: '2 years' },
      updatedAt: '2027-01-01T00:00:00.000Z',
    };
    expect(diffRecords(before, after)).toEqual([
      { path: 'name', before: 'Newsletter', after: 'Monthly newsletter' },
      { path: 'retention.period', before: before.retention.period, after: '2 years' },
    ]);
  });

  it('says what a list of words gained and lost', () => {
    const before = { recipientCategories: ['Mail Co', 'Payroll'] };
    const after = { recipientCategories: ['Payroll', 'Payroll bureau'] };
    const [change] = diffRecords(before, after);
    expect(change?.list).toEqual({ added: ['Payroll bureau'], removed: ['Mail Co'] });
    expect(listChangeText(change?.list ?? { added: [], removed: [] })).toBe(
      'Added “Payroll bureau”, removed “Mail Co”',
    );
  });

  it('names several entries in plain English, and a pure reordering as such', () => {
    expect(listChangeText({ added: ['A', 'B', 'C'], removed: [] })).toBe('Added “A”, “B” and “C”');
    expect(listChangeText({ added: [], removed: [] })).toBe('Reordered');
    expect(diffRecords({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })[0]?.list).toEqual({
      added: [],
      removed: [],
    });
  });

  it('compares lists of objects as wholes', () => {
    const before = { searches: [{ where: 'Email', found: '' }] };
    const after = { searches: [{ where: 'Email', found: 'Two messages' }] };
    expect(diffRecords(before, after)).toEqual([
      { path: 'searches', before: before.searches, after: after.searches },
    ]);
  });

  it('shows every field of a created record as set, and of a deleted one as cleared', () => {
    const record = { name: 'Payroll', retention: { period: '6 years' }, tags: [] };
    expect(diffRecords(null, record)).toEqual([
      { path: 'name', before: undefined, after: 'Payroll' },
      { path: 'retention.period', before: undefined, after: '6 years' },
      { path: 'tags', before: undefined, after: [], list: { added: [], removed: [] } },
    ]);
    expect(diffRecords(record, null).map((c) => [c.path, c.after])).toEqual([
      ['name', undefined],
      ['retention.period', undefined],
      ['tags', undefined],
    ]);
  });

  it('keeps an empty object as a field, and treats key order as no change', () => {
    expect(diffRecords({ article28: { a: true } }, { article28: {} })).toEqual([
      { path: 'article28', before: undefined, after: {} },
      { path: 'article28.a', before: true, after: undefined },
    ]);
    expect(diffRecords({ x: { a: 1, b: 2 } }, { x: { b: 2, a: 1 } })).toEqual([]);
  });

  it('leaves out updatedAt unless asked, and nothing else', () => {
    const before = { updatedAt: 'then', createdAt: 'once' };
    const after = { updatedAt: 'now', createdAt: 'once' };
    expect(diffRecords(before, after)).toEqual([]);
    expect(diffRecords(before, after, { ignore: [] })).toEqual([
      { path: 'updatedAt', before: 'then', after: 'now' },
    ]);
  });

  it('finds nothing between two absent records or two non-records', () => {
    expect(diffRecords(null, null)).toEqual([]);
    expect(diffRecords(3, 'x')).toEqual([]);
  });
});
