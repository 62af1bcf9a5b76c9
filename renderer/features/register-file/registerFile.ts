/** Export and import of the whole register as one *.ropa.json file, through the platform. */
import dayjs from 'dayjs';
import type { SaveFileResponse } from '../../../shared/ipc/contract';
import {
  MAX_REGISTER_FILE_BYTES,
  readRegisterFile,
  RegisterFileError,
  registerFileName,
  writeRegisterFile,
  type ReadResult,
} from '../../../shared/register-file';
import {
  checkProtectedFile,
  decryptRegisterBytes,
  encryptRegisterBytes,
  isEncryptedRegister,
} from '../../../shared/register-file/encryption';
import { isRegisterEmpty, replaceRegister, snapshot } from '../../db/repos/register';
import { errorMessage } from '../../components/notifyFailure';
import { platform } from '../../platform';
import { unlockProtectedFile } from '../passphrase/unlockProtectedFile';

export const REGISTER_FILTERS = [{ name: 'Ropa Desk register', extensions: ['json'] }];
const GENERATOR = `Ropa Desk ${import.meta.env.PACKAGE_VERSION}`;

/**
 * Writes the current register through the save dialog (or a download in a browser); with a
 * passphrase, protected, under the same kind of name so it opens the same way.
 */
export async function exportRegister(label = '', passphrase?: string): Promise<SaveFileResponse> {
  const register = await snapshot();
  const now = new Date();
  const text = await writeRegisterFile(register, now.toISOString(), GENERATOR);
  const name = registerFileName(
    [register.organisation?.name, label].filter(Boolean).join(' '),
    dayjs(now).format('YYYY-MM-DD HHmm'),
  );
  const bytes = new TextEncoder().encode(text);
  const data = passphrase === undefined ? bytes : await encryptRegisterBytes(bytes, passphrase);
  return platform.saveFile(name, REGISTER_FILTERS, data);
}

export type ChosenFile =
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  | { status: 'read'; name: string; result: ReadResult };

/**
 * Asks for a file and reads it fully, asking for the passphrase first when it is protected;
 * nothing is written to the register here.
 */
export async function chooseRegisterFile(): Promise<ChosenFile> {
  const opened = await platform.openFile(REGISTER_FILTERS, MAX_REGISTER_FILE_BYTES);
  if (opened.status !== 'opened') return opened;
  let data = opened.data;
  if (isEncryptedRegister(data)) {
    try {
      await checkProtectedFile(data);
    } catch (error) {
      return {
        status: 'failed',
        message: `“${opened.name}” was not opened. ${errorMessage(error)}`,
      };
    }
    const unlocked = await unlockProtectedFile(opened.name, (passphrase) =>
      decryptRegisterBytes(opened.data, passphrase),
    );
    if (unlocked.status === 'cancelled') return unlocked;
    if (unlocked.status === 'failed') {
      return { status: 'failed', message: `“${opened.name}” was not opened. ${unlocked.message}` };
    }
    data = unlocked.value;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return {
      status: 'failed',
      message: `“${opened.name}” is not a text file: it is not a Ropa Desk register file.`,
    };
  }
  try {
    return { status: 'read', name: opened.name, result: await readRegisterFile(text) };
  } catch (error) {
    const message =
      error instanceof RegisterFileError ? error.message : 'The file could not be read.';
    return { status: 'failed', message: `“${opened.name}” was not imported. ${message}` };
  }
}

export const registerIsEmpty = isRegisterEmpty;

/** Replaces the register with a file's content, in one transaction. */
export function applyImport(file: { name: string; result: ReadResult }): Promise<void> {
  const migrated = file.result.migratedFrom
    ? ` (migrated from schema ${file.result.migratedFrom})`
    : '';
  return replaceRegister(
    file.result.register,
    `Imported register file “${file.name}”${migrated}`,
    new Date(),
    { validated: true },
  );
}
