/**
 * Thousands of malformed and hostile register files: the reader returns a valid register whose
 * checksum matches the file, or refuses with a RegisterFileError; never anything else, never slowly.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerSchema } from '../../../../shared/domain/register';
import { exampleRegister } from '../../../../shared/example/konnect';
import { registerChecksum, writeRegisterFile } from '../../../../shared/register-file/format';
import { readRegisterFile, RegisterFileError } from '../../../../shared/register-file/read';
import { canonicalJson } from '../../../../shared/util/hash';
import { NOW, smallRegister } from '../fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Far above a normal read (milliseconds); only a guard against a hang or a blow-up. */
const SLOW_MS = 2_000;

const fixture = (version: number) =>
  readFileSync(new URL(`./fixtures/schema-${version}.ropa.json`, import.meta.url), 'utf8');

/** Valid files to damage: small, the example, and two earlier schemas that go through migration. */
const bases: Readonly<Record<string, string>> = {
  small: await writeRegisterFile(smallRegister(), NOW, 'fuzz'),
  example: await writeRegisterFile(exampleRegister(NOW), NOW, 'fuzz'),
  'schema 1': fixture(1),
  'schema 4': fixture(4),
};
// Named, so that a counterexample prints a name rather than the whole file.
const base = fc.oneof(
  { arbitrary: fc.constant('small'), weight: 8 },
  { arbitrary: fc.constantFrom('example', 'schema 1', 'schema 4'), weight: 3 },
);
const baseText = (name: string): string => bases[name] ?? '';
/** The register as the checksum sees it; what canonical JSON cannot hash differs from any base. */
function canonical(value: unknown): string {
  try {
    return value === undefined ? '' : canonicalJson(value);
  } catch {
    return '(unhashable)';
  }
}
const registerOf = Object.fromEntries(
  Object.entries(bases).map(([name, text]) => [
    name,
    canonical((JSON.parse(text) as { register: unknown }).register),
  ]),
);

/**
 * The invariant: a RegisterFileError, or a register the schema accepts whose file checksum is
 * the checksum of the register as the file holds it.
 */
async function readsCleanly(text: string): Promise<'accepted' | 'refused'> {
  const started = performance.now();
  try {
    const result = await readRegisterFile(text);
    expect(registerSchema.safeParse(result.register).success).toBe(true);
    const file = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      register: unknown;
      checksum: unknown;
    };
    expect(result.checksum).toBe(file.checksum);
    expect(await registerChecksum(file.register)).toBe(result.checksum);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof RegisterFileError)) throw error;
    expect(error.message.length).toBeGreaterThan(20);
    return 'refused';
  } finally {
    expect(performance.now() - started).toBeLessThan(SLOW_MS);
  }
}

/** A property that runs out of time stops early (and passes); the test timeout is the backstop. */
const settings = (numRuns: number) => ({ numRuns, interruptAfterTimeLimit: 12_000 });
const TIMEOUT = 30_000;

/** Follows `steps` down into `value` (each step an index into the keys there). */
function locate(value: Json, steps: readonly number[]): { parent: Json; key: string } | null {
  let parent: Json = value;
  let found: { parent: Json; key: string } | null = null;
  for (const step of steps) {
    if (typeof parent !== 'object' || parent === null) break;
    const keys = Object.keys(parent);
    const key = keys[step % Math.max(keys.length, 1)];
    if (key === undefined) break;
    found = { parent, key };
    parent = (parent as Record<string, Json>)[key] ?? null;
  }
  return found;
}

/** JSON.stringify writes lone surrogates as escapes; BEYOND_DOUBLE becomes 1e400 in the text. */
const BEYOND_DOUBLE = '(a number beyond a double)';
const oddValue = fc.constantFrom('\ud800', 'x\udc00', -0, 1e308, 5e-324, BEYOND_DOUBLE);
const toText = (file: Json): string =>
  JSON.stringify(file).replaceAll(`"${BEYOND_DOUBLE}"`, '1e400');

const mutations = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({
    kind: fc.constant('replace' as const),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), oddValue),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toJSON', 'id')),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
);
type Mutation = typeof mutations extends fc.Arbitrary<infer T> ? T : never;

// JSON has no named keys on arrays, so keys are inserted into objects only.
const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function mutate(file: Json, steps: readonly number[], mutation: Mutation): void {
  const at = locate(file, steps);
  if (!at || typeof at.parent !== 'object' || at.parent === null) return;
  const parent = at.parent as Record<string, Json>;
  const target = parent[at.key];
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(at.key), 1);
    else Reflect.deleteProperty(parent, at.key);
  } else if (mutation.kind === 'replace') parent[at.key] = mutation.value as Json;
  else if (mutation.kind === 'insert' && isObject(target)) {
    Object.defineProperty(target, mutation.key, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (mutation.kind === 'duplicate' && Array.isArray(target) && target.length > 0) {
    target.push(structuredClone(target[0] as Json));
  }
}

const damage = fc.oneof(
  fc.record({ kind: fc.constant('bit' as const), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    text: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    text: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const) }),
  fc.record({ kind: fc.constant('bom and truncate' as const) }),
);
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

/** `text` damaged at the fraction `where` of its length. */
function damaged(text: string, where: number, d: Damage): string {
  const at = Math.min(text.length - 1, Math.floor(where * text.length));
  switch (d.kind) {
    case 'bit': {
      // A bit flipped on disk, decoded as a lenient reader would (bad bytes become U+FFFD).
      const bytes = new TextEncoder().encode(text);
      const byte = Math.min(bytes.length - 1, Math.floor(where * bytes.length));
      bytes[byte] = (bytes[byte] ?? 0) ^ (1 << d.bit);
      return new TextDecoder().decode(bytes);
    }
    case 'flip':
      return text.slice(0, at) + d.text + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + d.text + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
    case 'bom and truncate':
      return `\uFEFF${text.slice(0, at)}`;
  }
}

describe('register file fuzzing', () => {
  it(
    'survives random JSON values of every shape',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          expect(await readsCleanly(JSON.stringify(value))).toBe('refused');
        }),
        settings(1000),
      );
    },
    TIMEOUT,
  );

  it(
    'survives random registers inside a proper envelope, of any schema version',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(
            fc.constantFrom(
              'organisation',
              'activities',
              'thirdParties',
              'transfers',
              'lias',
              'noticeDrafts',
              'auditEvents',
              'x',
            ),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          fc.integer({ min: -1, max: 7 }),
          async (register, schemaVersion) => {
            const file = {
              format: 'ropa-desk.register',
              schemaVersion,
              exportedAt: NOW,
              checksum: await registerChecksum(register),
              register,
            };
            expect(await readsCleanly(JSON.stringify(file))).toBe('refused');
          },
        ),
        settings(1000),
      );
    },
    TIMEOUT,
  );

  it(
    'survives a valid file with its JSON deleted, retyped, added to or duplicated',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          base,
          fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
          mutations,
          fc.constantFrom('old checksum', 'recomputed checksum'),
          async (name, steps, mutation, checksum) => {
            const file = JSON.parse(baseText(name)) as { register: Json; checksum: string } & Json;
            mutate(file, steps, mutation);
            if (
              checksum === 'recomputed checksum' &&
              typeof file.checksum === 'string' &&
              file.register !== undefined
            ) {
              // What canonical JSON cannot hash keeps its old checksum.
              file.checksum = await registerChecksum(file.register).catch(() => file.checksum);
            }
            const outcome = await readsCleanly(toText(file));
            // Content edited under the old checksum is never imported.
            if (checksum === 'old checksum' && canonical(file.register) !== registerOf[name]) {
              expect(outcome).toBe('refused');
            }
          },
        ),
        settings(1000),
      );
    },
    TIMEOUT,
  );

  it(
    'survives a valid file with bits or characters flipped, text inserted or the end cut off',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          base,
          fc.double({ min: 0, max: 1, noNaN: true }),
          damage,
          async (name, where, d) => {
            await readsCleanly(damaged(baseText(name), where, d));
          },
        ),
        settings(1500),
      );
    },
    TIMEOUT,
  );

  it(
    'refuses every schema version it cannot read and reads every one it can',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: -3, max: 1000 }), async (version) => {
          const file = JSON.parse(baseText('small')) as Record<string, unknown>;
          file.schemaVersion = version;
          const outcome = await readsCleanly(JSON.stringify(file));
          // A schema 5 register read as an older one migrates forward: the new tables are reset.
          expect(outcome).toBe(version >= 1 && version <= 5 ? 'accepted' : 'refused');
        }),
        settings(300),
      );
    },
    TIMEOUT,
  );
});
