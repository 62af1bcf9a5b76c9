import { describe, expect, it } from 'vitest';
import type { Breach } from '../../../../shared/domain/logs';
import type { Register } from '../../../../shared/domain/register';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { icoRowStream } from '../../../../shared/spreadsheet/ico-row-stream';
import { icoRows } from '../../../../shared/spreadsheet/ico-template';

const NOW = '2026-11-25T12:00:00.000Z';

function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index}`);
  return item;
}

describe('icoRowStream', () => {
  it('gives the example the same rows as icoRows, transfers, LIAs and processors included', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    expect(register.transfers.length).toBeGreaterThan(0);
    expect(register.lias.length).toBeGreaterThan(0);
    expect([...icoRowStream(register)]).toEqual(icoRows(register));
  });

  it('matches icoRows with breaches, a record naming an activity twice, and a missing party', async () => {
    const example = await exampleRegisterWithNotices(NOW);
    const first = nth(example.activities, 0);
    const second = nth(example.activities, 1);
    const transfer = nth(example.transfers, 0);
    const register: Register = {
      ...example,
      activities: [
        { ...first, recipientIds: [...first.recipientIds, 'no-such-party'] },
        ...example.activities.slice(1),
      ],
      transfers: [
        { ...transfer, thirdPartyId: 'gone', activityIds: [second.id, second.id] },
        ...example.transfers.slice(1),
      ],
      breaches: [
        { title: 'Laptop left on a train', activityIds: [first.id, first.id] } as Breach,
        { title: 'Email to the wrong list', activityIds: [second.id, first.id] } as Breach,
      ],
    };
    const rows = [...icoRowStream(register)];
    expect(rows).toEqual(icoRows(register));
    expect(nth(rows, 0)[24]).toBe('Laptop left on a train\nEmail to the wrong list');
    expect(nth(rows, 1)[7]).toContain('(Unknown recipient)');
  });
});
