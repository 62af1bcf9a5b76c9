/** What can be wrong with a register file, and how it is said. */

export type RegisterFileProblem =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-a-register'
  | 'newer-version'
  | 'unknown-version'
  | 'checksum-mismatch'
  | 'invalid';

export class RegisterFileError extends Error {
  constructor(
    readonly problem: RegisterFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'RegisterFileError';
  }
}

/** Zod's issues as one sentence a person can act on: the first three, each with its place. */
export function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : 'the register';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}
