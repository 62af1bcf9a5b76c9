/** Every earlier register schema has a fixture file, and each still reads, migrated forward. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, readRegisterFile } from '../../../../shared/register-file';

const fixture = (version: number) =>
  readFileSync(new URL(`./fixtures/schema-${version}.ropa.json`, import.meta.url), 'utf8');

type Row = Record<string, unknown> & { id: string };
type FileRegister = Record<string, Row[]> & { organisation: object };

/** What schema 3 adds to each kind of record, so the rest can be compared as written. */
const withoutSchema3 = {
  activities: ({ dpia, ...rest }: Row) => {
    const { answers: _answers, notes: _notes, ...kept } = dpia as Record<string, unknown>;
    return { ...rest, dpia: kept };
  },
  thirdParties: ({ contract, article28: _a, subProcessors: _s, dueDiligence, ...rest }: Row) => {
    const { document: _document, ...kept } = contract as Record<string, unknown>;
    return { ...rest, contract: kept, dueDiligence: (dueDiligence as { notes: string }).notes };
  },
};

describe('register files of earlier schemas', () => {
  it('has a fixture for every schema before the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(() => fixture(version), `fixture for schema ${version}`).not.toThrow();
    }
  });

  it.each([1, 2, 3, 4])(
    'reads a schema %i file as the current schema, every record kept',
    async (v) => {
      const original = (JSON.parse(fixture(v)) as { register: FileRegister }).register;
      const result = await readRegisterFile(fixture(v));
      expect(result.schemaVersion).toBe(v);
      expect(result.migratedFrom).toBe(v);
      expect(result.register.organisation).toEqual(original.organisation);
      expect(result.register.auditEvents).toEqual(original.auditEvents);
      const asWritten = <T, U>(rows: T[], undo: (row: T) => U) => (v < 3 ? rows.map(undo) : rows);
      expect(asWritten(result.register.activities, withoutSchema3.activities)).toEqual(
        original.activities,
      );
      expect(asWritten(result.register.thirdParties, withoutSchema3.thirdParties)).toEqual(
        original.thirdParties,
      );
      expect(result.register.transfers.map((t) => t.id)).toEqual(
        original.transfers?.map((t) => t.id),
      );
      // Schema 2 added assessments: a schema 1 register has none; a schema 2 one keeps them.
      expect(result.register.lias).toEqual(v === 1 ? [] : original.lias);
      expect(result.register.tras).toEqual(v === 1 ? [] : original.tras);
      // Schema 4 added privacy notices: no earlier register holds one; a schema 4 register keeps them.
      expect(result.register.noticeDrafts).toEqual(v < 4 ? [] : original.noticeDrafts);
      expect(result.register.noticeVersions).toEqual(v < 4 ? [] : original.noticeVersions);
      // Schema 5 added accepted risks, reviews and the three logs, empty at first.
      for (const table of [
        'acceptedRisks',
        'reviews',
        'breaches',
        'rightsRequests',
        'complaints',
      ] as const) {
        expect(result.register[table]).toEqual([]);
      }
    },
  );

  it('turns free-text due diligence into the notes of the structured record', async () => {
    const result = await readRegisterFile(fixture(2));
    const party = result.register.thirdParties[0];
    expect(party?.dueDiligence).toEqual({
      certifications: [],
      checkedOn: null,
      notes: 'Checked ISO 27001 certificate on 2026-01-10.',
    });
    expect(party?.article28).toEqual({});
    expect(party?.subProcessors).toEqual([]);
  });

  it('starts every migrated transfer with certification unchecked', async () => {
    const result = await readRegisterFile(fixture(2));
    expect(result.register.transfers.every((t) => t.recipientCertified === null)).toBe(true);
  });
});
