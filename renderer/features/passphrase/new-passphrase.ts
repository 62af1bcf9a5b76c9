/** Whether a new passphrase and its repeat may protect a file, worded for the fields under them. */
import { passphraseWeakness } from '../../../shared/register-file/encryption';

export interface NewPassphraseProblems {
  passphrase: string | null;
  repeat: string | null;
}

/**
 * The repeat is judged only once something is typed in it, so a person is not told "they do not
 * match" while still typing the first field; `submitted` asks for every problem at once.
 */
export function newPassphraseProblems(
  passphrase: string,
  repeat: string,
  submitted: boolean,
): NewPassphraseProblems {
  const weakness = passphrase === '' && !submitted ? null : passphraseWeakness(passphrase);
  let repeatProblem: string | null = null;
  if (repeat === '' && submitted) repeatProblem = 'Type the passphrase again, exactly as above.';
  else if (repeat !== '' && repeat.normalize('NFC') !== passphrase.normalize('NFC')) {
    repeatProblem = 'The two passphrases are not the same. Type it again, exactly as above.';
  }
  return { passphrase: weakness?.message ?? null, repeat: repeatProblem };
}

export const isAcceptable = (problems: NewPassphraseProblems): boolean =>
  problems.passphrase === null && problems.repeat === null;
