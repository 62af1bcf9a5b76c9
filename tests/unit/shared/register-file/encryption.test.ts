import { describe, expect, it } from 'vitest';
import {
  DamagedFileError,
  decryptRegisterBytes,
  DEFAULT_ITERATIONS,
  EmptyPassphraseError,
  encryptRegisterBytes,
  isEncryptedRegister,
  IterationsOutOfRangeError,
  NewerVersionError,
  NotProtectedError,
  passphraseWeakness,
  ProtectedFileError,
  WeakPassphraseError,
  WrongPassphraseError,
  type DecryptOptions,
} from '../../../../shared/register-file/encryption';
import { writeRegisterFile } from '../../../../shared/register-file/format';
import { readRegisterFile } from '../../../../shared/register-file/read';
import { hashOf } from '../../../../shared/util/hash';
import { NOW, smallRegister } from '../fixtures';

// Few rounds keep the suite fast; one test below uses the real count.
const FAST = { iterations: 1_000 };
const OPEN: DecryptOptions = { minIterations: 1_000 };
const PASSPHRASE = 'kettle harbour violet';
const DAMAGED =
  'This file has been changed or damaged since it was protected; it cannot be opened. Use a backup.';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const small = encoder.encode('{"hello":"register"}');

type Envelope = {
  format: string;
  version: number;
  kdf: { name: string; iterations: number; salt: string };
  cipher: { name: string; iv: string };
  keyCheck: string;
  ciphertext: string;
  checksum: string;
};

const protect = (bytes: Uint8Array = small, passphrase = PASSPHRASE) =>
  encryptRegisterBytes(bytes, passphrase, FAST);

const parse = (bytes: Uint8Array): Envelope => JSON.parse(decoder.decode(bytes)) as Envelope;

/** Writes `envelope` back with a freshly computed checksum, as a deliberate alteration would. */
async function reseal(envelope: Envelope): Promise<Uint8Array> {
  const { checksum: _old, ...fields } = envelope;
  return encoder.encode(JSON.stringify({ ...fields, checksum: `sha256:${await hashOf(fields)}` }));
}

/** Opens `bytes` and returns the error it was refused with (failing the test if it opened). */
async function refusal(
  bytes: Uint8Array,
  passphrase = PASSPHRASE,
  options: DecryptOptions = OPEN,
): Promise<ProtectedFileError> {
  try {
    await decryptRegisterBytes(bytes, passphrase, options);
  } catch (error) {
    if (error instanceof ProtectedFileError) return error;
    throw error;
  }
  throw new Error('The file was opened');
}

/** Changes the byte at `position` in place. */
function flip(bytes: Uint8Array, position: number, mask = 0x01): void {
  bytes[position] = (bytes[position] ?? 0) ^ mask;
}

const base64Bytes = (text: string): Uint8Array =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

describe('protecting a register file with a passphrase', () => {
  it('gives back exactly the bytes that were protected', async () => {
    const every = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    for (const bytes of [small, every, new Uint8Array(0)]) {
      expect(await decryptRegisterBytes(await protect(bytes), PASSPHRASE, OPEN)).toStrictEqual(
        bytes,
      );
    }
  });

  it('round-trips a real register file, which then reads as the same register', async () => {
    const text = await writeRegisterFile(smallRegister(), NOW, 'test');
    const protectedFile = await protect(encoder.encode(text));
    expect(decoder.decode(protectedFile)).not.toContain('Test Organisation Ltd');
    const opened = decoder.decode(await decryptRegisterBytes(protectedFile, PASSPHRASE, OPEN));
    expect(opened).toBe(text);
    expect((await readRegisterFile(opened)).register).toStrictEqual(smallRegister());
  });

  it('accepts bytes that sit inside a larger buffer, as a Node Buffer does', async () => {
    const pool = new Uint8Array(64).fill(7);
    pool.set(small, 10);
    const view = pool.subarray(10, 10 + small.length);
    expect(await decryptRegisterBytes(await protect(view), PASSPHRASE, OPEN)).toStrictEqual(small);
  });

  it('writes a different salt, IV and ciphertext each time', async () => {
    const [a, b] = [parse(await protect()), parse(await protect())];
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(base64Bytes(a.kdf.salt)).toHaveLength(16);
    expect(base64Bytes(a.cipher.iv)).toHaveLength(12);
  });

  it('names its format, version, KDF and cipher in the envelope', async () => {
    const envelope = parse(await protect());
    expect(envelope).toMatchObject({
      format: 'ropa-desk.encrypted',
      version: 1,
      kdf: { name: 'PBKDF2-SHA256', iterations: 1_000 },
      cipher: { name: 'AES-256-GCM' },
    });
    // The ciphertext carries the 16-byte GCM tag after the 20 bytes of content.
    expect(base64Bytes(envelope.ciphertext)).toHaveLength(small.length + 16);
  });

  it('uses at least 600,000 PBKDF2 rounds by default, and opens with the defaults', async () => {
    const protectedFile = await encryptRegisterBytes(small, PASSPHRASE);
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(parse(protectedFile).kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(await decryptRegisterBytes(protectedFile, PASSPHRASE)).toStrictEqual(small);
  }, 30_000);
});

describe('recognising a protected file', () => {
  it('tells a protected file from a plain register file', async () => {
    const plain = encoder.encode(await writeRegisterFile(smallRegister(), NOW, 'test'));
    expect(isEncryptedRegister(await protect())).toBe(true);
    expect(isEncryptedRegister(encoder.encode(`\uFEFF${decoder.decode(await protect())}`))).toBe(
      true,
    );
    expect(isEncryptedRegister(plain)).toBe(false);
    expect(isEncryptedRegister(new Uint8Array(0))).toBe(false);
  });

  it('refuses to unlock a plain register file, saying it needs no passphrase', async () => {
    const plain = encoder.encode(await writeRegisterFile(smallRegister(), NOW, 'test'));
    const error = await refusal(plain);
    expect(error).toBeInstanceOf(NotProtectedError);
    expect(error.message).toMatch(/not protected with a passphrase/);
  });
});

describe('a wrong passphrase', () => {
  it.each([
    ['a different passphrase', 'kettle harbour violent'],
    ['different capitals', 'Kettle Harbour Violet'],
    ['a trailing space', `${PASSPHRASE} `],
  ])('is refused as the wrong passphrase (%s)', async (_, attempt) => {
    const error = await refusal(await protect(), attempt);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect(error.problem).toBe('wrong-passphrase');
    expect(error.message).toMatch(/^The passphrase is not the one this file was protected with/);
  });
});

describe('a changed file', () => {
  it.each([0x01, 0x20, 0x80])(
    'refuses the file as damaged whichever single byte is changed (xor %i)',
    async (mask) => {
      const original = await protect();
      const text = decoder.decode(original);
      // Every part of the envelope is covered, since every position is.
      for (const part of ['"format"', '"kdf"', '"salt"', '"iv"', '"keyCheck"', '"ciphertext"']) {
        expect(text).toContain(part);
      }
      for (let position = 0; position < original.length; position += 1) {
        const changed = original.slice();
        flip(changed, position, mask);
        const error = await refusal(changed);
        expect(error, `byte ${position}`).toBeInstanceOf(DamagedFileError);
        expect(error.message).toBe(DAMAGED);
      }
    },
  );

  it('refuses a file cut short anywhere inside its envelope as damaged', async () => {
    const original = await protect();
    // Only the final newline lies outside the envelope; without it the file is whole.
    expect(await decryptRegisterBytes(original.subarray(0, -1), PASSPHRASE, OPEN)).toStrictEqual(
      small,
    );
    for (let length = 0; length < original.length - 1; length += 1) {
      expect(await refusal(original.subarray(0, length))).toBeInstanceOf(DamagedFileError);
    }
  });

  it('reports damage before asking for the passphrase', async () => {
    const changed = await protect();
    flip(changed, changed.length - 10);
    expect(await refusal(changed, '')).toBeInstanceOf(DamagedFileError);
  });

  it('refuses a ciphertext altered on purpose, with its checksum recomputed, as damaged', async () => {
    const envelope = parse(await protect());
    const sealed = base64Bytes(envelope.ciphertext);
    flip(sealed, 0);
    const altered = { ...envelope, ciphertext: btoa(String.fromCharCode(...sealed)) };
    expect((await refusal(await reseal(altered))).message).toBe(DAMAGED);
  });

  it('refuses an IV altered on purpose, with its checksum recomputed, as damaged', async () => {
    const envelope = parse(await protect());
    const iv = base64Bytes(envelope.cipher.iv);
    flip(iv, 0);
    const altered = {
      ...envelope,
      cipher: { ...envelope.cipher, iv: btoa(String.fromCharCode(...iv)) },
    };
    expect(await refusal(await reseal(altered))).toBeInstanceOf(DamagedFileError);
  });

  it('still refuses a salt or round count altered on purpose, as the wrong passphrase', async () => {
    // The key comes from the salt and rounds, so such a file cannot be told from a wrong
    // passphrase; what matters is that it never opens.
    const envelope = parse(await protect());
    const salt = base64Bytes(envelope.kdf.salt);
    flip(salt, 0);
    const newSalt = {
      ...envelope,
      kdf: { ...envelope.kdf, salt: btoa(String.fromCharCode(...salt)) },
    };
    const moreRounds = { ...envelope, kdf: { ...envelope.kdf, iterations: 1_001 } };
    for (const altered of [newSalt, moreRounds]) {
      expect(await refusal(await reseal(altered))).toBeInstanceOf(WrongPassphraseError);
    }
  });

  it('binds the header as GCM additional data: a salt spelt differently is refused', async () => {
    const envelope = parse(await protect());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const { salt } = envelope.kdf;
    // Before "==" the last character's low four bits are unused: the same 16 bytes either way.
    const last = alphabet[alphabet.indexOf(salt.charAt(21)) ^ 1] ?? '';
    const respelt = `${salt.slice(0, 21)}${last}==`;
    expect(respelt).not.toBe(salt);
    expect(base64Bytes(respelt)).toStrictEqual(base64Bytes(salt));
    const altered = { ...envelope, kdf: { ...envelope.kdf, salt: respelt } };
    expect(await refusal(await reseal(altered))).toBeInstanceOf(DamagedFileError);
  });

  it('refuses an envelope with a field missing, added or of the wrong kind as damaged', async () => {
    const envelope = parse(await protect());
    const { keyCheck: _dropped, ...missing } = envelope;
    const variants: unknown[] = [
      missing,
      { ...envelope, note: 'extra' },
      { ...envelope, kdf: { ...envelope.kdf, name: 'PBKDF2-SHA1' } },
      { ...envelope, cipher: { ...envelope.cipher, name: 'AES-128-CBC' } },
      { ...envelope, kdf: { ...envelope.kdf, iterations: '1000' } },
      { ...envelope, kdf: { ...envelope.kdf, iterations: 1_000.5 } },
      { ...envelope, version: 0 },
      { ...envelope, version: '1' },
      { ...envelope, format: 'something.else' },
      { ...envelope, kdf: { ...envelope.kdf, salt: btoa('short') } },
      { ...envelope, kdf: { ...envelope.kdf, salt: envelope.kdf.salt.replace(/=+$/, '') } },
      { ...envelope, cipher: { ...envelope.cipher, iv: ` ${envelope.cipher.iv}` } },
    ];
    for (const variant of variants) {
      const bytes = await reseal(variant as Envelope);
      expect(await refusal(bytes), JSON.stringify(variant)).toBeInstanceOf(DamagedFileError);
    }
  });

  it('refuses a file that is not JSON at all as damaged', async () => {
    expect(await refusal(encoder.encode('%PDF-1.7'))).toBeInstanceOf(DamagedFileError);
    expect(await refusal(Uint8Array.of(0xff, 0xfe, 0x00))).toBeInstanceOf(DamagedFileError);
  });
});

describe('a file from a newer Ropa Desk', () => {
  it.each([2, 99])('refuses version %i, asking for an update, before any passphrase', async (v) => {
    const envelope = parse(await protect());
    const error = await refusal(await reseal({ ...envelope, version: v }), '');
    expect(error).toBeInstanceOf(NewerVersionError);
    expect(error.message).toMatch(/newer Ropa Desk/);
    expect(error.message).toMatch(/Update Ropa Desk to open it/);
    expect(error.message).toContain(`version ${v}`);
  });
});

describe('round counts out of range', () => {
  it.each([1, 599_999, 10_000_001, 1_000_000_000])(
    'refuses a file that asks for %i rounds, without running them',
    async (iterations) => {
      const envelope = parse(await protect());
      const bytes = await reseal({ ...envelope, kdf: { ...envelope.kdf, iterations } });
      const error = await refusal(bytes, PASSPHRASE, {});
      expect(error).toBeInstanceOf(IterationsOutOfRangeError);
      expect(error.message).toContain(iterations.toLocaleString('en-GB'));
      expect(error.message).toMatch(/600,000 to 10,000,000/);
    },
  );
});

describe('passphrase rules', () => {
  it.each(['', '   ', '\t\n'])(
    'refuses a blank passphrase %j, to protect or to open',
    async (p) => {
      await expect(encryptRegisterBytes(small, p, FAST)).rejects.toBeInstanceOf(
        EmptyPassphraseError,
      );
      expect(await refusal(await protect(), p)).toBeInstanceOf(EmptyPassphraseError);
    },
  );

  it.each(['short pass1', 'aaaaaaaaaaaaaaaa', '🔑🔑🔑🔑🔑🔑'])(
    'refuses a weak new passphrase %j, saying the rule',
    async (p) => {
      const error = passphraseWeakness(p);
      expect(error).toBeInstanceOf(WeakPassphraseError);
      expect(error?.message).toMatch(/at least 12 characters/);
      await expect(encryptRegisterBytes(small, p, FAST)).rejects.toBeInstanceOf(
        WeakPassphraseError,
      );
    },
  );

  it('counts characters, not code units: twelve emoji are long enough', async () => {
    const p = '🔑🌊🍵🐝🌈🎻🦔🍐🚲🧭📚🕯';
    expect(passphraseWeakness(p)).toBeNull();
    expect(await decryptRegisterBytes(await protect(small, p), p, OPEN)).toStrictEqual(small);
  });

  it('accepts twelve characters', () => {
    expect(passphraseWeakness('abcdefghijkl')).toBeNull();
  });

  it('opens with an accented passphrase typed in either Unicode form (NFC or NFD)', async () => {
    const composed = 'crème brûlée café'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(
      await decryptRegisterBytes(await protect(small, composed), decomposed, OPEN),
    ).toStrictEqual(small);
    expect(
      await decryptRegisterBytes(await protect(small, decomposed), composed, OPEN),
    ).toStrictEqual(small);
  });

  it('treats a passphrase without its accents as a different passphrase', async () => {
    const error = await refusal(await protect(small, 'crème brûlée café'), 'creme brulee cafe');
    expect(error).toBeInstanceOf(WrongPassphraseError);
  });
});
