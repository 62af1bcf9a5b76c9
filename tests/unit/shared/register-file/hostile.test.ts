/** Hostile register files beyond refusals.test.ts: each is refused cleanly or read exactly. */
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../../shared/domain/register';
import { registerChecksum, writeRegisterFile } from '../../../../shared/register-file/format';
import {
  MAX_REGISTER_FILE_BYTES,
  readRegisterFile,
  type RegisterFileProblem,
} from '../../../../shared/register-file/read';
import { NOW, smallRegister } from '../fixtures';
import { refusal } from './refusal';

type Envelope = Record<string, unknown> & { register: Record<string, unknown> };

const validText = (): Promise<string> => writeRegisterFile(smallRegister(), NOW, 'test');

/** Every refusal tells the person what to do next, not only what went wrong. */
const SAYS_WHAT_TO_DO =
  /Try the backup copy|export it again|Choose a file exported from Ropa Desk|Save it again as UTF-8/;

const expectRefused = async (text: string, problem: RegisterFileProblem): Promise<string> => {
  const error = await refusal(text);
  expect(error.problem).toBe(problem);
  expect(error.message).toMatch(SAYS_WHAT_TO_DO);
  return error.message;
};

/** `text` with the checksum made to match whatever register JSON.parse now reads from it. */
async function withMatchingChecksum(text: string): Promise<string> {
  const file = JSON.parse(text) as Envelope;
  return text.replace(
    /"checksum": "[^"]*"/,
    `"checksum": "${await registerChecksum(file.register)}"`,
  );
}

/** Inserts `members` (raw JSON text) at the start of the register object. */
const intoRegister = (text: string, members: string): string =>
  text.replace('"register": {', `"register": {${members},`);

describe('a 100 MB file', () => {
  it('is read through without hanging and refused with a clear message', async () => {
    const huge = 'x'.repeat(100 * 1024 * 1024);
    const text = (await validText()).replace('"name": "Newsletter"', `"name": "${huge}"`);
    const started = performance.now();
    await expectRefused(text, 'checksum-mismatch');
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('of junk is refused as not JSON at once', async () => {
    const started = performance.now();
    await expectRefused('x'.repeat(100 * 1024 * 1024), 'not-json');
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 30_000);

  it('beyond the size limit is refused by size before any parsing', async () => {
    const started = performance.now();
    const message = await expectRefused(`{${' '.repeat(MAX_REGISTER_FILE_BYTES)}}`, 'too-large');
    expect(message).toMatch(/larger than 200 MB/);
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 30_000);
});

describe('millions of wrong values', () => {
  /** A file whose checksum matches `register`, so the reader gets as far as the schema. */
  async function fileHolding(register: Record<string, unknown>): Promise<string> {
    const file = JSON.parse(await validText()) as Envelope;
    file.register = register as Envelope['register'];
    file.checksum = await registerChecksum(register);
    return JSON.stringify(file);
  }

  // Before the record-by-record check, 4,000,000 wrong rows (8 MB) took 19 s and 2 GB to refuse,
  // and two million empty records ran the test worker out of memory.
  it.each([
    ['two million rows that are not records', { activities: Array<number>(2_000_000).fill(1) }],
    ['two million empty records', { thirdParties: Array.from({ length: 2_000_000 }, () => ({})) }],
    [
      'a record with a million-item list',
      {
        activities: [
          { ...smallRegister().activities[0], purposes: Array<number>(1_000_000).fill(1) },
        ],
      },
    ],
  ])(
    'refuses %s quickly, naming the first',
    async (_label, tables) => {
      const text = await fileHolding({ ...smallRegister(), ...tables });
      const started = performance.now();
      expect(await expectRefused(text, 'invalid')).toMatch(/(activities|thirdParties)\.0/);
      expect(performance.now() - started).toBeLessThan(8_000);
    },
    30_000,
  );

  it('reads a register with 200,000 unknown keys, keeping none of them', async () => {
    const extra = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const text = await fileHolding({ ...extra, ...smallRegister() });
    const started = performance.now();
    const { register } = await readRegisterFile(text);
    expect(register).toStrictEqual(smallRegister());
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});

describe('duplicate keys', () => {
  // JSON.parse keeps the last of duplicate keys, and the checksum is computed over what
  // JSON.parse returned: the data that is checked is exactly the data that is imported, so a
  // hidden earlier value can never slip past the checksum into the register.
  it('are refused by the checksum when the last value differs from what was exported', async () => {
    const text = intoRegister(await validText(), '"activities": []');
    // The original activities come later, so they win: the file is intact.
    expect((await readRegisterFile(text)).register).toStrictEqual(smallRegister());
    const forged = (await validText()).replace(
      '"name": "Newsletter"',
      '"name": "Newsletter", "name": "Covert list"',
    );
    await expectRefused(forged, 'checksum-mismatch');
  });

  it('read as their last value when the checksum was recomputed over it', async () => {
    const forged = await withMatchingChecksum(
      (await validText()).replace('"name": "Newsletter"', '"name": "Newsletter", "name": "Later"'),
    );
    const { register } = await readRegisterFile(forged);
    expect(register.activities[0]?.name).toBe('Later');
  });

  it('of the checksum itself use the last one', async () => {
    const text = await validText();
    const doubled = text.replace('"checksum": "', '"checksum": "sha256:forged", "checksum": "');
    expect((await readRegisterFile(doubled)).register).toStrictEqual(smallRegister());
    const forgedLast = text.replace(/("checksum": "[^"]*")/, '$1, "checksum": "sha256:forged"');
    await expectRefused(forgedLast, 'checksum-mismatch');
  });
});

describe('keys that name JavaScript internals', () => {
  it('constructor, prototype and toJSON keys are dropped and pollute nothing', async () => {
    const poison =
      '"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},"toJSON":"x"';
    const text = await withMatchingChecksum(
      intoRegister(await validText(), poison).replace(
        '"organisation": {',
        `"organisation": {${poison},`,
      ),
    );
    const { register } = await readRegisterFile(text);
    expect(register).toStrictEqual(smallRegister());
    expect(Object.hasOwn(register, 'constructor')).toBe(false);
    expect(Object.hasOwn(register, 'toJSON')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('an organisation that is an array is refused, naming the field', async () => {
    const broken = await withMatchingChecksum(
      (await validText()).replace('"organisation": {', '"organisation": [], "constructor": {'),
    );
    expect(await expectRefused(broken, 'invalid')).toMatch(/organisation/);
  });
});

describe('very long strings', () => {
  it('a 5 MB activity name is refused, naming the field', async () => {
    const text = await withMatchingChecksum(
      (await validText()).replace('"name": "Newsletter"', `"name": "${'n'.repeat(5_000_000)}"`),
    );
    expect(await expectRefused(text, 'invalid')).toMatch(/activities\.0\.name/);
  });

  it('a 5 MB key is refused by the checksum', async () => {
    const text = intoRegister(await validText(), `"${'k'.repeat(5_000_000)}": 1`);
    await expectRefused(text, 'checksum-mismatch');
  });
});

describe('numbers JSON.parse reads oddly', () => {
  it('1e400 (Infinity once parsed) in the register is refused, not a crash', async () => {
    // Failed before the fix with a plain Error "Infinity is not allowed" from the checksum.
    const text = (await validText()).replace(
      '"acknowledgeWithinDays": 30',
      '"acknowledgeWithinDays": 1e400',
    );
    expect(await expectRefused(text, 'invalid')).toMatch(/number too large/);
  });

  it.each(['1e400', '-0', '1e-400'])('a schema version of %s is refused', async (version) => {
    const text = (await validText()).replace(/"schemaVersion": \d+/, `"schemaVersion": ${version}`);
    await expectRefused(text, 'unknown-version');
  });

  it('-0 hashes as 0 (RFC 8785) and is then judged by the schema', async () => {
    const text = (await validText()).replace(
      '"acknowledgeWithinDays": 30',
      '"acknowledgeWithinDays": -0',
    );
    await expectRefused(text, 'checksum-mismatch');
    expect(await expectRefused(await withMatchingChecksum(text), 'invalid')).toMatch(
      /organisation\.complaints\.acknowledgeWithinDays/,
    );
  });

  it.each(['NaN', 'Infinity', '-Infinity', '0x1E', '01', '+1', '1.'])(
    'the non-JSON number %s is refused as not JSON',
    async (number) => {
      const text = (await validText()).replace(
        '"acknowledgeWithinDays": 30',
        `"acknowledgeWithinDays": ${number}`,
      );
      await expectRefused(text, 'not-json');
    },
  );
});

describe('lone surrogates', () => {
  // Failed before the fix with a plain Error "Lone surrogate is not allowed" from the checksum.
  it.each([
    ['escaped high', '\\ud800'],
    ['escaped low', '\\udfff'],
    ['raw high', '\ud800'],
    ['reversed pair', '\\udc00\\ud800'],
  ])('a %s surrogate in the register is refused, not a crash', async (_label, surrogate) => {
    const text = (await validText()).replace(
      '"name": "Newsletter"',
      `"name": "News${surrogate}letter"`,
    );
    expect(await expectRefused(text, 'invalid')).toMatch(/broken text/);
  });

  it('a proper surrogate pair (an emoji) is read', async () => {
    const register = smallRegister();
    const [activity] = register.activities;
    if (!activity) throw new Error('fixture has an activity');
    activity.name = 'Newsletter \ud83d\udce8';
    const text = await writeRegisterFile(register, NOW, 'test');
    expect(
      (await readRegisterFile(text.replace('\ud83d\udce8', '\\ud83d\\udce8'))).register,
    ).toStrictEqual(register);
  });
});

describe('byte-order marks and encodings', () => {
  it('a byte-order mark plus a truncated file is refused as not JSON', async () => {
    const text = await validText();
    for (const cut of [1, 40, text.length - 2]) {
      expect(await expectRefused(`\uFEFF${text.slice(0, cut)}`, 'not-json')).toMatch(
        /truncated or damaged/,
      );
    }
  });

  it('two byte-order marks are refused as not JSON', async () => {
    await expectRefused(`\uFEFF\uFEFF${await validText()}`, 'not-json');
  });

  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, !bigEndian);
    for (let i = 0; i < text.length; i += 1)
      view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian);
    return bytes;
  };

  it.each([
    ['little-endian read as UTF-8', false, 'utf-8'],
    ['big-endian read as UTF-8', true, 'utf-8'],
    ['little-endian read as Latin-1', false, 'latin1'],
  ])('UTF-16 text (%s) is refused, saying to save it as UTF-8', async (_label, bigEndian, as) => {
    const text = new TextDecoder(as).decode(utf16(await validText(), bigEndian));
    expect(await expectRefused(text, 'not-json')).toMatch(/UTF-16.*Save it again as UTF-8/);
  });
});

describe('a register of the wrong shape inside a proper envelope', () => {
  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['a string', '"register"'],
    ['a number', '5'],
  ])('a register that is %s is refused as incomplete', async (_label, value) => {
    const file = JSON.parse(await validText()) as Envelope & { register: unknown };
    file.register = JSON.parse(value);
    expect(await expectRefused(JSON.stringify(file), 'invalid')).toMatch(/incomplete/);
  });

  it('a register whose tables are objects is refused, naming the tables', async () => {
    const register: Record<string, unknown> = { ...smallRegister() };
    register.activities = { 0: smallRegister().activities[0] };
    register.auditEvents = null;
    const file = JSON.parse(await validText()) as Envelope;
    file.register = register as Register & Record<string, unknown>;
    file.checksum = await registerChecksum(register);
    const message = await expectRefused(JSON.stringify(file), 'invalid');
    expect(message).toMatch(/activities/);
    expect(message).toMatch(/auditEvents/);
  });
});
