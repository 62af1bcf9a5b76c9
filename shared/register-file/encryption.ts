/**
 * Passphrase protection for a register file's bytes (WebCrypto only, so it runs in the main
 * process and in the window alike).
 *
 * API
 * - `encryptRegisterBytes(bytes, passphrase, { iterations? })` → the protected file's bytes.
 * - `decryptRegisterBytes(envelopeBytes, passphrase, { minIterations? })` → the original bytes.
 * - `isEncryptedRegister(bytes)` → whether a file is a protected one (so the caller asks for a
 *   passphrase instead of reading it as a register file).
 * - `passphraseWeakness(passphrase)` → why a new passphrase is refused, or null; for live
 *   feedback before anything is encrypted.
 * - `checkProtectedFile(envelopeBytes, { minIterations? })` → resolves when a protected file is
 *   whole and could be opened with the right passphrase; throws as `decryptRegisterBytes` would
 *   before any passphrase is tried.
 * - Every refusal is a `ProtectedFileError` subclass with a `problem` code and a message a
 *   person can act on. The `iterations` and `minIterations` options exist only so tests stay
 *   fast; callers leave them out.
 *
 * The envelope is pretty-printed JSON (UTF-8), written with `format` first:
 *   { format: 'ropa-desk.encrypted', version: 1,
 *     kdf: { name: 'PBKDF2-SHA256', iterations, salt }, cipher: { name: 'AES-256-GCM', iv },
 *     keyCheck, ciphertext, checksum: 'sha256:…' }   (salt, iv, keyCheck, ciphertext in base64)
 * JSON rather than binary because a register file is JSON text already: a person who opens a
 * protected file in an editor sees what it is and which Ropa Desk made it, and the same
 * size limits and reading paths apply. Base64 costs a third more bytes, which at the largest
 * registers (about 40 MB) is acceptable.
 *
 * Keys: PBKDF2-SHA256 (600,000 rounds, 16-byte random salt) over the NFC-normalised
 * passphrase gives a 256-bit secret; HKDF-SHA256 splits it into the AES-256-GCM key and a
 * 32-byte key-check value. The key check costs an attacker no less than the GCM tag does, and
 * PBKDF2 runs once, so the owner pays no more than the attacker. The header (format, version,
 * KDF name, rounds, salt, cipher name, IV) is the GCM additional data.
 *
 * Telling a wrong passphrase from a changed file: `checksum` is an unkeyed SHA-256 over the
 * canonical JSON of every other field. Any accidental change to any byte fails it (or fails
 * parsing first), and is reported as damage before any passphrase is tried. With the checksum
 * intact, a key-check mismatch means the wrong passphrase; a key check that matches but a GCM
 * tag that fails means the file was altered on purpose, and is reported as damage. The one
 * case that cannot be told apart: someone deliberately changes the salt or rounds and
 * recomputes the checksum; that file is still refused, as a wrong passphrase.
 *
 * Passphrase rule: used exactly as typed, after Unicode NFC normalisation (so "é" typed as one
 * character or as "e" plus an accent opens the same file). A new passphrase needs at least 12
 * characters and may not be one character repeated; opening a file only refuses a blank one.
 * A forgotten passphrase cannot be recovered by anyone: the UI must say so.
 */
import { canonicalJson, sha256Hex } from '../util/hash';
import { REGISTER_FORMAT } from './format';

export const ENCRYPTED_FORMAT = 'ropa-desk.encrypted';
export const ENCRYPTED_VERSION = 1;
export const KDF_NAME = 'PBKDF2-SHA256';
export const CIPHER_NAME = 'AES-256-GCM';
export const DEFAULT_ITERATIONS = 600_000;
/** Fewer rounds than we write would mean a weakly protected file; more than this would hang. */
export const MIN_ITERATIONS = DEFAULT_ITERATIONS;
export const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 12;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_CHECK_BYTES = 32;
const TAG_BYTES = 16;

export type ProtectedFileProblem =
  | 'empty-passphrase'
  | 'weak-passphrase'
  | 'wrong-passphrase'
  | 'damaged'
  | 'newer-version'
  | 'iterations-out-of-range'
  | 'not-protected';

export class ProtectedFileError extends Error {
  constructor(
    readonly problem: ProtectedFileProblem,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class EmptyPassphraseError extends ProtectedFileError {
  constructor() {
    super(
      'empty-passphrase',
      'Enter a passphrase: a protected file cannot be made or opened without one.',
    );
  }
}

export class WeakPassphraseError extends ProtectedFileError {
  constructor() {
    super(
      'weak-passphrase',
      `Choose a longer passphrase: at least ${MIN_PASSPHRASE_LENGTH} characters, not one character repeated. A few unrelated words, such as “kettle harbour violet”, are easy to remember and hard to guess.`,
    );
  }
}

export class WrongPassphraseError extends ProtectedFileError {
  constructor() {
    super(
      'wrong-passphrase',
      'The passphrase is not the one this file was protected with. Check for typing mistakes and Caps Lock, then try again.',
    );
  }
}

export class DamagedFileError extends ProtectedFileError {
  constructor() {
    super(
      'damaged',
      'This file has been changed or damaged since it was protected; it cannot be opened. Use a backup.',
    );
  }
}

export class NewerVersionError extends ProtectedFileError {
  constructor(readonly version: number) {
    super(
      'newer-version',
      `This file was protected by a newer Ropa Desk (protected-file version ${version}; this Ropa Desk reads version ${ENCRYPTED_VERSION}). Update Ropa Desk to open it.`,
    );
  }
}

export class IterationsOutOfRangeError extends ProtectedFileError {
  constructor(
    readonly iterations: number,
    min: number,
  ) {
    const n = (value: number): string => value.toLocaleString('en-GB');
    super(
      'iterations-out-of-range',
      `This file asks for ${n(iterations)} key-strengthening rounds, outside the ${n(min)} to ${n(MAX_ITERATIONS)} that Ropa Desk accepts, so it was not opened. Ropa Desk never writes such a file: it may have been altered on purpose. Use a backup.`,
    );
  }
}

export class NotProtectedError extends ProtectedFileError {
  constructor() {
    super(
      'not-protected',
      'This register file is not protected with a passphrase: open it without one.',
    );
  }
}

export interface EncryptOptions {
  iterations?: number;
}

export interface DecryptOptions {
  minIterations?: number;
}

interface Header {
  format: typeof ENCRYPTED_FORMAT;
  version: typeof ENCRYPTED_VERSION;
  kdf: { name: typeof KDF_NAME; iterations: number; salt: string };
  cipher: { name: typeof CIPHER_NAME; iv: string };
}

interface Envelope extends Header {
  keyCheck: string;
  ciphertext: string;
  checksum: string;
}

const encoder = new TextEncoder();

/** WebCrypto's types want bytes over an ArrayBuffer; a SharedArrayBuffer view is copied. */
const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);

function toBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // In chunks, as fromCharCode cannot take millions of arguments; apply takes a typed array
  // as it is, where spreading one is several times slower on a 40 MB register.
  for (let i = 0; i < bytes.length; i += 0x2000) {
    const chunk = bytes.subarray(i, i + 0x2000) as unknown as number[];
    chunks.push(String.fromCharCode.apply(null, chunk));
  }
  return btoa(chunks.join(''));
}

/** Strict: atob alone would skip spaces and accept missing padding. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasExactKeys = (value: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));

/** The passphrase as bytes; NFC so the same characters typed differently give the same key. */
const passphraseBytes = (passphrase: string): Uint8Array<ArrayBuffer> =>
  encoder.encode(passphrase.normalize('NFC'));

const isBlank = (passphrase: string): boolean => passphrase.trim() === '';

/** Why `passphrase` may not protect a file, or null when it may. */
export function passphraseWeakness(
  passphrase: string,
): EmptyPassphraseError | WeakPassphraseError | null {
  if (isBlank(passphrase)) return new EmptyPassphraseError();
  const characters = Array.from(passphrase.normalize('NFC'));
  if (characters.length < MIN_PASSPHRASE_LENGTH || new Set(characters).size === 1) {
    return new WeakPassphraseError();
  }
  return null;
}

const additionalData = (header: Header): Uint8Array<ArrayBuffer> =>
  encoder.encode(canonicalJson(header));

const envelopeChecksum = async (fields: Omit<Envelope, 'checksum'>): Promise<string> =>
  `sha256:${await sha256Hex(canonicalJson(fields))}`;

async function deriveKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<{ key: CryptoKey; keyCheck: Uint8Array<ArrayBuffer> }> {
  const subtle = crypto.subtle;
  const base = await subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const secret = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    256,
  );
  const hkdf = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const info = (purpose: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: encoder.encode(`${ENCRYPTED_FORMAT}/${ENCRYPTED_VERSION} ${purpose}`),
  });
  const key = await subtle.deriveKey(
    info('AES-256-GCM key'),
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const keyCheck = new Uint8Array(
    await subtle.deriveBits(info('key check'), hkdf, KEY_CHECK_BYTES * 8),
  );
  return { key, keyCheck };
}

/** Protects `bytes` with `passphrase`; fresh salt and IV each time. */
export async function encryptRegisterBytes(
  bytes: Uint8Array,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const weakness = passphraseWeakness(passphrase);
  if (weakness) throw weakness;
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: Header = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: KDF_NAME, iterations, salt: toBase64(salt) },
    cipher: { name: CIPHER_NAME, iv: toBase64(iv) },
  };
  const { key, keyCheck } = await deriveKeys(passphrase, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: TAG_BYTES * 8 },
    key,
    own(bytes),
  );
  const fields = {
    ...header,
    keyCheck: toBase64(keyCheck),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
  const envelope: Envelope = { ...fields, checksum: await envelopeChecksum(fields) };
  return encoder.encode(`${JSON.stringify(envelope, null, 2)}\n`);
}

const ENCRYPTED_PREFIX = new RegExp(
  `^\\uFEFF?\\s*\\{\\s*"format"\\s*:\\s*"${ENCRYPTED_FORMAT.replace('.', '\\.')}"`,
);

/** Whether `bytes` start as a protected file does (format name first, as we write it). */
export function isEncryptedRegister(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, 256));
  return ENCRYPTED_PREFIX.test(start);
}

interface Parsed {
  header: Header;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  keyCheck: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Every field checked for shape, then the checksum; anything off is damage. */
async function parseEnvelope(bytes: Uint8Array): Promise<Parsed> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new DamagedFileError();
  }
  if (!isRecord(json)) throw new DamagedFileError();
  if (json.format === REGISTER_FORMAT) throw new NotProtectedError();
  if (json.format !== ENCRYPTED_FORMAT) throw new DamagedFileError();
  const version = json.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new DamagedFileError();
  }
  if (version > ENCRYPTED_VERSION) throw new NewerVersionError(version);
  const { kdf, cipher, keyCheck, ciphertext, checksum } = json;
  if (
    !hasExactKeys(json, [
      'format',
      'version',
      'kdf',
      'cipher',
      'keyCheck',
      'ciphertext',
      'checksum',
    ]) ||
    !isRecord(kdf) ||
    !hasExactKeys(kdf, ['name', 'iterations', 'salt']) ||
    kdf.name !== KDF_NAME ||
    typeof kdf.iterations !== 'number' ||
    !Number.isInteger(kdf.iterations) ||
    typeof kdf.salt !== 'string' ||
    !isRecord(cipher) ||
    !hasExactKeys(cipher, ['name', 'iv']) ||
    cipher.name !== CIPHER_NAME ||
    typeof cipher.iv !== 'string' ||
    typeof keyCheck !== 'string' ||
    typeof ciphertext !== 'string' ||
    typeof checksum !== 'string'
  ) {
    throw new DamagedFileError();
  }
  const header: Header = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: KDF_NAME, iterations: kdf.iterations, salt: kdf.salt },
    cipher: { name: CIPHER_NAME, iv: cipher.iv },
  };
  const salt = fromBase64(kdf.salt);
  const iv = fromBase64(cipher.iv);
  const check = fromBase64(keyCheck);
  const sealed = fromBase64(ciphertext);
  if (
    salt?.length !== SALT_BYTES ||
    iv?.length !== IV_BYTES ||
    check?.length !== KEY_CHECK_BYTES ||
    !sealed ||
    sealed.length < TAG_BYTES ||
    (await envelopeChecksum({ ...header, keyCheck, ciphertext })) !== checksum
  ) {
    throw new DamagedFileError();
  }
  return { header, salt, iv, keyCheck: check, ciphertext: sealed };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/**
 * Checks a protected file as far as anyone can without its passphrase (well-formed envelope,
 * intact checksum, accepted rounds), throwing what `decryptRegisterBytes` would throw before
 * trying a passphrase: so a damaged file is reported before a person is asked to type one, and
 * a store can accept a protected backup it cannot read.
 */
export async function checkProtectedFile(
  envelopeBytes: Uint8Array,
  options: DecryptOptions = {},
): Promise<void> {
  const { header } = await parseEnvelope(envelopeBytes);
  const min = options.minIterations ?? MIN_ITERATIONS;
  const { iterations } = header.kdf;
  if (iterations < min || iterations > MAX_ITERATIONS) {
    throw new IterationsOutOfRangeError(iterations, min);
  }
}

/** Opens a protected file: the original bytes, or a `ProtectedFileError` saying why not. */
export async function decryptRegisterBytes(
  envelopeBytes: Uint8Array,
  passphrase: string,
  options: DecryptOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { header, salt, iv, keyCheck, ciphertext } = await parseEnvelope(envelopeBytes);
  const min = options.minIterations ?? MIN_ITERATIONS;
  const { iterations } = header.kdf;
  if (iterations < min || iterations > MAX_ITERATIONS) {
    throw new IterationsOutOfRangeError(iterations, min);
  }
  if (isBlank(passphrase)) throw new EmptyPassphraseError();
  const derived = await deriveKeys(passphrase, salt, iterations);
  if (!sameBytes(derived.keyCheck, keyCheck)) throw new WrongPassphraseError();
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: TAG_BYTES * 8 },
      derived.key,
      ciphertext,
    );
    return new Uint8Array(plain);
  } catch {
    throw new DamagedFileError();
  }
}
