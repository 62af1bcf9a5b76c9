/** Turns file-system errors into sentences that tell a non-technical user what to do next. */
import { basename, dirname } from 'node:path';

function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function describeSaveError(error: unknown, path: string): string {
  const name = `“${basename(path)}”`;
  const folder = `“${dirname(path)}”`;
  switch (codeOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough free space to save ${name}. Free some space on that disk or choose another folder, then save again. Nothing was changed.`;
    case 'EACCES':
    case 'EPERM':
      return `Ropa Desk is not allowed to write to ${folder}. Choose another folder (for example Documents), or close ${name} if another program has it open, then save again.`;
    case 'EBUSY':
      return `${name} is open in another program. Close it there, then save again. Nothing was changed.`;
    case 'EROFS':
      return `${folder} is read-only. Choose another folder, then save again.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder ${folder} no longer exists (was a drive removed?). Choose another folder, then save again.`;
    case 'ENAMETOOLONG':
      return `The name ${name} is too long for this disk. Choose a shorter name, then save again.`;
    default:
      return `${name} could not be saved (${describeCause(error)}). Nothing was changed; try again or choose another folder.`;
  }
}

export function describeOpenError(error: unknown, path: string): string {
  const name = `“${basename(path)}”`;
  switch (codeOf(error)) {
    case 'ENOENT':
      return `${name} no longer exists. It may have been moved or deleted; choose it again.`;
    case 'EACCES':
    case 'EPERM':
      return `Ropa Desk is not allowed to read ${name}. Copy it to your Documents folder and open the copy.`;
    case 'EISDIR':
      return `${name} is a folder. Choose a file inside it.`;
    default:
      return `${name} could not be read (${describeCause(error)}). Try again, or copy the file to another folder first.`;
  }
}

function describeCause(error: unknown): string {
  return codeOf(error) ?? (error instanceof Error ? error.message : String(error));
}

/** 1536 → "1.5 KB"; the user sees sizes in the units their file manager shows. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${rounded} ${units[unit] ?? 'GB'}`;
}
