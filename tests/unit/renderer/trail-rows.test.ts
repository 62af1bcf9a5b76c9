import { describe, expect, it } from 'vitest';
import { sealEvent } from '../../../shared/audit/chain';
import type { AuditEvent } from '../../../shared/domain';
import {
  actorsIn,
  noFilters,
  selectTrailRows,
  toTrailRow,
} from '../../../renderer/features/audit-trail/trail-rows';

async function trail(): Promise<AuditEvent[]> {
  const drafts = [
    {
      at: '2026-03-01T10:00:00.000Z',
      actor: 'Ann',
      entity: 'activity',
      entityId: 'a1',
      action: 'create',
      summary: 'Created activity “Payroll”',
      before: null,
      after: { name: 'Payroll' },
    },
    {
      at: '2026-03-02T10:00:00.000Z',
      actor: 'Bob',
      entity: 'thirdParty',
      entityId: 't1',
      action: 'create',
      summary: 'Added third party “Mail Co”',
      before: null,
      after: { name: 'Mail Co' },
    },
    {
      at: '2026-03-03T10:00:00.000Z',
      actor: 'Ann',
      entity: 'activity',
      entityId: 'a1',
      action: 'delete',
      summary: 'Deleted activity “Payroll”',
      before: { name: 'Payroll' },
      after: null,
    },
  ] as const;
  const events: AuditEvent[] = [];
  for (const draft of drafts) events.push(await sealEvent(draft, events.at(-1)));
  return events;
}

describe('trail rows', () => {
  it('names each event’s record, from what it left or what it deleted', async () => {
    expect((await trail()).map(toTrailRow).map((row) => row.name)).toEqual([
      'Payroll',
      'Mail Co',
      'Payroll',
    ]);
  });

  it('lists newest first, filtered by kind, person, dates, words and one record', async () => {
    const rows = (await trail()).map(toTrailRow);
    const seqs = (filters: Partial<typeof noFilters>, newestFirst = true) =>
      selectTrailRows(rows, { ...noFilters, ...filters }, newestFirst).map((row) => row.seq);
    expect(seqs({})).toEqual([3, 2, 1]);
    expect(seqs({}, false)).toEqual([1, 2, 3]);
    expect(seqs({ entity: 'activity' })).toEqual([3, 1]);
    expect(seqs({ actor: 'Bob' })).toEqual([2]);
    expect(seqs({ from: '2026-03-02', to: '2026-03-02' })).toEqual([2]);
    expect(seqs({ search: 'payroll deleted' })).toEqual([3]);
    expect(seqs({ record: { entity: 'activity', id: 'a1' } })).toEqual([3, 1]);
    expect(actorsIn(rows)).toEqual(['Ann', 'Bob']);
  });

  it('filters 50,000 events in well under a second', async () => {
    const [first] = (await trail()).map(toTrailRow);
    if (!first) throw new Error('a row');
    const many = Array.from({ length: 50_000 }, (_, i) => ({ ...first, seq: i + 1 }));
    const started = performance.now();
    selectTrailRows(many, { ...noFilters, search: 'payroll', actor: 'Ann' });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
