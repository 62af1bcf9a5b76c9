/**
 * The backup before a schema migration: when IndexedDB holds an older schema version than this
 * release, the rows are read as stored — with plain IndexedDB, before Dexie opens and upgrades
 * them — and written as a register file of that older version, which any release can import.
 * When backups are protected it is protected too: the passphrase is asked for first (at start,
 * none is in memory yet), and without it nothing is written and nothing is upgraded.
 */
import { emptyRegister } from '../../../shared/domain/register';
import {
  CURRENT_SCHEMA_VERSION,
  REGISTER_FORMAT,
  registerChecksum,
} from '../../../shared/register-file/format';
import { DATABASE_NAME } from '../../db/database';
import type { BackupBridge } from '../../platform/types';
import { backupPassphraseState, loadProtection, passphraseForBackup } from './backup-passphrase';
import { backupRequest, type BackupOutcome } from './take-backup';
import type { Counts } from './words';

/** Dexie stores version n as native version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

// The register file's keys in its own order (the domain's empty register); older databases
// hold only the first few.
const TABLES = Object.keys(emptyRegister()) as (keyof Counts)[];

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The stored schema version, or null when there is no database yet. */
async function storedVersion(factory: IDBFactory, name: string): Promise<number | null> {
  const found = (await factory.databases()).find((db) => db.name === name)?.version;
  return found === undefined ? null : found / DEXIE_VERSION_FACTOR;
}

/** Every register table the database holds, exactly as stored, in one read transaction. */
async function storedRegister(factory: IDBFactory, name: string) {
  // No version asked for, so the database opens as it is, without any upgrade.
  const db = await done(factory.open(name));
  try {
    const present = TABLES.filter((table) => db.objectStoreNames.contains(table));
    if (present.length === 0) return null;
    const tx = db.transaction(present, 'readonly');
    const rows = await Promise.all(
      present.map((table) => done(tx.objectStore(table).getAll() as IDBRequest<unknown[]>)),
    );
    const register: Record<string, unknown> = {};
    present.forEach((table, i) => {
      const stored = rows[i] ?? [];
      register[table] = table === 'organisation' ? (stored[0] ?? null) : stored;
    });
    if (Array.isArray(register.auditEvents)) {
      register.auditEvents = [...(register.auditEvents as { seq: number }[])].sort(
        (a, b) => a.seq - b.seq,
      );
    }
    const empty = present.every((table) =>
      table === 'organisation'
        ? register[table] === null
        : rows[present.indexOf(table)]?.length === 0,
    );
    return empty ? null : register;
  } finally {
    db.close();
  }
}

export type MigrationBackupOutcome = BackupOutcome | { status: 'not-needed' };

export const NO_PASSPHRASE_FOR_UPGRADE =
  'Your backups are protected, and without the passphrase the backup before the upgrade could not be taken. Try again and enter it, or upgrade without a backup.';

const UNREADABLE_PROTECTION =
  'Your backups are protected, but Ropa Desk cannot read its record of the passphrase, so the backup before the upgrade could not be protected. Upgrade without a backup, then set the passphrase again in Settings ▸ Backups.';

export interface MigrationBackupOptions {
  factory?: IDBFactory;
  name?: string;
  now?: Date;
  /** Asks for the backup passphrase; true once it is in memory ("Your backups are protected"). */
  askPassphrase: () => Promise<boolean>;
}

export async function backupBeforeMigration(
  bridge: Pick<BackupBridge, 'writeBackup' | 'backupProtection'>,
  {
    factory = indexedDB,
    name = DATABASE_NAME,
    now = new Date(),
    askPassphrase,
  }: MigrationBackupOptions,
): Promise<MigrationBackupOutcome> {
  let text: string;
  let version: number | null;
  try {
    version = await storedVersion(factory, name);
    if (version === null || version >= CURRENT_SCHEMA_VERSION) return { status: 'not-needed' };
    const register = await storedRegister(factory, name);
    if (register === null) return { status: 'empty' };
    const file = {
      format: REGISTER_FORMAT,
      schemaVersion: version,
      exportedAt: now.toISOString(),
      generator: `Ropa Desk ${import.meta.env.PACKAGE_VERSION ?? ''}`.trim(),
      checksum: await registerChecksum(register),
      register,
    };
    text = `${JSON.stringify(file, null, 2)}\n`;
  } catch (error) {
    return {
      status: 'failed',
      message: `The register could not be read for a backup before the upgrade (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  await loadProtection(bridge);
  let protection = passphraseForBackup();
  if (protection.protect && protection.passphrase === null && (await askPassphrase())) {
    protection = passphraseForBackup();
  }
  if (protection.protect && protection.passphrase === null) {
    const damaged = backupPassphraseState().protection.status === 'damaged';
    return {
      status: 'failed',
      message: damaged ? UNREADABLE_PROTECTION : NO_PASSPHRASE_FOR_UPGRADE,
    };
  }
  try {
    return await bridge.writeBackup(
      await backupRequest(
        'before-migration',
        text,
        protection.protect ? protection.passphrase : null,
      ),
    );
  } catch (error) {
    // The window waits on this answer at start: a refusal must come back as one, never hang it.
    return {
      status: 'failed',
      message: `The backup before the upgrade could not be written (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}
