/** Backup failures as sentences that say what to do; every one says whether the register is safe. */

export type BackupProblem =
  | 'no-space'
  | 'not-allowed'
  | 'folder-missing'
  | 'disk-error'
  | 'not-a-register'
  | 'unknown-backup'
  | 'missing-backup'
  | 'failed';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BackupError';
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

const SAFE = 'Your register itself is safe.';

/** Why a backup could not be written to `folder`. */
export function backupWriteError(error: unknown, folder: string): BackupError {
  const where = `“${folder}”`;
  const make = (problem: BackupProblem, message: string) =>
    new BackupError(problem, `${message} ${SAFE}`, { cause: error });
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return make(
        'no-space',
        `There is not enough free space for a backup in ${where}. Free some space or choose another backup folder in Settings.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return make(
        'not-allowed',
        `Ropa Desk is not allowed to write backups to ${where}. Choose another backup folder in Settings.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return make(
        'folder-missing',
        `The backup folder ${where} cannot be reached (was a drive removed?). Reconnect it or choose another backup folder in Settings.`,
      );
    case 'EIO':
      return make(
        'disk-error',
        `The disk holding ${where} reported an error while a backup was written. Check the disk, or choose another backup folder in Settings.`,
      );
    default:
      return make(
        'failed',
        `A backup could not be written to ${where} (${describeCause(error)}). Ropa Desk tries again at the next backup; if this keeps happening, choose another backup folder in Settings.`,
      );
  }
}

/** Why the backup folder or one backup in it could not be read. */
export function backupReadError(error: unknown, path: string): BackupError {
  const where = `“${path}”`;
  switch (errorCode(error)) {
    case 'ENOENT':
      return new BackupError(
        'missing-backup',
        `${where} is no longer there: it may have been removed by hand or by a newer backup replacing it. Choose another backup.`,
        { cause: error },
      );
    case 'EACCES':
    case 'EPERM':
      return new BackupError(
        'not-allowed',
        `Ropa Desk is not allowed to read ${where}. Check the folder’s permissions, or choose another backup folder in Settings.`,
        { cause: error },
      );
    default:
      return new BackupError(
        'failed',
        `${where} could not be read (${describeCause(error)}). Try again; if this keeps happening, check the disk.`,
        { cause: error },
      );
  }
}

export function describeCause(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
