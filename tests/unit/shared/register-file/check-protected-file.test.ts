import { describe, expect, it } from 'vitest';
import {
  checkProtectedFile,
  DamagedFileError,
  encryptRegisterBytes,
  IterationsOutOfRangeError,
  NewerVersionError,
  NotProtectedError,
} from '../../../../shared/register-file/encryption';

const FAST = { iterations: 1_000 };
const OPEN = { minIterations: 1_000 };
const PASSPHRASE = 'kettle harbour violet';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function envelope(): Promise<Record<string, unknown>> {
  const bytes = await encryptRegisterBytes(
    encoder.encode('{"hello":"register"}'),
    PASSPHRASE,
    FAST,
  );
  return JSON.parse(decoder.decode(bytes)) as Record<string, unknown>;
}

const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value, null, 2));

describe('checkProtectedFile', () => {
  it('accepts a whole protected file without its passphrase', async () => {
    await expect(checkProtectedFile(bytesOf(await envelope()), OPEN)).resolves.toBeUndefined();
  });

  it('refuses a file with one character of the ciphertext changed, as damaged', async () => {
    const file = await envelope();
    const text = String(file.ciphertext);
    file.ciphertext = `${text[0] === 'A' ? 'B' : 'A'}${text.slice(1)}`;
    await expect(checkProtectedFile(bytesOf(file), OPEN)).rejects.toBeInstanceOf(DamagedFileError);
  });

  it('refuses truncated bytes as damaged', async () => {
    const bytes = bytesOf(await envelope());
    await expect(checkProtectedFile(bytes.subarray(0, 100), OPEN)).rejects.toBeInstanceOf(
      DamagedFileError,
    );
  });

  it('refuses a newer protected-file version with the version it needs', async () => {
    const file = { ...(await envelope()), version: 2 };
    await expect(checkProtectedFile(bytesOf(file), OPEN)).rejects.toBeInstanceOf(NewerVersionError);
  });

  it('refuses fewer rounds than the window accepts, as opening would', async () => {
    await expect(checkProtectedFile(bytesOf(await envelope()))).rejects.toBeInstanceOf(
      IterationsOutOfRangeError,
    );
  });

  it('says a plain register file needs no passphrase', async () => {
    const plain = bytesOf({ format: 'ropa-desk.register', schemaVersion: 5 });
    await expect(checkProtectedFile(plain, OPEN)).rejects.toBeInstanceOf(NotProtectedError);
  });
});
