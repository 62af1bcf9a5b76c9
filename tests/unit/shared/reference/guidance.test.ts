import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activitySchema } from '../../../../shared/domain/activity';
import { organisationSchema } from '../../../../shared/domain/organisation';
import { thirdPartySchema } from '../../../../shared/domain/third-party';
import { transferSchema } from '../../../../shared/domain/transfer';
import {
  activityGuidance,
  guidanceFor,
  icoRopaColumns,
  organisationGuidance,
  thirdPartyGuidance,
  transferGuidance,
  type FieldHelp,
} from '../../../../shared/reference/guidance';

const STAMPS = new Set(['id', 'createdAt', 'updatedAt']);

/** Field paths of a schema: every key, and one level into nested objects. */
function fieldPaths(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([key]) => !STAMPS.has(key))
    .flatMap(([key, inner]) => [
      key,
      ...(inner instanceof z.ZodObject && key !== 'contact'
        ? Object.keys(inner.shape).map((sub) => `${key}.${sub}`)
        : []),
    ]);
}

const tables: [string, z.ZodObject, Readonly<Record<string, FieldHelp>>][] = [
  ['activity', activitySchema, activityGuidance],
  ['organisation', organisationSchema, organisationGuidance],
  ['third party', thirdPartySchema, thirdPartyGuidance],
  ['transfer', transferSchema, transferGuidance],
];

describe('field guidance', () => {
  it.each(tables)(
    'covers every %s field, and no field that does not exist',
    (_name, schema, table) => {
      expect(Object.keys(table).sort()).toEqual(fieldPaths(schema).sort());
    },
  );

  it.each(tables)('keeps %s help to one or two short sentences', (_name, _schema, table) => {
    for (const [path, entry] of Object.entries(table)) {
      expect(entry.help.length, path).toBeLessThanOrEqual(220);
      const sentences = entry.help.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, path).toBeLessThanOrEqual(2);
    }
  });

  it('names only real ICO columns', () => {
    expect(Object.keys(icoRopaColumns)).toHaveLength(30);
    for (const [, , table] of tables) {
      for (const [path, entry] of Object.entries(table)) {
        for (const column of entry.icoColumns)
          expect(icoRopaColumns[column], `${path} → ${column}`).toBeDefined();
      }
    }
  });

  it('fills every Article 30 column the register holds from some activity or third party field', () => {
    const filled = new Set(
      [activityGuidance, thirdPartyGuidance, transferGuidance].flatMap((t) =>
        Object.values(t).flatMap((e) => e.icoColumns),
      ),
    );
    // 16 (rights) is derived; 24–25 (breaches) live in the breach log.
    for (const column of [
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30,
    ]) {
      expect(filled.has(column), `column ${column}`).toBe(true);
    }
  });

  it('maps the key fields to the columns an auditor expects', () => {
    expect(activityGuidance.businessFunction.icoColumns).toEqual([1]);
    expect(activityGuidance.purposes.icoColumns).toEqual([2]);
    expect(activityGuidance['retention.period'].icoColumns).toEqual([10]);
    expect(activityGuidance.securityMeasures.icoColumns).toEqual([11]);
    expect(activityGuidance.lawfulBasis.icoColumns).toContain(12);
    expect(thirdPartyGuidance['contract.status'].icoColumns).toEqual([7]);
    expect(transferGuidance.mechanism.icoColumns).toEqual([9]);
  });

  it('marks organisation fields as the controller details block', () => {
    for (const entry of Object.values(organisationGuidance))
      expect(entry.controllerDetails).toBe(true);
  });

  it('looks help up by entity and path, and refuses inherited names', () => {
    expect(guidanceFor('activity', 'dpia.screening')?.icoColumns).toEqual([21]);
    expect(guidanceFor('organisation', 'dpo.reasonNotRequired')?.help).toMatch(/why/);
    expect(guidanceFor('thirdParty', 'nope')).toBeUndefined();
    expect(guidanceFor('activity', '__proto__')).toBeUndefined();
    expect(guidanceFor('activity', 'toString')).toBeUndefined();
  });
});
