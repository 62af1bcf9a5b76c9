/** Turns a failed save into words a person can act on. */
import { ZodError } from 'zod';
import { errorMessage } from '../../components/notifyFailure';
import { ConcurrentChangeError } from '../../db/audit-log';
import { NotFoundError } from '../../db/repos/activities';
import { IntegrityError } from '../../db/repos/integrity';

export interface SaveProblem {
  title: string;
  message: string;
}

export function describeSaveError(error: unknown): SaveProblem {
  if (error instanceof NotFoundError) {
    return {
      title: 'A linked record is missing',
      message: `${error.message} Remove any recipient or funder marked “no longer in the register”, then save again.`,
    };
  }
  if (error instanceof IntegrityError) {
    return { title: 'A link needs correcting', message: error.message };
  }
  if (error instanceof ConcurrentChangeError) {
    return { title: 'Changed at the same moment elsewhere', message: error.message };
  }
  if (error instanceof ZodError) {
    const first = error.issues[0];
    return {
      title: 'The activity could not be saved',
      message: `${first ? `${first.path.join('.') || 'Record'}: ${first.message}. ` : ''}Correct it and save again.`,
    };
  }
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return {
      title: 'There is no room left to save',
      message: 'The disk is full. Free some space, then save again: your changes are still here.',
    };
  }
  const detail = errorMessage(error);
  return {
    title: 'The activity could not be saved',
    message: `${detail} Your changes are still here: try saving again. If it keeps failing, export the register from the File menu so nothing is lost.`,
  };
}
