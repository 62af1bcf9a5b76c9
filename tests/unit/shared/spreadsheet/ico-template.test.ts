import { describe, expect, it } from 'vitest';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { konnectActivityIds } from '../../../../shared/example/konnect';
import { icoCells } from '../../../../shared/ropa/ico-template';
import { icoRows, icoTopBlock } from '../../../../shared/spreadsheet/ico-template';

const NOW = '2026-11-25T12:00:00.000Z';

describe('icoRows and icoTopBlock for the example', () => {
  it('puts the controller in the top block', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    const block = icoTopBlock(register);
    expect(block.rows.map((r) => r[0])).toEqual(['Name', 'Address', 'Email', 'Telephone']);
    expect(block.rows[0]?.[1]).toBe('Konnect Communities C.I.C.');
  });

  it('writes one row of 30 cells per activity', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    const rows = icoRows(register);
    expect(rows).toHaveLength(register.activities.length);
    for (const row of rows) expect(row).toHaveLength(30);
  });

  it('heads the purpose with the activity’s name and keeps the shared cells', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    const index = register.activities.findIndex((a) => a.id === konnectActivityIds.clientRecords);
    const activity = register.activities[index];
    if (activity === undefined) throw new Error('expected the client records activity');
    const row = icoRows(register)[index] ?? [];
    const cells = icoCells(register, activity);
    expect(row[1]).toBe(`Client records\n${cells[1] ?? ''}`);
    expect(row.filter((_, i) => i !== 1)).toEqual(cells.filter((_, i) => i !== 1));
  });
});
