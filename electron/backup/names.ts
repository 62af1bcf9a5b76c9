/** Backup file names: the time and the reason are in the name, so listing needs no index file. */
import { backupReasons, type BackupReasonName } from '../../shared/ipc/contract';

/** Why a backup was taken: the bridge's list, so the window and the store never disagree. */
export const BACKUP_REASONS = backupReasons;

export type BackupReason = BackupReasonName;

const PREFIX = 'ropa-desk-backup-';
const SUFFIX = '.ropa.json';

// Colons are not allowed in Windows file names, so the time uses hyphens: 2026-11-25T12-00-00.123Z.
const NAME_PATTERN = new RegExp(
  `^${PREFIX}(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})\\.(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.ropa\\.json$`,
);

// writeFileAtomic's temp names: ".<target>.<12 hex>.tmp". Only our own are matched, because
// the user may point backups at a folder that holds other programs' files.
const LEFTOVER_PATTERN = new RegExp(
  `^\\.${PREFIX}.+\\.(ropa|manifest)\\.json\\.[0-9a-f]{12}\\.tmp$`,
);

const MANIFEST_SUFFIX = '.manifest.json';

export interface BackupName {
  name: string;
  /** ISO timestamp (UTC) of the backup. */
  time: string;
  reason: BackupReason;
}

export function backupFileName(timeMs: number, reason: BackupReason): string {
  const stamp = new Date(timeMs).toISOString().replace(/:/g, '-');
  return `${PREFIX}${stamp}-${reason}${SUFFIX}`;
}

/** The backup a name stands for, or null for any other name (which the store never touches). */
export function parseBackupName(name: string): BackupName | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis, reason] = match;
  const time = new Date(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  // Rejects impossible dates such as 2026-02-31, which Date would quietly roll over.
  if (Number.isNaN(time.getTime()) || time.toISOString().slice(0, 10) !== date) return null;
  return { name, time: time.toISOString(), reason: reason as BackupReason };
}

export const isLeftoverTemp = (name: string): boolean => LEFTOVER_PATTERN.test(name);

/** The manifest kept beside a protected backup: its name with ".manifest.json" for ".ropa.json". */
export const manifestFileName = (backupName: string): string =>
  `${backupName.slice(0, -SUFFIX.length)}${MANIFEST_SUFFIX}`;

/** The backup a side manifest belongs to, or null for any other name. */
export function backupOfManifest(name: string): string | null {
  if (!name.endsWith(MANIFEST_SUFFIX)) return null;
  const backup = `${name.slice(0, -MANIFEST_SUFFIX.length)}${SUFFIX}`;
  return parseBackupName(backup) ? backup : null;
}
