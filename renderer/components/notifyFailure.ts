/** Telling the person that something they asked for failed, in the error's own words. */
import { notifications } from '@mantine/notifications';
import { ZodError } from 'zod';
import { describeIssues } from '../../shared/register-file/issues';

/** The words of a thrown error, whatever was thrown; a validation error as a sentence. */
export const errorMessage = (error: unknown): string =>
  error instanceof ZodError
    ? `${describeIssues(error)}.`
    : error instanceof Error
      ? error.message
      : String(error);

/** A red notification that stays until dismissed. */
export function notifyFailure(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: false });
}
