/** The reader validates each record once yet says exactly what a whole-register check says. */
import { describe, expect, it } from 'vitest';
import { registerSchema, type Register } from '../../../../shared/domain/register';
import { registerChecksum, writeRegisterFile } from '../../../../shared/register-file/format';
import { describeIssues } from '../../../../shared/register-file/issues';
import { readRegisterFile, RegisterFileError } from '../../../../shared/register-file/read';
import { NOW, smallRegister, validActivity, validThirdParty } from '../fixtures';
import { refusal } from './refusal';

type Loose = Record<string, unknown>;
type Envelope = Loose & { register: Loose };

/** A file holding `register` as given, with a checksum that matches it. */
async function fileOf(register: Loose): Promise<string> {
  const file = JSON.parse(await writeRegisterFile(smallRegister(), NOW, 'test')) as Envelope;
  file.register = register;
  file.checksum = await registerChecksum(register);
  return JSON.stringify(file);
}

/** What the whole register's schema says of `register`, as the reader words it. */
function wholeRegisterMessage(register: Loose): string {
  const parsed = registerSchema.safeParse(register);
  if (parsed.success) throw new Error('the case should be invalid');
  return `The register in the file is not valid — ${describeIssues(parsed.error)}. Correct it in the copy it came from and export it again, or try the backup copy.`;
}

async function refusalMessage(text: string): Promise<string> {
  const error = await refusal(text);
  expect(error.problem).toBe('invalid');
  return error.message;
}

const loose = (register: Register): Loose => JSON.parse(JSON.stringify(register)) as Loose;

const cases: [string, () => Loose][] = [
  [
    'an activity linking to a missing third party',
    () => loose(smallRegister({ activities: [validActivity({ recipientIds: ['tp-gone'] })] })),
  ],
  [
    'two activities with one id',
    () => loose(smallRegister({ activities: [validActivity(), validActivity()] })),
  ],
  [
    'a funder that is not a funder, and an unknown audience',
    () =>
      loose(
        smallRegister({
          activities: [validActivity({ funderIds: ['tp-1'], audienceIds: ['aud-none'] })],
          thirdParties: [validThirdParty({ type: 'accountant' })],
        }),
      ),
  ],
  ['a list that is missing', () => ({ ...loose(smallRegister()), transfers: undefined })],
  ['a list that is a string', () => ({ ...loose(smallRegister()), reviews: 'none' })],
  ['an organisation of the wrong shape', () => ({ ...loose(smallRegister()), organisation: 7 })],
];

describe('validating a register file once', () => {
  it.each(cases)('words %s as the whole-register check does', async (_label, make) => {
    const register = make();
    expect(await refusalMessage(await fileOf(register))).toBe(wholeRegisterMessage(register));
  });

  it('returns records as their schemas parse them, dropping keys no schema knows', async () => {
    const register = loose(smallRegister());
    const [activity] = register.activities as Loose[];
    if (activity === undefined) throw new Error('fixture has an activity');
    activity.scribble = 'not part of an activity';
    register.stray = 'not part of a register';

    const result = await readRegisterFile(await fileOf(register));

    expect(result.register).toStrictEqual(smallRegister());
  });

  it('still refuses deep nesting after a string that ends in an escaped backslash', async () => {
    const file = JSON.parse(await writeRegisterFile(smallRegister(), NOW, 'test')) as Envelope;
    file.generator = 'ends in a backslash \\';
    const text = JSON.stringify(file).replace(
      '"checksum"',
      `"x":${'['.repeat(100)}${']'.repeat(100)},"checksum"`,
    );
    const error: unknown = await readRegisterFile(text).catch((refused: unknown) => refused);
    expect(error).toBeInstanceOf(RegisterFileError);
    expect((error as RegisterFileError).problem).toBe('not-a-register');
  });
});
