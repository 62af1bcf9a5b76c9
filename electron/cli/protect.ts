/**
 * `protect FILE --out OUT` and `unprotect FILE --out OUT`: a register file protected with the
 * passphrase in ROPA_DESK_PASSPHRASE (AES-256-GCM, key from PBKDF2-SHA256), or made plain again.
 * The register is read and validated first, so only a whole, valid register is ever written.
 */
import { encryptRegisterBytes, passphraseWeakness } from '../../shared/register-file/encryption';
import { writeRegisterFile } from '../../shared/register-file/format';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  inputError,
  parseFileToOut,
  PASSPHRASE_VARIABLE,
  readRegisterOrReport,
  writeOrReport,
  type ExitCode,
} from './common';
import type { CliIo } from './io';

async function plainFile(args: string[], io: CliIo, command: string) {
  const request = parseFileToOut(args, io, { command, what: 'a register FILE', outName: 'OUT' });
  if (typeof request === 'number') return request;
  const result = await readRegisterOrReport(request.path, io);
  if (result === null) return EXIT_BAD_INPUT;
  const text = await writeRegisterFile(result.register, io.now(), `Ropa Desk CLI ${io.version}`);
  return { ...request, text };
}

export async function protectCommand(args: string[], io: CliIo): Promise<ExitCode> {
  if (io.passphrase === undefined && !args.some((a) => a === '--help' || a === '-h')) {
    return inputError(io, `protect needs the passphrase in ${PASSPHRASE_VARIABLE}`);
  }
  const file = await plainFile(args, io, 'protect');
  if (typeof file === 'number') return file;
  const weakness = passphraseWeakness(io.passphrase ?? '');
  if (weakness) return inputError(io, `${PASSPHRASE_VARIABLE}: ${weakness.message}`);
  const bytes = await encryptRegisterBytes(
    new TextEncoder().encode(file.text),
    io.passphrase ?? '',
  );
  if (!(await writeOrReport(io, file.out, bytes, file.force))) return EXIT_BAD_INPUT;
  io.stdout(
    `wrote ${file.out}: protected with the passphrase; without it the file cannot be opened, and it cannot be recovered\n`,
  );
  return EXIT_OK;
}

export async function unprotectCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const file = await plainFile(args, io, 'unprotect');
  if (typeof file === 'number') return file;
  if (!(await writeOrReport(io, file.out, file.text, file.force))) return EXIT_BAD_INPUT;
  io.stdout(`wrote ${file.out}: the register without passphrase protection\n`);
  return EXIT_OK;
}
