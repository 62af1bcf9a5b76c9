/**
 * What a backup holds, read from the file itself: record counts per table and the register
 * checksum, which the window compares with IndexedDB at start to notice lost records.
 */
import type { Register } from '../../shared/domain/register';
import { readRegisterFile } from '../../shared/register-file';

export type BackupCounts = Record<keyof Register, number>;

export interface BackupManifest {
  schemaVersion: number;
  exportedAt: string;
  checksum: string;
  counts: BackupCounts;
}

export function registerCounts(register: Register): BackupCounts {
  const entries = Object.entries(register).map(([table, value]) => [
    table,
    Array.isArray(value) ? value.length : value === null ? 0 : 1,
  ]);
  return Object.fromEntries(entries) as BackupCounts;
}

// Fatal, so bytes that are not UTF-8 are reported as damage rather than silently replaced.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and fully validates a register file; throws the reader's plain-language error. */
export async function readManifest(bytes: Uint8Array): Promise<BackupManifest> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('The file is not text: it is damaged or is not a Ropa Desk register file.');
  }
  const result = await readRegisterFile(text);
  return {
    schemaVersion: result.schemaVersion,
    exportedAt: result.exportedAt,
    checksum: result.checksum,
    counts: registerCounts(result.register),
  };
}
