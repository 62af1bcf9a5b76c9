/**
 * Protected backups: main cannot read them (it never has the passphrase), so it checks their
 * envelope only, and keeps the manifest the window sends beside each one, in a small file.
 *
 * What the side manifest holds, and why that is not secret: the register's schema version, its
 * export time, how many records each table holds, and the register's SHA-256 checksum. Counts
 * say how big the register is (as the file size does anyway), never what is in it; the
 * checksum is a one-way hash over the whole register, unique ids included, so it cannot be
 * reversed or matched by guessing. Names, purposes and every other word stay in the envelope.
 * These are what the start-up check for lost records needs, without the passphrase.
 */
import { z } from 'zod';
import { backupManifestSchema } from '../../shared/ipc/contract';
import { MAX_REGISTER_FILE_BYTES } from '../../shared/register-file';
import type { BackupManifest } from './manifest';

/** Base64 makes a protected file a third larger than the register file inside it. */
export const MAX_PROTECTED_FILE_BYTES = Math.ceil((MAX_REGISTER_FILE_BYTES * 4) / 3) + 64 * 1024;

/** A side manifest is a few hundred bytes; anything far larger is not ours. */
export const MAX_SIDE_MANIFEST_BYTES = 64 * 1024;

const SIDE_FORMAT = 'ropa-desk.backup-manifest';

const sideManifestSchema = z.strictObject({
  format: z.literal(SIDE_FORMAT),
  version: z.literal(1),
  manifest: backupManifestSchema,
});

export function sideManifestBytes(manifest: BackupManifest): Uint8Array {
  const body = { format: SIDE_FORMAT, version: 1, manifest };
  return new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`);
}

/**
 * The manifest kept beside a protected backup, or null when it is unreadable: the backup itself
 * is still whole and opens with its passphrase, so only its counts are unknown.
 */
export function readSideManifest(bytes: Uint8Array): BackupManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const parsed = sideManifestSchema.safeParse(json);
  return parsed.success ? parsed.data.manifest : null;
}
