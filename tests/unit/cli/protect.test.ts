import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { exampleRegisterWithNotices } from '../../../shared/example/konnect-notice';
import { isEncryptedRegister } from '../../../shared/register-file/encryption';
import { readRegisterFile, writeRegisterFile } from '../../../shared/register-file';
import { CLI_NOW, memoryIo, type MemoryIo } from './memory-io';

const PASSPHRASE = 'correct horse battery staple';

async function ioWithExample(passphrase: string | undefined): Promise<MemoryIo> {
  const text = await writeRegisterFile(await exampleRegisterWithNotices(CLI_NOW), CLI_NOW, 'test');
  return { ...memoryIo(new Map([['k.ropa.json', text]])), passphrase };
}

/** protect writes bytes; the commands that read it take text, as from a real file. */
function moveToText(io: MemoryIo, path: string): void {
  const bytes = io.binaries.get(path);
  if (bytes === undefined) throw new Error(`${path} was not written`);
  io.files.set(path, new TextDecoder().decode(bytes));
}

describe('protect and unprotect', () => {
  it('protects a register that every command then reads with the passphrase, and only with it', async () => {
    const io = await ioWithExample(PASSPHRASE);
    expect(await runCli(['protect', 'k.ropa.json', '--out', 'p.ropa.json'], io)).toBe(0);
    expect(io.out()).toContain('cannot be recovered');
    const bytes = io.binaries.get('p.ropa.json');
    expect(bytes && isEncryptedRegister(bytes)).toBe(true);
    moveToText(io, 'p.ropa.json');

    expect(await runCli(['validate', 'p.ropa.json'], io)).toBe(0);
    expect(io.out()).toContain('valid: Konnect Communities C.I.C.');

    const wrong = { ...io, passphrase: 'not the passphrase at all' };
    expect(await runCli(['validate', 'p.ropa.json'], wrong)).toBe(1);
    expect(io.err()).toContain(
      'p.ropa.json: The passphrase is not the one this file was protected with',
    );

    const none = { ...io, passphrase: undefined };
    expect(await runCli(['check', 'p.ropa.json'], none)).toBe(1);
    expect(io.err()).toContain(
      'p.ropa.json: the file is protected with a passphrase: set ROPA_DESK_PASSPHRASE to it',
    );
  });

  it('unprotects to the same register', async () => {
    const io = await ioWithExample(PASSPHRASE);
    await runCli(['protect', 'k.ropa.json', '--out', 'p.ropa.json'], io);
    moveToText(io, 'p.ropa.json');
    expect(await runCli(['unprotect', 'p.ropa.json', '--out', 'u.ropa.json'], io)).toBe(0);
    const [plain, original] = await Promise.all([
      readRegisterFile(io.files.get('u.ropa.json') ?? ''),
      readRegisterFile(io.files.get('k.ropa.json') ?? ''),
    ]);
    expect(plain.register).toEqual(original.register);
  });

  it('refuses a missing or weak passphrase, writing nothing', async () => {
    const none = await ioWithExample(undefined);
    expect(await runCli(['protect', 'k.ropa.json', '--out', 'p.ropa.json'], none)).toBe(1);
    expect(none.err()).toContain('protect needs the passphrase in ROPA_DESK_PASSPHRASE');
    const weak = await ioWithExample('short');
    expect(await runCli(['protect', 'k.ropa.json', '--out', 'p.ropa.json'], weak)).toBe(1);
    expect(weak.err()).toMatch(/ROPA_DESK_PASSPHRASE: .*12 characters/);
    expect(weak.binaries.has('p.ropa.json')).toBe(false);
  });

  it('needs --out, like every command that writes', async () => {
    const io = await ioWithExample(PASSPHRASE);
    expect(await runCli(['protect', 'k.ropa.json'], io)).toBe(2);
    expect(io.err()).toContain('protect needs --out OUT');
  });
});
