import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRegister, registerSchema } from '../../../../../shared/domain/register';
import { icoColumns } from '../../../../../shared/ropa/ico-template';
import { applyImport, detectLayout, planImport } from '../../../../../shared/spreadsheet/import';

const NOW = '2026-11-25T12:00:00.000Z';

/** Cell text mixing the wordings the readers look for with noise, lines and long runs. */
const cell = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Yes',
    'n/a',
    'USA',
    'SCCs',
    'DBS; medical',
    'HMRC, Mailchimp',
    'Art 6(1)(f)',
    '31/02/2026',
  ),
  fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.string({ minLength: 600, maxLength: 700 }),
);

describe('any content', () => {
  it('becomes activities or unreadable rows, never a crash, and the result always validates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 30, maxLength: 30 }), { maxLength: 6 }),
        (rows) => {
          const text = {
            fileName: 'fuzz.xlsx',
            sheets: [{ name: 'S', rows: [icoColumns.map((c) => c.heading), ...rows] }],
          };
          let n = 0;
          const plan = planImport(text, detectLayout(text), {
            register: emptyRegister(),
            now: NOW,
            newId: () => `id-${++n}`,
          });
          const filled = rows.filter((row) => row.some((c) => c !== '')).length;
          expect(plan.activities.length + plan.unreadable.length).toBe(filled);
          expect(registerSchema.safeParse(applyImport(emptyRegister(), plan)).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
