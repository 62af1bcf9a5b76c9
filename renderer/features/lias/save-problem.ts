/** Turns a failed save of an LIA into words a person can act on. */
import { errorMessage } from '../../components/notifyFailure';
import { ConcurrentChangeError } from '../../db/audit-log';
import { NotFoundError } from '../../db/repos/activities';
import { IntegrityError } from '../../db/repos/integrity';

export interface SaveProblem {
  title: string;
  message: string;
}

export function describeLiaSaveError(error: unknown): SaveProblem {
  if (error instanceof IntegrityError) {
    return { title: 'An activity needs choosing again', message: error.message };
  }
  if (error instanceof NotFoundError) {
    return {
      title: 'This assessment is no longer in the register',
      message: `${error.message} Your answers are still on screen: copy anything you need, then start a new assessment from the list.`,
    };
  }
  if (error instanceof ConcurrentChangeError) {
    return { title: 'Changed at the same moment elsewhere', message: error.message };
  }
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return {
      title: 'There is no room left to save',
      message: 'The disk is full. Free some space, then save again: your answers are still here.',
    };
  }
  return {
    title: 'The assessment could not be saved',
    message: `${errorMessage(error)} Your answers are still here: try saving again. If it keeps failing, export the register from the File menu so nothing is lost.`,
  };
}
