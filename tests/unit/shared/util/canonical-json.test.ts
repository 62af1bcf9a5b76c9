import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/util/canonical-json';

/** What the package does: the reference the faster writer must match byte for byte. */
const reference = (value: unknown): { text?: string; error?: string } => {
  try {
    return { text: canonicalize(value) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};
const ours = (value: unknown): { text?: string; error?: string } => {
  try {
    return { text: canonicalJson(value) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

// Every kind of string, lone surrogates included, and keys that objects reorder.
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', '10', '9', '0', '01', '__proto__', 'a\u0000b', '\ud800', '\udc00x', '😀'),
);
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(-0),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(text, tie('node'), { maxKeys: 5 }),
  ),
})).node;

describe('canonicalJson', () => {
  it('writes what the canonicalize package writes, and refuses what it refuses', () => {
    fc.assert(
      fc.property(value, (input) => {
        expect(ours(input)).toEqual(reference(input));
      }),
      { numRuns: 2_000 },
    );
  });

  it('matches the package on JSON as a file holds it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const parsed: unknown = JSON.parse(JSON.stringify(input));
        expect(canonicalJson(parsed)).toBe(canonicalize(parsed));
      }),
    );
  });

  it('sorts keys by code unit, integer-like keys included', () => {
    expect(canonicalJson({ b: 1, a: [3, { z: null, y: 'é' }], 10: true, 9: false })).toBe(
      '{"10":true,"9":false,"a":[3,{"y":"é","z":null}],"b":1}',
    );
  });

  it('refuses lone surrogates, numbers beyond JSON and cycles', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = { cycle };
    expect(() => canonicalJson({ a: '\ud800' })).toThrow(/Lone surrogate/);
    expect(() => canonicalJson([Infinity])).toThrow(/Infinity/);
    expect(() => canonicalJson({ n: NaN })).toThrow(/NaN/);
    expect(() => canonicalJson(cycle)).toThrow(/Circular/);
  });

  it('writes dates and other toJSON values as the package does', () => {
    const input = { when: new Date('2026-11-25T12:00:00.000Z'), list: [undefined, () => 1] };
    expect(canonicalJson(input)).toBe(canonicalize(input));
  });
});
