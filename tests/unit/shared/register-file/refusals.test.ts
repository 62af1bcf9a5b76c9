import { describe, expect, it } from 'vitest';
import { registerChecksum, writeRegisterFile } from '../../../../shared/register-file/format';
import { readRegisterFile, type RegisterFileProblem } from '../../../../shared/register-file/read';
import type { Register } from '../../../../shared/domain/register';
import { NOW, smallRegister } from '../fixtures';
import { refusal } from './refusal';

type Envelope = Record<string, unknown> & { register: Record<string, unknown> & Register };

const validText = (): Promise<string> => writeRegisterFile(smallRegister(), NOW, 'test');
const envelope = async (): Promise<Envelope> => JSON.parse(await validText()) as Envelope;

const expectProblem = async (text: string, problem: RegisterFileProblem): Promise<string> => {
  const error = await refusal(text);
  expect(error.problem).toBe(problem);
  return error.message;
};

describe('register file refusals', () => {
  it.each(['', '   \n\t '])('refuses an empty file (%j)', async (text) => {
    expect(await expectProblem(text, 'empty')).toMatch(/empty/);
  });

  it('refuses a file that is only a byte order mark', async () => {
    await expectProblem('\uFEFF', 'empty');
  });

  it('accepts a file that starts with a UTF-8 byte order mark', async () => {
    const result = await readRegisterFile(`\uFEFF${await validText()}`);
    expect(result.register).toStrictEqual(smallRegister());
  });

  it('refuses text that is not JSON', async () => {
    expect(await expectProblem('ROPA register\nname,purpose\n', 'not-json')).toMatch(
      /not valid JSON/,
    );
  });

  it('refuses a truncated file', async () => {
    const text = await validText();
    await expectProblem(text.slice(0, Math.floor(text.length / 2)), 'not-json');
  });

  it.each([
    ['a package.json', '{"name":"ropa-desk","version":"0.1.0"}'],
    ['an array', '[1, 2, 3]'],
    ['null', 'null'],
    ['a string', '"ropa-desk.register"'],
  ])('refuses foreign JSON: %s', async (_label, text) => {
    await expectProblem(text, 'not-a-register');
  });

  it('refuses a file with a different format name', async () => {
    const file = await envelope();
    file.format = 'ropa-desk.backup';
    expect(await expectProblem(JSON.stringify(file), 'not-a-register')).toMatch(/format name/);
  });

  it('refuses a newer schema version, naming that version', async () => {
    const file = await envelope();
    file.schemaVersion = 7;
    const message = await expectProblem(JSON.stringify(file), 'newer-version');
    expect(message).toMatch(/schema 7/);
    expect(message).toMatch(/Update Ropa Desk/);
  });

  it.each([0, -1, 1.5, '1', null])('refuses schema version %j', async (version) => {
    const file = await envelope();
    file.schemaVersion = version;
    await expectProblem(JSON.stringify(file), 'unknown-version');
  });

  it('refuses a file without its checksum', async () => {
    const file = await envelope();
    delete file.checksum;
    expect(await expectProblem(JSON.stringify(file), 'invalid')).toMatch(/checksum/);
  });

  it('refuses content changed after export', async () => {
    const file = await envelope();
    const organisation = file.register.organisation;
    if (organisation === null) throw new Error('fixture has an organisation');
    organisation.name = 'Someone Else Ltd';
    expect(await expectProblem(JSON.stringify(file), 'checksum-mismatch')).toMatch(
      /changed or damaged/,
    );
  });

  it('refuses a deleted activity even when the rest is intact', async () => {
    const file = await envelope();
    file.register.activities = [];
    await expectProblem(JSON.stringify(file), 'checksum-mismatch');
  });

  it('refuses invalid content with a valid checksum, naming the field', async () => {
    const file = await envelope();
    const organisation = file.register.organisation;
    if (organisation === null) throw new Error('fixture has an organisation');
    organisation.companyNumber = '123';
    file.checksum = await registerChecksum(file.register);
    const message = await expectProblem(JSON.stringify(file), 'invalid');
    expect(message).toMatch(/organisation\.companyNumber/);
  });

  it('refuses a dangling link with a valid checksum', async () => {
    const file = await envelope();
    const [activity] = file.register.activities;
    if (activity === undefined) throw new Error('fixture has an activity');
    activity.recipientIds = ['tp-nowhere'];
    file.checksum = await registerChecksum(file.register);
    expect(await expectProblem(JSON.stringify(file), 'invalid')).toMatch(/tp-nowhere/);
  });

  it('refuses 10,000-deep nesting quickly and without overflowing the stack', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const inside = `{"format":"ropa-desk.register","schemaVersion":1,"x":${deep}}`;
    const unclosed = '{"a":'.repeat(10_000);
    const started = performance.now();
    for (const text of [deep, inside, unclosed]) await expectProblem(text, 'not-a-register');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('does not count brackets inside strings as nesting', async () => {
    const file = await envelope();
    const organisation = file.register.organisation;
    if (organisation === null) throw new Error('fixture has an organisation');
    organisation.complaints.process = `[{"\\"${'['.repeat(200)}`;
    file.checksum = await registerChecksum(file.register);
    const result = await readRegisterFile(JSON.stringify(file));
    expect(result.register.organisation?.complaints.process).toBe(organisation.complaints.process);
  });

  it('does not let a __proto__ key pollute Object.prototype', async () => {
    const poison = '"__proto__":{"polluted":"yes"}';
    const text = (await validText())
      .replace('{', `{${poison},`)
      .replace('"register": {', `"register": {${poison},`)
      .replace('"organisation": {', `"organisation": {${poison},`);
    const file = JSON.parse(text) as Envelope;
    // A correct checksum, so the file gets past the checksum to the schema.
    const withChecksum = text.replace(
      file.checksum as string,
      await registerChecksum(file.register),
    );

    const result = await readRegisterFile(withChecksum);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result.register, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(result.register)).toBe(Object.prototype);
    expect(result.register).toStrictEqual(smallRegister());
  });
});
