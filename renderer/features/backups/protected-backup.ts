/**
 * A protected backup, made in the window because only the window ever holds the passphrase:
 * the register file encrypted, with the manifest main keeps beside it (record counts and the
 * register checksum, nothing a person wrote; see electron/backup/protected.ts for why).
 * The verifier is a protected known text: it tells a passphrase typed later from a mistyped
 * one, at the cost of one key derivation, and offers an attacker nothing a backup does not.
 */
import { emptyRegister } from '../../../shared/domain/register';
import type { BackupManifestInfo } from '../../../shared/ipc/contract';
import type { RegisterFile } from '../../../shared/register-file';
import {
  DamagedFileError,
  decryptRegisterBytes,
  encryptRegisterBytes,
} from '../../../shared/register-file/encryption';
import type { Counts } from './words';

const VERIFIER_TEXT = 'Ropa Desk backup passphrase check';

const encoder = new TextEncoder();

/** A new verifier for `passphrase` (a fresh salt each time). */
export async function makeVerifier(passphrase: string): Promise<string> {
  return new TextDecoder().decode(
    await encryptRegisterBytes(encoder.encode(VERIFIER_TEXT), passphrase),
  );
}

/** Resolves when `passphrase` is the one backups are protected with; else throws as decryption does. */
export async function checkVerifier(verifier: string, passphrase: string): Promise<void> {
  const plain = await decryptRegisterBytes(encoder.encode(verifier), passphrase);
  if (new TextDecoder().decode(plain) !== VERIFIER_TEXT) throw new DamagedFileError();
}

/**
 * The manifest of a register file this window has just written (so it needs no validation). A
 * file of an older schema (the backup before an upgrade) lacks the later tables: none of those.
 */
export function manifestOfText(text: string): BackupManifestInfo {
  const file = JSON.parse(text) as RegisterFile;
  const stored = file.register as Partial<Record<keyof Counts, unknown>>;
  const counts = Object.fromEntries(
    (Object.keys(emptyRegister()) as (keyof Counts)[]).map((table) => {
      const value = stored[table];
      return [table, Array.isArray(value) ? value.length : value ? 1 : 0];
    }),
  ) as Counts;
  const { schemaVersion, exportedAt, checksum } = file;
  return { schemaVersion, exportedAt, checksum, counts };
}

/** The bytes and manifest of the protected backup of a register file's `text`. */
export async function protectBackup(
  text: string,
  passphrase: string,
): Promise<{ data: Uint8Array<ArrayBuffer>; manifest: BackupManifestInfo }> {
  const manifest = manifestOfText(text);
  const data = await encryptRegisterBytes(encoder.encode(text), passphrase);
  return { data, manifest };
}
