/** The window's import (read the file, then replace the register) never half-succeeds. */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  blankActivity,
  blankOrganisation,
  blankThirdParty,
  emptyRegister,
  type Register,
} from '../../../shared/domain';
import { exampleRegister } from '../../../shared/example/konnect';
import { registerChecksum, writeRegisterFile } from '../../../shared/register-file/format';
import { readRegisterFile, RegisterFileError } from '../../../shared/register-file/read';
import { RopaDatabase, registerTables, useDatabase } from '../../../renderer/db/database';
import { replaceRegister, snapshot } from '../../../renderer/db/repos/register';

let db: RopaDatabase;

/** What the window does with a chosen file: read it fully, then replace in one transaction. */
async function importFile(text: string): Promise<void> {
  const { register } = await readRegisterFile(text);
  await replaceRegister(register, 'Imported register file “hostile.ropa.json”');
}

/** A fresh database holding `register`, as the window would after an earlier import. */
async function databaseWith(register: Register): Promise<Register> {
  db = new RopaDatabase(`import-hostile-${crypto.randomUUID()}`);
  useDatabase(db);
  await replaceRegister(register, 'Earlier import');
  return snapshot();
}

const NOW = '2026-11-25T12:00:00.000Z';
const audience = { id: 'aud-old', name: 'Patients', description: '' };
/** What the database holds before each import: a small register quite unlike the example. */
const existing: Register = {
  ...emptyRegister(),
  organisation: blankOrganisation(NOW, {
    id: 'org-old',
    name: 'Penwith Practice',
    dpo: {
      appointed: false,
      contact: { name: '', email: '', phone: '', address: '' },
      reasonNotRequired: 'Small practice.',
    },
    audiences: [audience],
  }),
  activities: [
    blankActivity(NOW, {
      id: 'act-old',
      name: 'Payroll',
      recipientIds: ['tp-old'],
      audienceIds: [audience.id],
    }),
  ],
  thirdParties: [blankThirdParty(NOW, { id: 'tp-old', name: 'Xero' })],
};
const example = exampleRegister(NOW);
const validText = await writeRegisterFile(example, NOW, 'test');

/** `text` with its checksum recomputed over whatever register it now holds. */
async function rechecksummed(text: string): Promise<string> {
  const file = JSON.parse(text) as { register: unknown };
  return text.replace(
    /"checksum": "[^"]*"/,
    `"checksum": "${await registerChecksum(file.register)}"`,
  );
}

const hostile: readonly [string, () => Promise<string> | string][] = [
  ['truncated', () => validText.slice(0, validText.length - 10)],
  ['a byte-order mark and truncated', () => `\uFEFF${validText.slice(0, 500)}`],
  ['a wrong checksum', () => validText.replace(/"checksum": "sha256:./, '"checksum": "sha256:!')],
  ['a future version', () => validText.replace('"schemaVersion": 5', '"schemaVersion": 6')],
  ['10,000-deep nesting', () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
  ['a later duplicate key', () => validText.replace(/("name": "[^"]*")/, '$1, "name": "Forged"')],
  [
    'a __proto__ key and a dangling link',
    () =>
      rechecksummed(
        validText
          .replace('"register": {', '"register": {"__proto__": {"polluted": true},')
          .replace('"recipientIds": [', '"recipientIds": ["tp-nowhere",'),
      ),
  ],
  ['a lone surrogate', () => validText.replace(/"name": "/, '"name": "\\ud800')],
  [
    '1e400',
    () => validText.replace(/"acknowledgeWithinDays": \d+/, '"acknowledgeWithinDays": 1e400'),
  ],
  ['UTF-16 text', () => Array.from(validText, (c) => `${c}\u0000`).join('')],
  ['an array', () => '[]'],
  ['null', () => 'null'],
  [
    'an empty register in a proper envelope',
    () => validText.replace(/"register": [^]*$/, '"register": {}}'),
  ],
];

describe('importing a hostile register file in the window', () => {
  let before: Register;
  beforeEach(async () => {
    before = await databaseWith(existing);
  });

  it.each(hostile)('refuses %s and leaves the database exactly as it was', async (_label, make) => {
    const text = await make();
    await expect(importFile(text)).rejects.toBeInstanceOf(RegisterFileError);
    expect(await snapshot()).toStrictEqual(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('leaves the database as it was for every damaged file it refuses', async () => {
    let state = before;
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (where, garbage, cut) => {
          const at = Math.floor(where * validText.length);
          const damaged = cut
            ? validText.slice(0, at)
            : validText.slice(0, at) + garbage + validText.slice(at + 1);
          try {
            await importFile(damaged);
          } catch (error) {
            if (!(error instanceof RegisterFileError)) throw error;
            expect(await snapshot()).toStrictEqual(state);
            return;
          }
          // Damage JSON ignores (in whitespace) leaves a valid file: it imports the example whole.
          const imported = await snapshot();
          expect(imported.activities).toHaveLength(example.activities.length);
          state = await databaseWith(existing);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('a failure inside the import transaction', () => {
  let before: Register;
  beforeEach(async () => {
    before = await databaseWith(existing);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(registerTables(new RopaDatabase('names-only')).map((table) => table.name))(
    'when writing %s fails, leaves the database exactly as before',
    async (name) => {
      const table = registerTables(db).find((t) => t.name === name);
      if (!table) throw new Error(`no table ${name}`);
      const write = name === 'organisation' ? 'add' : 'bulkAdd';
      vi.spyOn(table, write).mockRejectedValueOnce(new Error('Disk full'));

      await expect(replaceRegister(example, 'Import')).rejects.toThrow(/Disk full/);

      expect(await snapshot()).toStrictEqual(before);
    },
  );

  it('leaves the database as before when a bulk write fails part way through its rows', async () => {
    const original = db.activities.bulkAdd.bind(db.activities);
    vi.spyOn(db.activities, 'bulkAdd').mockImplementationOnce((rows) =>
      original(rows.slice(0, Math.ceil(rows.length / 2))).then(() => {
        throw new Error('Disk full');
      }),
    );

    await expect(replaceRegister(example, 'Import')).rejects.toThrow(/Disk full/);

    expect(await snapshot()).toStrictEqual(before);
  });

  it('leaves the database as before when clearing a table fails after others were cleared', async () => {
    vi.spyOn(db.auditEvents, 'clear').mockRejectedValueOnce(new Error('Quota exceeded'));

    await expect(replaceRegister(example, 'Import')).rejects.toThrow(/Quota exceeded/);

    expect(await snapshot()).toStrictEqual(before);
  });

  it('still imports cleanly once the failure has passed', async () => {
    vi.spyOn(db.lias, 'bulkAdd').mockRejectedValueOnce(new Error('Disk full'));
    await expect(replaceRegister(example, 'Import')).rejects.toThrow(/Disk full/);

    await replaceRegister(example, 'Import');

    const after = await snapshot();
    expect(after.activities).toHaveLength(example.activities.length);
    expect(after.auditEvents.at(-1)).toMatchObject({ action: 'import', summary: 'Import' });
  });
});
