import { describe, expect, it } from 'vitest';
import {
  isAcceptable,
  newPassphraseProblems,
} from '../../../renderer/features/passphrase/new-passphrase';

const GOOD = 'kettle harbour violet';

describe('newPassphraseProblems', () => {
  it('says nothing while both fields are still empty', () => {
    expect(newPassphraseProblems('', '', false)).toEqual({ passphrase: null, repeat: null });
  });

  it('asks for a passphrase and its repeat once the person tries to export', () => {
    const problems = newPassphraseProblems('', '', true);
    expect(problems.passphrase).toMatch(/Enter a passphrase/);
    expect(problems.repeat).toMatch(/Type the passphrase again/);
    expect(isAcceptable(problems)).toBe(false);
  });

  it('refuses a short passphrase as it is typed', () => {
    expect(newPassphraseProblems('short', '', false).passphrase).toMatch(/longer passphrase/);
  });

  it('says when the repeat differs, only once something is typed in it', () => {
    expect(newPassphraseProblems(GOOD, '', false).repeat).toBeNull();
    expect(newPassphraseProblems(GOOD, 'kettle', false).repeat).toMatch(/not the same/);
  });

  it('treats the same characters typed differently (NFC) as the same passphrase', () => {
    const composed = 'café harbour violet';
    const decomposed = 'cafe\u0301 harbour violet';
    expect(isAcceptable(newPassphraseProblems(composed, decomposed, true))).toBe(true);
  });

  it('accepts a strong passphrase typed twice', () => {
    expect(isAcceptable(newPassphraseProblems(GOOD, GOOD, true))).toBe(true);
  });
});
